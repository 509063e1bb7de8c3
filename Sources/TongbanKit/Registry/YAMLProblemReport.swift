import YAMLSource

/// Turns the reader's problems into diagnostics under their rules.
enum YAMLProblemReport {
    static func diagnostic(_ problem: YAMLProblem, file: String) -> Diagnostic {
        let (rule, message) = ruleAndMessage(problem.kind)
        return Diagnostic(file: file, range: problem.range, severity: rule.severity, rule: rule, message: message)
    }

    /// Whether the problem stops the reader before a tree is built.
    static func endsParsing(_ kind: YAMLProblem.Kind) -> Bool {
        switch kind {
        case .syntax, .invalidUTF8, .nulByte, .tooLarge, .tooDeep: true
        default: false
        }
    }

    private static func ruleAndMessage(_ kind: YAMLProblem.Kind) -> (RuleID, Message) {
        switch kind {
        case .syntax(let problem, let context): (.yamlSyntax, YAMLSyntaxRule.message(problem: problem, context: context))
        case .multipleDocuments: (.yamlSyntax, YAMLSyntaxRule.multipleDocuments)
        case .invalidUTF8: (.encoding, EncodingRule.invalidUTF8)
        case .byteOrderMark: (.encoding, EncodingRule.byteOrderMark)
        case .nulByte: (.encoding, EncodingRule.nulByte)
        case .carriageReturn: (.encoding, EncodingRule.carriageReturn)
        case .tooLarge(let bytes, let limit): (.limits, LimitsRule.tooLarge(bytes: bytes, limit: limit))
        case .tooDeep(let limit): (.limits, LimitsRule.tooDeep(limit: limit))
        case .anchor(let name): (.yamlAlias, YAMLAliasRule.anchor(name))
        case .alias(let name): (.yamlAlias, YAMLAliasRule.alias(name))
        case .duplicateKey(let key, let firstLine): (.duplicateKey, DuplicateKeyRule.message(key, firstLine: firstLine))
        case .complexKey: (.invalidType, InvalidTypeRule.complexKey)
        }
    }
}
