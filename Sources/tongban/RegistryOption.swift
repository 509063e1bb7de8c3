import ArgumentParser
import TongbanKit

/// `--registry DIR` for commands that read a whole registry: by default the registry found
/// from the current folder upward, else ./standards.
struct RegistryOption: ParsableArguments {
    @Option(name: .long, help: "The registry (default: found from the current folder upward, else ./standards).", completion: .directory)
    var registry: String?

    /// Finds and loads the registry, keeping `detail` of it.
    /// - Throws: `CommandFailure` when there is no registry to read.
    func load(_ language: Language, keeping detail: RegistryLoader.Detail = .models) throws -> (location: RegistryLocation, registry: Registry) {
        do {
            let location = try RegistryLocation.locate(paths: registry.map { [$0] } ?? [], cwd: PathTools.currentDirectory())
            return (location, try RegistryLoader.load(from: DirectorySource(root: location.root), keeping: detail))
        } catch let error as RunFailure {
            throw CommandFailure(error, language)
        }
    }
}
