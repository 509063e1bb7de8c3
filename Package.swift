// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "tongban",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "tongban", targets: ["tongban"]),
        .library(name: "TongbanKit", targets: ["TongbanKit"]),
    ],
    dependencies: [
        // The CLI's subcommands, flags and help text.
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.6.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"]), .brew(["libyaml"])]
        ),
        .target(name: "YAMLSource", dependencies: ["CYAML"]),
        .target(name: "TongbanKit", dependencies: ["YAMLSource"]),
        // The language server (`tongban lsp`): JSON-RPC over stdio, on top of TongbanKit.
        .target(name: "TongbanLSP", dependencies: ["TongbanKit", "YAMLSource"]),
        .executableTarget(
            name: "tongban",
            dependencies: [
                "TongbanKit",
                "TongbanLSP",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Benchmark-only: the bare libyaml pass and the decoder timings (Benchmarks/run.sh).
        .executableTarget(
            name: "tongban-bench",
            dependencies: [
                "TongbanKit",
                "YAMLSource",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Benchmarks/Bench"
        ),
        .testTarget(name: "YAMLSourceTests", dependencies: ["YAMLSource"]),
        .testTarget(name: "TongbanKitTests", dependencies: ["TongbanKit", "YAMLSource"], resources: [.copy("Fixtures"), .copy("Golden")]),
        .testTarget(name: "tongbanTests", dependencies: ["TongbanKit", "tongban", "tongban-bench"], exclude: ["Golden"]),
        .testTarget(name: "TongbanLSPTests", dependencies: ["TongbanLSP", "TongbanKit", "YAMLSource"]),
    ]
)
