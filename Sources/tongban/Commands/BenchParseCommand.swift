import ArgumentParser
import TongbanKit

/// `tongban bench-parse DIR`: the bare libyaml pass the lint benchmark compares with (hidden).
struct BenchParseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-parse",
        abstract: "Benchmark baseline: read every YAML file under DIR in parallel and run only libyaml's event loop.",
        shouldDisplay: false
    )

    @Argument(help: "The folder to read.")
    var directory: String?

    @Option(parsing: .upToNextOption, help: ArgumentHelp("Time FileDecoder on these files instead (registry-relative paths such as lists/x.yaml).", visibility: .hidden))
    var decode: [String] = []

    @Option(name: .customLong("repeat"), help: ArgumentHelp("How many times to decode each file.", visibility: .hidden))
    var repeats = 1000

    @Option(help: ArgumentHelp("With --decode: events, read or decode.", visibility: .hidden))
    var stage: DecodeBench.Stage = .decode

    func run() throws {
        if !decode.isEmpty { return try runDecode() }
        guard let directory else { throw CommandFailure("missing folder") }
        let root = PathTools.absolute(directory, cwd: PathTools.currentDirectory())
        guard PathTools.kind(root) == .directory else { throw CommandFailure("not a folder: \(directory)") }
        do {
            let summary = try BareParse.run(DirectorySource(root: root))
            Output.write("files \(summary.files), bytes \(summary.bytes), events \(summary.events), failures \(summary.failures)\n")
        } catch let error as SourceError {
            throw CommandFailure(error.message.en)
        }
    }

    /// `--decode`: microseconds per decode of each file, read from the current folder.
    private func runDecode() throws {
        let cwd = PathTools.currentDirectory()
        var files: [(path: String, bytes: [UInt8])] = []
        for path in decode {
            guard let bytes = try? DirectorySource(root: cwd).read(path, limit: 1 << 20) else {
                throw CommandFailure("cannot read \(path)")
            }
            files.append((path, bytes))
        }
        guard let timings = DecodeBench.run(files, repeats: repeats, stage: stage) else { throw CommandFailure("not a registry file path") }
        for t in timings {
            let micros = (t.microseconds * 100).rounded() / 100
            Output.write("\(t.path): \(t.bytes) bytes, \(micros) us per decode\n")
        }
    }
}

extension DecodeBench.Stage: ExpressibleByArgument {}
