/// What the two region rules share: which divisions they look at, and how a division is named.
enum RegionRules {
    /// `divisions` that are codes listed in the catalog (when it lists any), sorted: a folder
    /// that is not a division is `file-name`'s finding, not theirs.
    static func checked(_ divisions: Set<String>, _ registry: Registry) -> [String] {
        let listed = Set(registry.catalog.divisions.map(\.code.value))
        return divisions.filter { $0.utf8.count == 6 && $0.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } && (listed.isEmpty || listed.contains($0)) }.sorted()
    }

    /// `台儿庄区（370405）`, or the code.
    static func label(_ division: String, _ registry: Registry) -> String {
        registry.catalog.division(division)?.name.map { "\($0.value)（\(division)）" } ?? division
    }
}
