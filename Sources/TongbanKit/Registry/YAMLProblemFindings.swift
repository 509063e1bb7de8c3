import YAMLSource

/// Turns the reader's problems into diagnostics under their rules.
enum YAMLProblemFindings {
    static func diagnostic(_ problem: YAMLProblem, file: String) -> Diagnostic {
        let (rule, message) = ruleAndMessage(problem.kind)
        return Diagnostic(file: file, range: problem.range, rule: rule, message: message)
    }

    /// Whether the problem stops the reader before a tree is built.
    static func endsParsing(_ kind: YAMLProblem.Kind) -> Bool {
        switch kind {
        case .syntax, .slip, .invalidUTF8, .nulByte, .tooLarge, .tooDeep: true
        default: false
        }
    }

    private static func ruleAndMessage(_ kind: YAMLProblem.Kind) -> (RuleID, Message) {
        switch kind {
        case .syntax(let problem, let context): (.yamlSyntax, Message.yamlSyntax(problem: problem, context: context))
        case .slip(let slip, let detail): (.yamlSyntax, Message.syntaxSlip(slip, detail: detail))
        case .multipleDocuments: (.yamlSyntax, Message.multipleDocuments)
        case .invalidUTF8: (.encoding, Message.invalidUTF8)
        case .byteOrderMark: (.encoding, Message.byteOrderMark)
        case .nulByte: (.encoding, Message.nulByte)
        case .carriageReturn: (.encoding, Message.carriageReturn)
        case .tooLarge(let bytes, let limit): (.limits, Message.tooLarge(bytes: bytes, limit: limit))
        case .tooDeep(let limit): (.limits, Message.tooDeep(limit: limit))
        case .anchor(let name): (.yamlAlias, Message.anchor(name))
        case .alias(let name): (.yamlAlias, Message.alias(name))
        case .duplicateKey(let key, let firstLine): (.duplicateKey, Message.duplicateKey(key, firstLine: firstLine))
        case .complexKey: (.invalidType, Message.complexKey)
        }
    }
}
