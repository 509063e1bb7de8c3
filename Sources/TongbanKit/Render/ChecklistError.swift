/// Why a checklist, booklet or site cannot be made from what was asked: an unknown matter,
/// region, list or situation (with the nearest matches), or a region without an implementation.
public struct ChecklistError: Error, Sendable, Hashable, CustomStringConvertible {
    public var message: Message

    public init(_ message: Message) {
        self.message = message
    }

    public var description: String { message.en }

    // MARK: - Messages

    static func unknownMatter(_ query: String, nearest: [String]) -> ChecklistError {
        ChecklistError(Message(
            zh: "没有事项“\(query)”" + hint(zh: nearest),
            en: "unknown matter '\(query)'" + hint(en: nearest)))
    }

    static func unknownRegion(_ query: String, nearest: [String]) -> ChecklistError {
        ChecklistError(Message(
            zh: "没有地区“\(query)”" + hint(zh: nearest),
            en: "unknown region '\(query)'" + hint(en: nearest)))
    }

    static func unknownList(_ query: String, nearest: [String]) -> ChecklistError {
        ChecklistError(Message(
            zh: "没有清单“\(query)”" + hint(zh: nearest),
            en: "unknown list '\(query)'" + hint(en: nearest)))
    }

    static func unknownSituation(_ query: String, matter: String, nearest: [String]) -> ChecklistError {
        ChecklistError(Message(
            zh: "“\(matter)”没有情形“\(query)”" + hint(zh: nearest),
            en: "'\(matter)' has no situation '\(query)'" + hint(en: nearest)))
    }

    static func noSituations(_ query: String, matter: String) -> ChecklistError {
        ChecklistError(Message(
            zh: "“\(matter)”不分情形，不能选择情形“\(query)”",
            en: "'\(matter)' has no situations, so '\(query)' cannot be chosen"))
    }

    static func notImplemented(matter: String, region: String, elsewhere: [String]) -> ChecklistError {
        let zhOthers = elsewhere.isEmpty ? "；尚无地区实施该事项" : "；已实施的地区：" + elsewhere.joined(separator: "、")
        let enOthers = elsewhere.isEmpty ? "; no region implements it yet" : "; implemented in: " + elsewhere.joined(separator: ", ")
        return ChecklistError(Message(
            zh: "\(region)没有“\(matter)”的实施清单，无法打印告知单" + zhOthers,
            en: "\(region) has no implementation of '\(matter)', so there is no checklist to print" + enOthers))
    }

    static func nothingImplemented(list: String, region: String) -> ChecklistError {
        ChecklistError(Message(
            zh: "\(region)没有实施“\(list)”上的任何事项，无法打印汇编",
            en: "\(region) implements none of the matters on '\(list)', so there is no booklet to print"))
    }

    private static func hint(zh nearest: [String]) -> String {
        nearest.isEmpty ? "" : "；最接近的：" + nearest.joined(separator: "、")
    }

    private static func hint(en nearest: [String]) -> String {
        nearest.isEmpty ? "" : "; nearest: " + nearest.joined(separator: ", ")
    }
}
