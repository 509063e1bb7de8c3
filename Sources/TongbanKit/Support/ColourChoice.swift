/// Whether output gets colour: `--color always|never`, else the conventions users bring with
/// them, in this order: `FORCE_COLOR` set and not empty forces colour (force-color.org);
/// `NO_COLOR` set and not empty turns it off (no-color.org); `TERM=dumb` turns it off; otherwise
/// colour only on a terminal.
public enum ColourChoice: String, Sendable, CaseIterable {
    case auto
    case always
    case never

    /// Whether to colour, given whether the output is a terminal and the environment.
    public func resolve(isTerminal: Bool, environment: [String: String]) -> Bool {
        switch self {
        case .always: return true
        case .never: return false
        case .auto:
            if let force = environment["FORCE_COLOR"], !force.isEmpty { return true }
            if let no = environment["NO_COLOR"], !no.isEmpty { return false }
            if environment["TERM"] == "dumb" { return false }
            return isTerminal
        }
    }
}
