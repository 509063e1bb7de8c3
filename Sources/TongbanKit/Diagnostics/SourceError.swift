/// A failure to read the registry at all (not a finding in a file).
public struct SourceError: Error, Sendable, CustomStringConvertible {
    public var message: Message

    public init(_ message: Message) {
        self.message = message
    }

    public var description: String { message.en }
}
