import ArgumentParser
import Foundation
import TongbanKit

extension Language: ExpressibleByArgument {}
extension ColourChoice: ExpressibleByArgument {}

/// Options every subcommand shares.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: "Message language: zh or en (default: from LC_ALL / LANG).")
    var lang: Language?

    @Option(name: .long, help: ArgumentHelp("Colour in text output: auto, always or never.", discussion: "auto: colour on a terminal, unless NO_COLOR is set and not empty or TERM=dumb; FORCE_COLOR set and not empty forces it."))
    var color: ColourChoice = .auto

    /// Whether text output on standard output gets colour.
    var colour: Bool {
        Output.colourOnStdout(color)
    }

    var language: Language {
        Self.language(lang)
    }

    /// The language `--lang` chose, else the environment's.
    static func language(_ lang: Language?) -> Language {
        lang ?? Language.fromEnvironment(ProcessInfo.processInfo.environment)
    }
}
