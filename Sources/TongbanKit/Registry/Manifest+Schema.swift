extension Manifest {
    /// The `schema-version` finding when this manifest, at `path`, asks for a newer schema than
    /// this tongban reads; nil when it can be read. Where there is one, nothing else is read:
    /// the loader stops there, and so do `fmt` and `diff`.
    public func newerSchemaFinding(in path: String) -> Diagnostic? {
        guard let schema, schema.value > Schemas.version else { return nil }
        return Diagnostic(file: path, range: schema.range, rule: .schemaVersion, message: Message.newerSchema(schema.value, supported: Schemas.version))
    }
}
