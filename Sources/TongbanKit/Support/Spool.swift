#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Output held back until it is complete: an unlinked temporary file (in `$TMPDIR`, else
/// `/tmp`) that a command writes as it goes and copies out at the end, so that what it prints
/// is all or nothing (a registry with errors is not exported) without holding it in memory.
public final class Spool {
    private let fd: Int32

    /// - Throws: `RunFailure` when no temporary file can be made.
    public init() throws {
        let base = Self.temporaryFolder()
        var template = Array("\(base)/.tongban-spool-XXXXXX".utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { buffer -> Int32 in
            guard let base = buffer.baseAddress else { return -1 }
            return mkstemp(base)
        }
        guard fd >= 0 else {
            throw RunFailure(Message(zh: "无法在 \(base) 中建立临时文件：\(POSIXIO.errorText())", en: "cannot make a temporary file in \(base): \(POSIXIO.errorText())"))
        }
        template.withUnsafeBufferPointer { buffer in
            if let name = buffer.baseAddress { _ = unlink(name) }
        }
        self.fd = fd
    }

    deinit {
        close(fd)
    }

    /// Adds `bytes` at the end.
    /// - Throws: `RunFailure` when the temporary file cannot be written (a full disk).
    public func append(_ bytes: [UInt8]) throws {
        if let problem = POSIXIO.writeAll(fd, bytes) {
            throw RunFailure(Message(zh: "无法写入临时文件：\(problem)", en: "cannot write the temporary file: \(problem)"))
        }
    }

    /// Writes everything appended so far to `out` (standard output), in order.
    /// - Throws: `RunFailure` when it cannot be read back or written out.
    public func copy(to out: Int32) throws {
        guard lseek(fd, 0, SEEK_SET) == 0 else { throw Self.copyFailure(POSIXIO.errorText()) }
        var buffer = [UInt8](repeating: 0, count: 1 << 20)
        while true {
            let n = buffer.withUnsafeMutableBytes { POSIXIO.systemRead(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw Self.copyFailure(POSIXIO.errorText())
            }
            if n == 0 { return }
            if let problem = POSIXIO.writeAll(out, Array(buffer[0..<n])) { throw Self.copyFailure(problem) }
        }
    }

    private static func copyFailure(_ problem: String) -> RunFailure {
        RunFailure(Message(zh: "无法输出结果：\(problem)", en: "cannot write the result: \(problem)"))
    }

    private static func temporaryFolder() -> String {
        guard let folder = getenv("TMPDIR").map({ String(cString: $0) }), !folder.isEmpty else { return "/tmp" }
        return folder
    }
}
