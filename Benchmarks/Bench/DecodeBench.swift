import TongbanKit
import YAMLSource

/// Times `FileDecoder` on single files, for `tongban-bench --decode`: how long
/// one file takes to decode once read, without the loader's walk, reads or threads.
enum DecodeBench {
    /// One file's figure.
    struct Timing: Sendable, Hashable {
        var path: String
        var bytes: Int
        var microseconds: Double
    }

    /// How far each file is taken.
    enum Stage: String, Sendable, CaseIterable {
        /// libyaml's event loop only (`YAMLReader.countEvents`).
        case events
        /// The positioned node tree (`YAMLReader.read`).
        case read
        /// The whole decode (`FileDecoder.decode`).
        case decode
    }

    /// Takes each file `repeats` times through `stage`. `files` pairs a registry-relative path (which gives the
    /// file's kind, as in `lists/<id>.yaml`) with its bytes; nil when a path is of no known kind.
    static func run(_ files: [(path: String, bytes: [UInt8])], repeats: Int, stage: Stage = .decode) -> [Timing]? {
        var timings: [Timing] = []
        for (path, bytes) in files {
            guard let file = RegistryFile(at: path) else { return nil }
            let clock = ContinuousClock()
            var sink = 0
            let elapsed = clock.measure {
                for _ in 0..<max(repeats, 1) {
                    sink &+= once(bytes, file, stage)
                }
            }
            blackHole(sink)
            let (seconds, attoseconds) = elapsed.components
            let total = Double(seconds) * 1e6 + Double(attoseconds) / 1e12
            timings.append(Timing(path: path, bytes: bytes.count, microseconds: total / Double(max(repeats, 1))))
        }
        return timings
    }

    private static func once(_ bytes: [UInt8], _ file: RegistryFile, _ stage: Stage) -> Int {
        switch stage {
        case .events: YAMLReader.countEvents(bytes) ?? 0
        case .read: YAMLReader.read(bytes).problems.count
        case .decode: FileDecoder.decode(bytes, as: file).diagnostics.count
        }
    }

    @inline(never)
    private static func blackHole(_ value: Int) {
        if value == Int.min { print(value) }
    }
}
