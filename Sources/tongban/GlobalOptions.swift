import ArgumentParser
import Foundation
import TongbanKit

extension Language: ExpressibleByArgument {}

/// Options every subcommand shares.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: "Message language: zh or en (default: from LC_ALL / LANG).")
    var lang: Language?

    var language: Language {
        lang ?? Language.fromEnvironment(ProcessInfo.processInfo.environment)
    }
}
