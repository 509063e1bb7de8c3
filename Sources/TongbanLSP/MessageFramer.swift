/// JSON-RPC messages over a byte stream, each preceded by a `Content-Length` header (LSP's
/// base protocol). The reader takes bytes as they arrive and hands out whole bodies.
public struct MessageFramer: Sendable {
    /// What reading the stream gave.
    public enum Frame: Sendable, Equatable {
        /// A complete message body.
        case message([UInt8])
        /// A header block that could not be understood (no or a bad `Content-Length`, a body too
        /// large, a header too long); the bytes were dropped and reading goes on after them.
        case malformed(String)
    }

    /// The largest body accepted: an open document is at most 1 MiB, and JSON escaping can
    /// make it several times larger.
    public static let maxBodySize = 64 << 20
    /// The longest header block accepted before it is thrown away.
    public static let maxHeaderSize = 8 << 10

    private var buffer: [UInt8] = []
    private var start = 0

    public init() {}

    /// Adds bytes read from the stream.
    public mutating func append<S: Sequence>(_ bytes: S) where S.Element == UInt8 {
        if start > 0 && start * 2 > buffer.count {
            buffer.removeSubrange(0..<start)
            start = 0
        }
        buffer.append(contentsOf: bytes)
    }

    /// The next complete frame, or nil when more bytes are needed.
    public mutating func next() -> Frame? {
        if skip > 0 {
            dropSkipped()
            if skip > 0 { return nil }
        }
        guard let headerEnd = find([13, 10, 13, 10], from: start) else {
            if buffer.count - start > Self.maxHeaderSize {
                start = buffer.count
                return .malformed("header longer than \(Self.maxHeaderSize) bytes")
            }
            return nil
        }
        let header = String(decoding: buffer[start..<headerEnd], as: UTF8.self)
        let bodyStart = headerEnd + 4
        var length: Int?
        for line in header.split(separator: "\r\n", omittingEmptySubsequences: true) {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let name = line[..<colon].trimmingSpaces().lowercased()
            if name == "content-length" {
                length = Int(line[line.index(after: colon)...].trimmingSpaces())
            }
        }
        guard let length, length >= 0 else {
            start = bodyStart
            return .malformed("missing or invalid Content-Length")
        }
        guard length <= Self.maxBodySize else {
            // The body is skipped as it arrives: drop what is here and remember how much is left.
            start = bodyStart
            skip = length
            dropSkipped()
            return .malformed("message of \(length) bytes is too large")
        }
        guard buffer.count - bodyStart >= length else { return nil }
        let body = Array(buffer[bodyStart..<(bodyStart + length)])
        start = bodyStart + length
        return .message(body)
    }

    /// Bytes of an oversized body still to be thrown away as they arrive.
    private var skip = 0

    private mutating func dropSkipped() {
        let dropped = min(buffer.count - start, skip)
        start += dropped
        skip -= dropped
    }

    private func find(_ needle: [UInt8], from: Int) -> Int? {
        guard buffer.count - from >= needle.count else { return nil }
        var i = from
        while i + needle.count <= buffer.count {
            if buffer[i] == needle[0] && buffer[i + 1] == needle[1] && buffer[i + 2] == needle[2] && buffer[i + 3] == needle[3] {
                return i
            }
            i += 1
        }
        return nil
    }

    /// `body` with its `Content-Length` header, ready to write.
    public static func frame(_ body: [UInt8]) -> [UInt8] {
        Array("Content-Length: \(body.count)\r\n\r\n".utf8) + body
    }
}

extension Substring {
    func trimmingSpaces() -> Substring {
        var s = self
        while let f = s.first, f == " " || f == "\t" { s.removeFirst() }
        while let l = s.last, l == " " || l == "\t" { s.removeLast() }
        return s
    }
}
