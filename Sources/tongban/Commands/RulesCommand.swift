import ArgumentParser
import TongbanKit

struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "List every rule with its severity and summary, or explain one rule with examples."
    )

    @Argument(help: "A rule id to explain, e.g. duplicate-key.")
    var rule: String?

    @OptionGroup var config: ConfigOption

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let language = global.language
        guard let rule else {
            // The severities the registry found from here sets; the defaults outside a registry.
            let location = try? RegistryLocation.locate(paths: [], cwd: PathTools.currentDirectory())
            Output.write(RulesDocument.list(language, configuration: try config.load(for: location, language)))
            return
        }
        guard let id = RuleID(rawValue: rule), let description = Rules.description(of: id) else {
            let hint = Suggestion.nearest(to: rule, in: RuleID.allCases.map(\.rawValue)).map { "; did you mean '\($0)'?" } ?? ""
            throw CommandFailure("unknown rule '\(rule)'\(hint) (see 'tongban rules')")
        }
        Output.write(RulesDocument.explain(description, language))
    }
}
