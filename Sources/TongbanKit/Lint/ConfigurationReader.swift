import YAMLSource

/// One thing wrong with a configuration file, at its position.
public struct ConfigurationProblem: Sendable, Hashable {
    /// The file as the user should see it.
    public var file: String
    public var range: SourceRange
    public var message: Message

    public init(file: String, range: SourceRange, message: Message) {
        self.file = file
        self.range = range
        self.message = message
    }

    /// `file:line:column: error: message`, escaped like every message.
    public func line(_ language: Language) -> String {
        let place = VisibleText.escape("\(file):\(range.start.line):\(range.start.column):")
        return "\(place) \(language == .zh ? "错误" : "error"): \(message.text(language))"
    }
}

/// A configuration that cannot be used: every problem found in it. The run stops (exit 2):
/// linting with half a configuration would report what the registry's owners turned off.
public struct ConfigurationError: Error, Sendable {
    public var problems: [ConfigurationProblem]
}

/// Reads `.tongban.yaml` through the same YAML reader as every registry file.
///
/// ```yaml
/// strict: true
/// rules:
///   unlisted-matter: off
///   non-canonical: error
/// overrides:
///   - files: ["regions/3704*/**"]
///     rules:
///       inconsistent-mode: warning
/// ```
public enum ConfigurationReader {
    static let topKeys = ["strict", "rules", "overrides"]
    static let overrideKeys = ["files", "rules"]
    /// Wildcards one glob may hold, so that matching stays fast.
    static let maxWildcards = 8

    /// Reads the configuration file at `path` (absolute), shown to the user as `display`.
    /// The file is read like a registry file: a regular file only, at most 1 MiB.
    /// - Throws: `ConfigurationError` for a file that cannot be read or used.
    public static func read(path: String, display: String) throws(ConfigurationError) -> LintConfiguration {
        let folder = DirectorySource(root: PathTools.parent(path))
        let name = String(path.split(separator: "/").last ?? "")
        let bytes: [UInt8]
        do {
            bytes = try folder.read(name, limit: YAMLReader.maxFileSize)
        } catch {
            let reason = (error as? RunFailure)?.message ?? Message(zh: "\(error)", en: "\(error)")
            throw ConfigurationError(problems: [ConfigurationProblem(file: display, range: .fileStart, message: .configUnreadable(reason))])
        }
        return try parse(bytes, file: display)
    }

    /// The configuration these bytes hold.
    /// - Throws: `ConfigurationError` with every problem, in order.
    public static func parse(_ bytes: [UInt8], file: String) throws(ConfigurationError) -> LintConfiguration {
        let document = YAMLReader.read(bytes)
        var problems = document.problems.map { problem in
            let diagnostic = YAMLProblemFindings.diagnostic(problem, file: file)
            return ConfigurationProblem(file: file, range: diagnostic.range, message: diagnostic.message)
        }
        var configuration = LintConfiguration(file: file)
        if let root = document.root, !(root.scalar?.isNull ?? false) {
            read(root, into: &configuration, file: file, &problems)
        }
        guard problems.isEmpty else { throw ConfigurationError(problems: problems) }
        return configuration
    }

    private static func read(_ root: Node, into configuration: inout LintConfiguration, file: String, _ problems: inout [ConfigurationProblem]) {
        func problem(_ node: Node, _ message: Message) {
            problems.append(ConfigurationProblem(file: file, range: node.range, message: message))
        }
        guard let pairs = root.mapping else { return problem(root, .configNotAMapping("")) }
        for pair in pairs {
            let key = pair.key.text ?? ""
            switch key {
            case "strict":
                switch pair.value.scalar.map({ ($0.value, $0.style) }) {
                case ("true", .plain)?: configuration.strict = true
                case ("false", .plain)?: configuration.strict = false
                default: problem(pair.value, .configNotABoolean(key))
                }
            case "rules":
                configuration.rules = rules(pair.value, key: key, problem)
            case "overrides":
                guard let items = pair.value.sequence else { problem(pair.value, .configNotAList(key)); continue }
                configuration.overrides = items.compactMap { override($0, problem) }
            default:
                problem(pair.key, .configUnknownKey(key, suggestion: Suggestion.nearest(to: key, in: topKeys)))
            }
        }
    }

