import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One long-running `git cat-file --batch`: objects are asked for one at a time, so only the
/// blobs a diff needs are ever read, and no process is started per file. Safe to share between
/// threads (requests are serialized).
final class CatFileBatch: @unchecked Sendable {
    private let directory: String
    private let lock = NSLock()
    private var process: Subprocess?
    private var buffer: [UInt8] = []
    private var start = 0
    private var delivered = 0
    private var failed = false
    /// Where each read(2) lands before it joins `buffer`.
    private var chunk = [UInt8](repeating: 0, count: 64 * 1024)

    init(directory: String) {
        self.directory = directory
    }

    /// How many blobs (file contents) have been read so far; trees and missing objects do not count.
    var blobsRead: Int {
        lock.lock()
        defer { lock.unlock() }
        return delivered
    }

    /// The content of `object` (an id, or `commit:path`), at most `limit + 1` bytes; nil when git has no such object.
    /// - Throws: `SourceError` when git cannot be started or stops answering.
    func read(_ object: String, limit: Int) throws -> (type: String, bytes: [UInt8])? {
        try read([object], limit: limit)[0]
    }

    /// The contents of `objects`, in order, as `read(_:limit:)`. Requests are written ahead of
    /// the answers (a chunk at a time, so neither pipe can fill up while the other waits), so git
    /// looks up the next object while the last one is read.
    func read(_ objects: [String], limit: Int) throws -> [(type: String, bytes: [UInt8])?] {
        lock.lock()
        defer { lock.unlock() }
        guard !failed else { throw Self.broken }
        do {
            try startIfNeeded()
            var results: [(type: String, bytes: [UInt8])?] = []
            results.reserveCapacity(objects.count)
            var index = 0
            while index < objects.count {
                let chunk = objects[index..<min(index + Self.chunkSize, objects.count)]
                let requests = chunk.filter { !$0.contains("\n") }
                if !requests.isEmpty { try send(requests.map { $0 + "\n" }.joined()) }
                for object in chunk {
                    results.append(object.contains("\n") ? nil : try answer(limit: limit))
                }
                index += chunk.count
            }
            return results
        } catch {
            failed = true
            throw error
        }
    }

    /// Requests written ahead at most: 256 object names stay well below a pipe's 64 KiB.
    private static let chunkSize = 256

    /// Reads git's answer to one request.
    private func answer(limit: Int) throws -> (type: String, bytes: [UInt8])? {
        let header = String(decoding: try line(), as: UTF8.self)
        if header.hasSuffix(" missing") || header.hasSuffix(" ambiguous") { return nil }
        let fields = header.split(separator: " ")
        guard fields.count == 3, let size = Int(fields[2]), size >= 0 else { throw Self.broken }
        let body = try bytes(size, keep: limit + 1)
        _ = try bytes(1, keep: 0)  // the newline after the content
        if fields[1] == "blob" { delivered += 1 }
        return (String(fields[1]), body)
    }

    /// Starts git now, so the first read does not wait for it.
    func launch() throws {
        lock.lock()
        defer { lock.unlock() }
        try startIfNeeded()
    }

    private func startIfNeeded() throws {
        guard process == nil else { return }
        process = try GitProcess.spawn(["cat-file", "--batch"], in: directory, pipeInput: true, pipeErrors: false)
    }

    /// Sends one request line to git.
    private func send(_ line: String) throws {
        guard let input = process?.input else { throw Self.broken }
        let bytes = Array(line.utf8)
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeBytes { raw in Subprocess.writeFD(input, raw.baseAddress.map { $0 + offset }, raw.count - offset) }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { throw Self.broken }
            offset += n
        }
    }

    /// Reads more of git's output into the buffer; false at end of output.
    private func fill() throws -> Bool {
        if start > 0 {
            buffer.removeFirst(start)
            start = 0
        }
        while true {
            guard let output = process?.output else { throw Self.broken }
            let n = chunk.withUnsafeMutableBytes { Subprocess.readFD(output, $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            if n < 0 { throw Self.broken }
            if n == 0 { return false }
            buffer.append(contentsOf: chunk[0..<n])
            return true
        }
    }

    private func line() throws -> [UInt8] {
        var searched = 0  // bytes after `start` already known to hold no newline
        while true {
            if let newline = buffer[(start + searched)...].firstIndex(of: 10) {
                let result = Array(buffer[start..<newline])
                start = newline + 1
                return result
            }
            searched = buffer.count - start
            guard try fill() else { throw Self.broken }
        }
    }

    /// Consumes `count` bytes of output and returns the first `keep` of them.
    private func bytes(_ count: Int, keep: Int) throws -> [UInt8] {
        var result: [UInt8] = []
        var remaining = count
        while remaining > 0 {
            if start == buffer.count { guard try fill() else { throw Self.broken } }
            let take = min(remaining, buffer.count - start)
            if result.count < keep {
                result.append(contentsOf: buffer[start..<start + min(take, keep - result.count)])
            }
            start += take
            remaining -= take
        }
        return result
    }

    private static let broken = SourceError(Message(zh: "git cat-file 意外停止", en: "git cat-file stopped unexpectedly"))

    deinit {
        guard let process else { return }
        if let input = process.input { close(input) }
        close(process.output)
        _ = process.wait()
    }
}
