/// The stable id of every rule. Ids are part of the contract: add freely, never rename.
public enum RuleID: String, Sendable, Hashable, CaseIterable, Comparable {
    case ambiguousScalar = "ambiguous-scalar"
    case confusableText = "confusable-text"
    case duplicateEntry = "duplicate-entry"
    case duplicateKey = "duplicate-key"
    case encoding = "encoding"
    case fileAccess = "file-access"
    case fileName = "file-name"
    case incompleteForwarding = "incomplete-forwarding"
    case inconsistentMode = "inconsistent-mode"
    case inconsistentStepTime = "inconsistent-step-time"
    case inconsistentTimeLimit = "inconsistent-time-limit"
    case invalidCheckDigit = "invalid-check-digit"
    case invalidType = "invalid-type"
    case invalidValue = "invalid-value"
    case jointHandling = "joint-handling"
    case limits = "limits"
    case missingAssistance = "missing-assistance"
    case missingField = "missing-field"
    case missingTongbanWindow = "missing-tongban-window"
    case mixedTimeUnits = "mixed-time-units"
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
        case .inconsistentMode, .unlistedMatter, .nonCanonical, .strayFile,
             .jointHandling, .incompleteForwarding, .missingTongbanWindow, .missingAssistance, .mixedTimeUnits: .warning
        default: .error
        }
    }

    public static func < (lhs: RuleID, rhs: RuleID) -> Bool {
        lhs.rawValue < rhs.rawValue
    }
}
