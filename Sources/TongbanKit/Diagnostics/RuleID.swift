/// The stable id of every rule. Ids are part of the contract: add freely, never rename.
public enum RuleID: String, Sendable, Hashable, CaseIterable, Comparable {
    case ambiguousScalar = "ambiguous-scalar"
    case confusableText = "confusable-text"
    case duplicateEntry = "duplicate-entry"
    case duplicateKey = "duplicate-key"
    case encoding = "encoding"
    case fileAccess = "file-access"
    case fileName = "file-name"
    case inconsistentMode = "inconsistent-mode"
    case inconsistentTimeLimit = "inconsistent-time-limit"
    case invalidCheckDigit = "invalid-check-digit"
    case invalidType = "invalid-type"
    case invalidValue = "invalid-value"
    case limits = "limits"
    case missingField = "missing-field"
    case nonCanonical = "non-canonical"
    case regionalDifference = "regional-difference"
    case schemaVersion = "schema-version"
    case strayFile = "stray-file"
    case unknownKey = "unknown-key"
    case unknownReference = "unknown-reference"
    case unlistedMatter = "unlisted-matter"
    case yamlAlias = "yaml-alias"
    case yamlSyntax = "yaml-syntax"

    /// The severity every finding of this rule has.
    public var severity: Severity {
        switch self {
        case .inconsistentMode, .unlistedMatter, .nonCanonical, .strayFile: .warning
        default: .error
        }
    }

    public static func < (lhs: RuleID, rhs: RuleID) -> Bool {
        lhs.rawValue < rhs.rawValue
    }
}
