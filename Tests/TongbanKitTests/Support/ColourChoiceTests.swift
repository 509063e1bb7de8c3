import Testing
import TongbanKit

/// `--color` and the colour conventions of the environment, case by case.
@Suite struct ColourChoiceTests {
    @Test(arguments: [
        // (choice, terminal, environment, colour)
        (ColourChoice.auto, true, [String: String](), true),
        (.auto, false, [:], false),
        (.auto, true, ["NO_COLOR": "1"], false),
        (.auto, true, ["NO_COLOR": ""], true),  // only a non-empty NO_COLOR counts
        (.auto, true, ["TERM": "dumb"], false),
        (.auto, true, ["TERM": "xterm-256color"], true),
        (.auto, false, ["FORCE_COLOR": "1"], true),
        (.auto, false, ["FORCE_COLOR": ""], false),
        (.auto, true, ["FORCE_COLOR": "1", "NO_COLOR": "1"], true),
        (.auto, false, ["FORCE_COLOR": "1", "TERM": "dumb"], true),
        (.always, false, ["NO_COLOR": "1", "TERM": "dumb"], true),
        (.never, true, ["FORCE_COLOR": "1"], false),
    ])
    func resolves(_ choice: ColourChoice, _ terminal: Bool, _ environment: [String: String], _ colour: Bool) {
        #expect(choice.resolve(isTerminal: terminal, environment: environment) == colour)
    }
}
