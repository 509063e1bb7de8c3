/// A failure that stops the run: the registry cannot be listed or read at all, a path or
/// revision does not exist, a schema is newer than this tongban (not a finding in a file).
public struct RunFailure: Error, Sendable, CustomStringConvertible {
    public var message: Message

    public init(_ message: Message) {
        self.message = message
    }

    public var description: String { message.en }
}
