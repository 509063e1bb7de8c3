extension DecodingContext {
    /// The synonyms of `materials`. A synonym listed twice keeps its first canonical name
    /// (`duplicate-entry` reports the second); a canonical name is never itself a synonym.
    public init(materials: [Catalog.MaterialName]) {
        let names = Set(materials.map(\.name.value))
        var map: [String: String] = [:]
        for entry in materials {
            for synonym in entry.synonyms where synonym.value != entry.name.value && !names.contains(synonym.value) {
                if map[synonym.value] == nil { map[synonym.value] = entry.name.value }
            }
        }
        self.materialNames = map
    }
}
