import ArgumentParser
import TongbanKit

/// `tongban-bench DIR`: the bare libyaml pass the lint benchmark compares with; with `--decode`,
/// the decoder's time on single files. Benchmark-only: not part of the `tongban` product.
@main
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tongban-bench",
        abstract: "Benchmark baseline: read every YAML file under DIR in parallel and run only libyaml's event loop."
    )

    @Argument(help: "The folder to read.")
    var directory: String?

    @Option(parsing: .upToNextOption, help: "Time FileDecoder on these files instead (registry-relative paths such as lists/x.yaml).")
    var decode: [String] = []

    @Option(name: .customLong("repeat"), help: "How many times to decode each file.")
    var repeats = 1000

    @Option(help: "With --decode: events, read or decode.")
    var stage: DecodeBench.Stage = .decode

    func run() throws {
        if !decode.isEmpty { return try runDecode() }
        guard let directory else { throw ValidationError("missing folder") }
        let root = PathTools.absolute(directory, cwd: PathTools.currentDirectory())
        guard PathTools.kind(root) == .directory else { throw ValidationError("not a folder: \(directory)") }
        do {
            let summary = try BareParse.run(DirectorySource(root: root))
            print("files \(summary.files), bytes \(summary.bytes), events \(summary.events), failures \(summary.failures)")
        } catch let error as RunFailure {
            throw ValidationError(error.message.en)
        }
    }

    /// `--decode`: microseconds per decode of each file, read from the current folder.
    private func runDecode() throws {
        let cwd = PathTools.currentDirectory()
        var files: [(path: String, bytes: [UInt8])] = []
        for path in decode {
            guard let bytes = try? DirectorySource(root: cwd).read(path, limit: 1 << 20) else {
                throw ValidationError("cannot read \(path)")
            }
            files.append((path, bytes))
        }
        guard let timings = DecodeBench.run(files, repeats: repeats, stage: stage) else { throw ValidationError("not a registry file path") }
        for t in timings {
            let micros = (t.microseconds * 100).rounded() / 100
            print("\(t.path): \(t.bytes) bytes, \(micros) us per decode")
        }
    }
}

extension DecodeBench.Stage: ExpressibleByArgument {}
