/// A kind of scalar value: how it is described, validated and brought into canonical form.
///
/// A class (its properties never change, so it behaves as a value): schemas hold formats inside
/// their value types, and validating a scalar then retains one reference rather than every
/// string and closure of the format.
public final class ScalarFormat: Sendable {
    /// A short name used in `tongban schema` and in messages (`duration`, `phone`).
    public let name: String
    public let summary: Message
    /// The terms of an enumeration, for docs and JSON Schema; empty for free formats.
    public let terms: [String]
    /// The documented aliases of an enumeration's terms (accepted, rewritten by `fmt`).
    public let aliases: [String]
    /// The pattern of the canonical form, where one describes it (shown in the JSON Schema's
    /// description: lint also accepts spellings that normalize to it).
    public let pattern: String?
    /// Plain scalars YAML 1.1 would read as something else but that this format accepts
    /// as written (`fee: 0` is an alias of 不收费; `due: 2020-12-31` is meant as a date).
    let acceptsNonString: @Sendable (String) -> Bool
    let check: @Sendable (String) -> FormatResult
    /// Whether a valid value is then looked up in `catalog/materials.yaml`, so that a synonym
    /// becomes its canonical material name (see `DecodingContext`).
    let usesMaterialCatalog: Bool

    init(
        name: String, summary: Message, terms: [String] = [], aliases: [String] = [], pattern: String? = nil,
        acceptsNonString: @escaping @Sendable (String) -> Bool = { _ in false },
        usesMaterialCatalog: Bool = false,
        check: @escaping @Sendable (String) -> FormatResult
    ) {
        self.name = name
        self.summary = summary
        self.terms = terms
        self.aliases = aliases
        self.pattern = pattern
        self.acceptsNonString = acceptsNonString
        self.check = check
        self.usesMaterialCatalog = usesMaterialCatalog
    }

    /// Validates `raw` and returns its canonical text.
    public func validate(_ raw: String) -> FormatResult {
        check(raw)
    }

    /// Whether a plain scalar `text` that YAML 1.1 reads as a bool, number, null or date is
    /// still meant as written here (`fee: 0`, `due: 2020-12-31`).
    public func acceptsPlainReading(of text: String) -> Bool {
        acceptsNonString(text)
    }
}
