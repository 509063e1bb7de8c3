/// Every rule, sorted by id. A test checks ids are unique and every rule is here.
public enum Rules {
    public static let all: [any Rule.Type] = [
        AmbiguousScalarRule.self,
        ConfusableTextRule.self,
        DuplicateEntryRule.self,
        DuplicateKeyRule.self,
        EncodingRule.self,
        FileAccessRule.self,
        FileNameRule.self,
        IncompleteForwardingRule.self,
        InconsistentModeRule.self,
        InconsistentStepTimeRule.self,
        InconsistentTimeLimitRule.self,
        InvalidCheckDigitRule.self,
        InvalidTypeRule.self,
        InvalidValueRule.self,
        JointHandlingRule.self,
        LimitsRule.self,
        MissingAssistanceRule.self,
        MissingFieldRule.self,
        MissingTongbanWindowRule.self,
        MixedTimeUnitsRule.self,
        NonCanonicalRule.self,
        RegionalDifferenceRule.self,
        SchemaVersionRule.self,
        StrayFileRule.self,
        SuppressionRule.self,
        UnknownKeyRule.self,
        UnknownReferenceRule.self,
        UnlistedMatterRule.self,
        UnusedSuppressionRule.self,
        YAMLAliasRule.self,
        YAMLSyntaxRule.self,
    ]

    /// The rules that look across the decoded registry, run after every file is decoded.
    static let registryRules: [any RegistryRule.Type] = all.compactMap { $0 as? any RegistryRule.Type }

    public static var descriptions: [RuleDescription] { all.map { $0.description } }

    public static func description(of id: RuleID) -> RuleDescription? {
        descriptions.first { $0.id == id }
    }
}
