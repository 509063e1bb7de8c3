/// A failure that stops the run: the registry cannot be listed or read at all, a path or
/// revision does not exist, a schema is newer than this tongban (not a finding in a file).
public struct RunFailure: Error, Sendable, CustomStringConvertible {
    public var message: Message

    public init(_ message: Message) {
        self.message = message
    }

    public var description: String { message.en }
}

/// The former name of `RunFailure`, for the files that still use it (the site writer and the
/// lint and site commands, being changed elsewhere); remove it once they say `RunFailure`.
public typealias SourceError = RunFailure
