/// The safe repairs of a file's bytes that `fmt` makes before it rewrites values: a byte-order
/// mark dropped, CRLF and CR line ends made LF. YAML reads every line break in a scalar as LF,
/// so the values stay the same; `FileFormatter` checks that they read back the same.
public struct LineEndRepair: OptionSet, Sendable, Hashable {
    public let rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }

    /// A byte-order mark was dropped.
    public static let byteOrderMark = LineEndRepair(rawValue: 1)
    /// CRLF line ends became LF.
    public static let crlf = LineEndRepair(rawValue: 2)
    /// Lone CR line ends became LF.
    public static let cr = LineEndRepair(rawValue: 4)

    /// What `repaired(_:)` changes in `bytes`.
    public static func needed(in bytes: [UInt8]) -> LineEndRepair {
        var found: LineEndRepair = []
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { found.insert(.byteOrderMark) }
        var i = 0
        while i < bytes.count {
            if bytes[i] == 0x0D {
                if i + 1 < bytes.count && bytes[i + 1] == 0x0A { found.insert(.crlf); i += 1 } else { found.insert(.cr) }
            }
            i += 1
        }
        return found
    }

    /// `bytes` without a leading byte-order mark and with every CRLF and CR made LF.
    public static func repaired(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while i < bytes.count {
            if bytes[i] == 0x0D {
                out.append(0x0A)
                if i + 1 < bytes.count && bytes[i + 1] == 0x0A { i += 1 }
            } else {
                out.append(bytes[i])
            }
            i += 1
        }
        return out
    }

    /// What was changed, in words (`CRLF → LF, BOM removed`).
    public var summary: Message {
        var zh: [String] = []
        var en: [String] = []
        if contains(.crlf) { zh.append("CRLF 换行改为 LF"); en.append("CRLF line ends → LF") }
        if contains(.cr) { zh.append("CR 换行改为 LF"); en.append("CR line ends → LF") }
        if contains(.byteOrderMark) { zh.append("删除 BOM"); en.append("byte-order mark removed") }
        return Message(zh: zh.joined(separator: "，"), en: en.joined(separator: ", "))
    }
}
