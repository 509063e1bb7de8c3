import ArgumentParser
import TongbanKit

/// `--config FILE`: the registry's `.tongban.yaml`, by default found in the registry root or
/// next to the registry folder.
struct ConfigOption: ParsableArguments {
    @Option(name: .long, help: "Configuration file (default: .tongban.yaml in the registry root, else next to the registry folder).")
    var config: String?

    /// The configuration for the registry at `location`; the defaults when there is no file.
    /// - Throws: `ExitCode(2)` after printing every problem of a configuration that cannot be
    ///   used, one `file:line:column:` line each, on standard error.
    func load(for location: RegistryLocation?, _ language: Language) throws -> LintConfiguration {
        let cwd = PathTools.currentDirectory()
        let path: String
        if let config {
            path = PathTools.absolute(config, cwd: cwd)
            guard PathTools.kind(path) != .missing else { throw CommandFailure(Message.noConfiguration(config).text(language)) }
        } else if let location, let found = LintConfiguration.locate(registryRoot: location.root) {
            path = found
        } else {
            return .default
        }
        do {
            return try ConfigurationReader.read(path: path, display: config ?? PathTools.relative(path, from: cwd))
        } catch {
            for problem in error.problems { Output.error(problem.line(language)) }
            throw ExitCode(2)
        }
    }
}

private extension Message {
    static func noConfiguration(_ path: String) -> Message {
        Message(zh: "配置文件不存在：\(path)", en: "no such configuration file: \(path)")
    }
}
