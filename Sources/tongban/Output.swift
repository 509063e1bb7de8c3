import Foundation
import TongbanKit

/// Writing to the terminal: the only place the CLI prints.
enum Output {
    static func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// One line on standard error, prefixed `tongban: `.
    static func error(_ text: String) {
        FileHandle.standardError.write(Data("tongban: \(text)\n".utf8))
    }

    /// Whether standard output gets colour under `choice` (see `ColourChoice`).
    static func colourOnStdout(_ choice: ColourChoice) -> Bool {
        choice.resolve(isTerminal: isatty(STDOUT_FILENO) == 1, environment: ProcessInfo.processInfo.environment)
    }
}

/// A failure that ends the command with exit 2 and a one-line reason.
struct CommandFailure: Error {
    let message: String

    init(_ message: String) {
        self.message = message
    }

    init(_ error: RunFailure, _ language: Language) {
        self.message = error.message.text(language)
    }
}
