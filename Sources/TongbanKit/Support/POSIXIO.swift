#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The C library's `read(2)` and `write(2)` on a descriptor, with `EINTR` retried and short
/// transfers continued: the one place tongban moves bytes through a file descriptor.
public enum POSIXIO {
    /// Reads until end of file or until more than `limit` bytes were read (at most `limit + 1`).
    /// A file of the size `sizeHint` (from fstat) is read straight into an array of that size
    /// plus one byte, to see the end or growth; only a file that grew is read on in chunks.
    /// - Throws: `RunFailure` with the system's reason.
    public static func readAll(_ fd: Int32, limit: Int, sizeHint: Int = 0) throws -> [UInt8] {
        let expected = min(max(sizeHint, 0), limit)
        var failed = false
        var bytes = [UInt8](unsafeUninitializedCapacity: expected + 1) { buffer, count in
            count = 0
            guard let base = buffer.baseAddress else { return }
            while count < buffer.count {
                let n = systemRead(fd, base + count, buffer.count - count)
                if n < 0 {
                    if errno == EINTR { continue }
                    failed = true
                    return
                }
                if n == 0 { return }
                count += n
            }
        }
        if failed { throw readFailure() }
        guard bytes.count == expected + 1 else { return bytes }
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while bytes.count <= limit {
            let wanted = min(chunk.count, limit + 1 - bytes.count)
            let n = chunk.withUnsafeMutableBytes { systemRead(fd, $0.baseAddress, wanted) }
            if n < 0 {
                if errno == EINTR { continue }
                throw readFailure()
            }
            if n == 0 { break }
            bytes.append(contentsOf: chunk[0..<n])
        }
        return bytes
    }

    private static func readFailure() -> RunFailure {
        RunFailure(Message(zh: "无法读取：\(errorText())", en: "cannot read: \(errorText())"))
    }

    /// Writes all of `bytes`; returns the system's reason when that failed.
    public static func writeAll(_ fd: Int32, _ bytes: [UInt8]) -> String? {
        var written = 0
        while written < bytes.count {
            let n = bytes.withUnsafeBytes { buffer in
                systemWrite(fd, buffer.baseAddress.map { $0 + written }, buffer.count - written)
            }
            if n < 0 {
                if errno == EINTR { continue }
                return errorText()
            }
            written += n
        }
        return nil
    }

    /// The name of a directory entry that `readdir(3)` returned.
    public static func name(of entry: UnsafeMutablePointer<dirent>) -> String {
        withUnsafePointer(to: entry.pointee.d_name) {
            $0.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
        }
    }

    /// The system's text for the current `errno`.
    public static func errorText() -> String {
        String(cString: strerror(errno))
    }

    /// One `read(2)`: what it returns, `errno` set on failure.
    static func systemRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
        #if canImport(Glibc)
        Glibc.read(fd, buffer, count)
        #else
        Darwin.read(fd, buffer, count)
        #endif
    }

    /// One `write(2)`: what it returns, `errno` set on failure.
    static func systemWrite(_ fd: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int {
        #if canImport(Glibc)
        Glibc.write(fd, buffer, count)
        #else
        Darwin.write(fd, buffer, count)
        #endif
    }
}
