import ArgumentParser
import TongbanKit

/// Shell completion of the registry's own names: matter ids, list ids and region codes, read
/// from the registry's folders (found from `--registry` on the line being completed, else from
/// the current folder upward) when the shell asks. Only valid ids are offered.
enum Completions {
    static let matters = CompletionKind.custom { arguments, _, prefix in names(in: "matters", arguments, prefix, files: true) }
    static let lists = CompletionKind.custom { arguments, _, prefix in names(in: "lists", arguments, prefix, files: true) }
    static let regions = CompletionKind.custom { arguments, _, prefix in names(in: "regions", arguments, prefix, files: false) }

    /// The ids in `folder` of the registry (file names without `.yaml`, or folder names) that
    /// start with `prefix`, sorted.
    static func names(in folder: String, _ arguments: [String], _ prefix: String, files: Bool) -> [String] {
        let given = arguments.firstIndex(of: "--registry").flatMap { arguments.indices.contains($0 + 1) ? [arguments[$0 + 1]] : nil } ?? []
        guard let location = try? RegistryLocation.locate(paths: given, cwd: PathTools.currentDirectory()) else { return [] }
        let names = (try? SafeFolder(opening: location.root + "/" + folder).names()) ?? []
        return names.compactMap { name -> String? in
            let id = files ? (name.hasSuffix(".yaml") ? String(name.dropLast(5)) : nil) : name
            guard let id, Identifier.isValid(id), id.hasPrefix(prefix) else { return nil }
            return id
        }.sorted()
    }
}
