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
    var directory: String

    func run() throws {
        let root = PathTools.absolute(directory, cwd: PathTools.currentDirectory())
        guard PathTools.kind(root) == .directory else { throw CommandFailure("not a folder: \(directory)") }
        do {
            let summary = try BareParse.run(DirectorySource(root: root))
            Output.write("files \(summary.files), bytes \(summary.bytes), events \(summary.events), failures \(summary.failures)\n")
        } catch let error as SourceError {
            throw CommandFailure(error.message.en)
        }
    }
}
