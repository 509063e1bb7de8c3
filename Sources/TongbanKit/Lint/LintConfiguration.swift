/// What a registry's `.tongban.yaml` says: each rule's severity (or off), overrides for paths
/// that match a glob, and whether `--strict` is the default.
public struct LintConfiguration: Sendable, Hashable {
    /// A rule's setting in the configuration.
    public enum Setting: String, Sendable, Hashable, CaseIterable {
        case error
        case warning
        case off

        var severity: Severity? {
            switch self {
            case .error: .error
            case .warning: .warning
            case .off: nil
            }
        }
    }

    /// Settings for the files that match any of `files`; later overrides win.
    public struct Override: Sendable, Hashable {
        public var files: [Glob]
        public var rules: [RuleID: Setting]

        public init(files: [Glob], rules: [RuleID: Setting]) {
            self.files = files
            self.rules = rules
        }
    }

    /// `strict: true` makes warnings fail the run unless `--no-strict` is given; nil when unset.
    public var strict: Bool?
    public var rules: [RuleID: Setting]
    public var overrides: [Override]
    /// Where it was read from, as the user should see it; nil for the built-in defaults.
    public var file: String?

    public init(strict: Bool? = nil, rules: [RuleID: Setting] = [:], overrides: [Override] = [], file: String? = nil) {
        self.strict = strict
        self.rules = rules
        self.overrides = overrides
        self.file = file
    }

    /// Every rule at its own severity.
    public static let `default` = LintConfiguration()

    /// Whether it changes no rule's severity anywhere.
    public var changesNoRule: Bool { rules.isEmpty && overrides.isEmpty }

    /// The severity a finding of `rule` in `file` has: the rule's own, unless the configuration
    /// or the last matching override sets it; nil when turned off there.
    public func severity(of rule: RuleID, in file: String, default given: Severity) -> Severity? {
        guard rule.canBeTurnedOff else { return given }
        var setting = rules[rule]
        for override in overrides where override.rules[rule] != nil && override.files.contains(where: { $0.matches(file) }) {
            setting = override.rules[rule]
        }
        guard let setting else { return given }
        return setting.severity
    }

    /// The setting of `rule` outside every override: what `tongban rules` shows.
    public func effectiveSeverity(of rule: RuleID) -> Severity? {
        guard rule.canBeTurnedOff, let setting = rules[rule] else { return rule.severity }
        return setting.severity
    }

    /// The names a configuration file is looked for under: in the registry root, then in the
    /// folder that holds the registry.
    public static let fileName = ".tongban.yaml"

    /// The configuration file of the registry at `root`: `root/.tongban.yaml`, else one next
    /// to the registry folder; nil when there is neither.
    public static func locate(registryRoot root: String) -> String? {
        let inside = root + "/" + fileName
        if PathTools.kind(inside) != .missing { return inside }
        let next = PathTools.parent(root) + "/" + fileName
        if root != "/", PathTools.kind(next) != .missing { return next }
        return nil
    }
}
