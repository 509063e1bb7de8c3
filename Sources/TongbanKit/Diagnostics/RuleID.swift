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
    case suppression = "suppression"
    case unknownKey = "unknown-key"
    case unknownReference = "unknown-reference"
    case unlistedMatter = "unlisted-matter"
    case unusedSuppression = "unused-suppression"
    case yamlAlias = "yaml-alias"
    case yamlSyntax = "yaml-syntax"

    /// The severity every finding of this rule has.
    public var severity: Severity {
        switch self {
        case .inconsistentMode, .unlistedMatter, .nonCanonical, .strayFile, .unusedSuppression,
             .jointHandling, .incompleteForwarding, .missingTongbanWindow, .missingAssistance, .mixedTimeUnits: .warning
        default: .error
        }
    }

    /// Whether a configuration, a suppression comment or a baseline may turn this rule's
    /// findings off or down. Not for a file that cannot be read as it is (syntax, encoding,
    /// limits, access, schema), for the contract that a matter is accepted the same way
    /// everywhere (`regional-difference`), for the security rule `confusable-text`, nor for
    /// `suppression`, which keeps every suppression honest.
    public var canBeTurnedOff: Bool {
        switch self {
        case .yamlSyntax, .encoding, .limits, .fileAccess, .schemaVersion, .regionalDifference, .confusableText, .suppression: false
        default: true
        }
    }

    public static func < (lhs: RuleID, rhs: RuleID) -> Bool {
        lhs.rawValue < rhs.rawValue
    }
}
