/// `registry.yaml`: the schema version, name and jurisdiction of the whole registry.
public struct Manifest: Sendable, Hashable {
    public var schema: Located<Int>?
    public var name: Located<String>?
    public var jurisdiction: Located<String>?
    public var sources: [Located<String>]

    init(_ o: ObjectValue) {
        schema = o.integer("schema")
        name = o.text("name")
        jurisdiction = o.text("jurisdiction")
        sources = o.texts("sources")
    }
}
