/// Which files of a registry refer to which: a list to the matters of its entries, an
/// implementation to its matter, a matter with a licence to the licence catalogue, a region's
/// files to the division catalogue.
struct ReferenceGraph {
    /// Each file's path and the paths it refers to.
    private var references: [(file: String, targets: [String])] = []

    init(_ registry: Registry) {
        for list in registry.lists {
            references.append(("lists/\(list.id).yaml", list.entries.map { "matters/\($0.matter.value).yaml" }))
        }
        for matter in registry.matters where matter.materials.contains(where: { $0.license != nil }) {
            references.append(("matters/\(matter.id).yaml", ["catalog/licenses.yaml"]))
        }
        for file in registry.files {
            guard file.division != nil else { continue }
            var targets = ["catalog/divisions.yaml"]
            if file.kind == .implementation { targets.append("matters/\(file.id).yaml") }
            references.append((file.path, targets))
        }
    }

    /// The files, in path order, that refer to a path `target` accepts, leaving out those
    /// `excluded` accepts.
    func files(referringTo target: (String) -> Bool, excluding excluded: (String) -> Bool) -> [String] {
        var found: Set<String> = []
        for (file, targets) in references where !excluded(file) && targets.contains(where: target) {
            found.insert(file)
        }
        return found.sorted()
    }
}
