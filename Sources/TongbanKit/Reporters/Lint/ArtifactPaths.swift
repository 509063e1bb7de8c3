/// Where a finding's file is for code scanning: relative to the root of the repository that
/// holds the registry (or to the registry itself outside any repository), never with `..`, and
/// as a percent-encoded URI reference for SARIF's `artifactLocation.uri` (under the base
/// `%SRCROOT%`).
public struct ArtifactPaths: Sendable, Equatable {
    /// How the registry root begins a displayed path (`standards/`, or empty for `.`).
    public var displayPrefix: String
    /// The registry root relative to the repository root, with a trailing `/` (or empty).
    public var repositoryPrefix: String

    /// The base every artifact URI is relative to.
    public static let baseID = "%SRCROOT%"

    public init(displayPrefix: String, repositoryPrefix: String) {
        self.displayPrefix = displayPrefix
        self.repositoryPrefix = repositoryPrefix
    }

    /// The paths of `location`'s registry within `repositoryRoot` (absolute), when the
    /// registry is inside it.
    public init(location: RegistryLocation, repositoryRoot: String?) {
        displayPrefix = location.displayRoot == "." ? "" : location.displayRoot + "/"
        if let repositoryRoot, location.root == repositoryRoot {
            repositoryPrefix = ""
        } else if let repositoryRoot, location.root.hasPrefix(repositoryRoot == "/" ? "/" : repositoryRoot + "/") {
            repositoryPrefix = String(location.root.dropFirst(repositoryRoot == "/" ? 1 : repositoryRoot.count + 1)) + "/"
        } else {
            repositoryPrefix = ""
        }
    }

    /// `displayed` (a path as the report shows it) relative to the repository root.
    public func repositoryPath(_ displayed: String) -> String {
        let inside = displayed.hasPrefix(displayPrefix) ? String(displayed.dropFirst(displayPrefix.count)) : displayed
        return repositoryPrefix + inside
    }

    /// `displayed` as a relative URI reference: every byte but the unreserved ones and `/`
    /// percent-encoded (spaces, Chinese, `,`, `:`, `%`, `#`, `?`).
    public func uri(_ displayed: String) -> String {
        Self.percentEncoded(repositoryPath(displayed))
    }

    /// `path` with every UTF-8 byte outside `A–Z a–z 0–9 - . _ ~ /` written as `%XX`.
    public static func percentEncoded(_ path: String) -> String {
        let hex = Array("0123456789ABCDEF")
        var out = ""
        for byte in path.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                out += "%" + String(hex[Int(byte >> 4)]) + String(hex[Int(byte & 0xF)])
            }
        }
        return out
    }
}
