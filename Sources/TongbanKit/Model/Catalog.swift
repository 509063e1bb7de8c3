/// The registry's catalogs: divisions, electronic licences and canonical material names.
public struct Catalog: Sendable, Hashable {
    public var divisions: [Division] = []
    public var licenses: [License] = []
    public var materials: [MaterialName] = []

    public init() {}

    public struct Division: Sendable, Hashable {
        public var code: Located<String>
        public var name: Located<String>?
        public var parent: Located<String>?
    }

    public struct License: Sendable, Hashable {
        public var id: Located<String>
        public var name: Located<String>?
        public var issuer: Located<String>?
    }

    public struct MaterialName: Sendable, Hashable {
        public var name: Located<String>
        public var synonyms: [Located<String>]
    }

    static func divisions(_ value: Value) -> [Division] {
        (value.list ?? []).compactMap(\.object).compactMap { o in
            o.text("code").map { Division(code: $0, name: o.text("name"), parent: o.text("parent")) }
        }
    }

    static func licenses(_ value: Value) -> [License] {
        (value.list ?? []).compactMap(\.object).compactMap { o in
            o.text("id").map { License(id: $0, name: o.text("name"), issuer: o.text("issuer")) }
        }
    }

    static func materials(_ value: Value) -> [MaterialName] {
        (value.list ?? []).compactMap(\.object).compactMap { o in
            o.text("name").map { MaterialName(name: $0, synonyms: o.texts("synonyms")) }
        }
    }

    public func division(_ code: String) -> Division? { divisions.first { $0.code.value == code } }
}
