import ArgumentParser
import Foundation
import TongbanKit

extension Language: ExpressibleByArgument {}

/// Options every subcommand shares.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: "Message language: zh or en (default: from LC_ALL / LANG).")
    var lang: Language?

    var language: Language {
        Self.language(lang)
    }

    /// The language `--lang` chose, else the environment's.
    static func language(_ lang: Language?) -> Language {
        lang ?? Language.fromEnvironment(ProcessInfo.processInfo.environment)
    }
}