    private static func override(_ node: Node, _ problem: (Node, Message) -> Void) -> LintConfiguration.Override? {
        guard let pairs = node.mapping else { problem(node, .configNotAMapping("overrides")); return nil }
        var globs: [Glob] = []
        var settings: [RuleID: LintConfiguration.Setting] = [:]
        var sawFiles = false, sawRules = false
        for pair in pairs {
            let key = pair.key.text ?? ""
            switch key {
            case "files":
                sawFiles = true
                let items = pair.value.sequence ?? [pair.value]
                for item in items {
                    guard let text = item.scalar?.value, !text.isEmpty else { problem(item, .configNotAPattern); continue }
                    guard !text.hasPrefix("/"), !text.split(separator: "/").contains(".."),
                          text.count(where: { $0 == "*" || $0 == "?" }) <= maxWildcards else {
                        problem(item, .configBadPattern(text, maxWildcards: maxWildcards)); continue
                    }
                    globs.append(Glob(text))
                }
            case "rules":
                sawRules = true
                settings = rules(pair.value, key: "overrides.rules", problem)
            default:
                problem(pair.key, .configUnknownKey(key, suggestion: Suggestion.nearest(to: key, in: overrideKeys)))
            }
        }
        if !sawFiles { problem(node, .configMissingKey("files")) }
        if !sawRules { problem(node, .configMissingKey("rules")) }
        return LintConfiguration.Override(files: globs, rules: settings)
    }

    private static func rules(_ node: Node, key: String, _ problem: (Node, Message) -> Void) -> [RuleID: LintConfiguration.Setting] {
        guard let pairs = node.mapping else { problem(node, .configNotAMapping(key)); return [:] }
        var result: [RuleID: LintConfiguration.Setting] = [:]
        for pair in pairs {
            let name = pair.key.text ?? ""
            guard let rule = RuleID(rawValue: name) else {
                problem(pair.key, .configUnknownRule(name, suggestion: Suggestion.nearest(to: name, in: RuleID.allCases.map(\.rawValue))))
                continue
            }
            guard let text = pair.value.scalar?.value, let setting = LintConfiguration.Setting(rawValue: text) else {
                problem(pair.value, .configBadSetting(pair.value.scalar?.value ?? ""))
                continue
            }
            guard rule.canBeTurnedOff || setting == .error else {
                problem(pair.value, .configFixedRule(rule))
                continue
            }
            result[rule] = setting
        }
        return result
    }
}

// MARK: - Messages

extension Message {
    static func configUnreadable(_ reason: Message) -> Message {
        Message(zh: "无法读取配置文件：\(reason.zh)", en: "cannot read the configuration: \(reason.en)")
    }

    static func configNotAMapping(_ key: String) -> Message {
        key.isEmpty
            ? Message(zh: "配置文件应为映射（strict、rules、overrides）", en: "the configuration must be a mapping (strict, rules, overrides)")
            : Message(zh: "“\(key)”应为映射", en: "“\(key)” must be a mapping")
    }

    static func configNotAList(_ key: String) -> Message {
        Message(zh: "“\(key)”应为列表", en: "“\(key)” must be a list")
    }

    static func configNotABoolean(_ key: String) -> Message {
        Message(zh: "“\(key)”应为 true 或 false", en: "“\(key)” must be true or false")
    }

    static func configUnknownKey(_ key: String, suggestion: String?) -> Message {
        let zh = suggestion.map { "，是否应为“\($0)”？" } ?? ""
        let en = suggestion.map { "; did you mean “\($0)”?" } ?? ""
        return Message(zh: "配置中未知的键“\(key)”\(zh)", en: "unknown configuration key “\(key)”\(en)")
    }

    static func configMissingKey(_ key: String) -> Message {
        Message(zh: "overrides 的每一项都要有“\(key)”", en: "every entry of overrides needs “\(key)”")
    }

    static func configUnknownRule(_ rule: String, suggestion: String?) -> Message {
        let zh = suggestion.map { "，是否应为“\($0)”？" } ?? ""
        let en = suggestion.map { "; did you mean “\($0)”?" } ?? ""
        return Message(zh: "没有规则“\(rule)”\(zh)", en: "there is no rule “\(rule)”\(en)")
    }

    static func configBadSetting(_ value: String) -> Message {
        Message(zh: "规则的设置“\(value)”应为 error、warning 或 off", en: "a rule's setting “\(value)” must be error, warning or off")
    }

    static func configFixedRule(_ rule: RuleID) -> Message {
        Message(
            zh: "规则“\(rule.rawValue)”不能关闭或降级（只能是 error）",
            en: "rule “\(rule.rawValue)” cannot be turned off or lowered (only error)")
    }

    static let configNotAPattern = Message(zh: "files 的每一项应为路径模式文本，如 regions/3704*/**", en: "each entry of files must be a path pattern such as regions/3704*/**")

    static func configBadPattern(_ pattern: String, maxWildcards: Int) -> Message {
        Message(
            zh: "路径模式“\(pattern)”应为标准库内的相对路径（不以 / 开头、不含 ..），通配符不超过 \(maxWildcards) 个",
            en: "path pattern “\(pattern)” must be relative to the registry (no leading /, no ..) with at most \(maxWildcards) wildcards")
    }
}
