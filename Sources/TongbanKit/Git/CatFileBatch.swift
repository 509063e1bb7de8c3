import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An object as `git cat-file --batch` delivers it.
struct GitObject: Sendable {
    var id: ObjectID?
    /// `blob`, `tree`, `commit` or `tag`.
    var type: String
    var bytes: [UInt8]
}

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
    /// What git wrote to standard error before it stopped answering, once it has.
    private var stoppedBecause: String?
    private var errorOutput: [UInt8] = []
    private var errorsClosed = false
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
    /// - Throws: `RunFailure` when git cannot be started or stops answering.
    func read(_ object: String, limit: Int) throws -> GitObject? {
        try read([object], limit: limit)[0]
    }

    /// The contents of `objects`, in order, as `read(_:limit:)`.
    func read(_ objects: [String], limit: Int) throws -> [GitObject?] {
        var results: [GitObject?] = []
        results.reserveCapacity(objects.count)
        try read(objects, limit: limit) { _, object in results.append(object) }
        return results
    }

    /// Hands the contents of `objects` to `body` one by one, in order, as git delivers them.
    /// Requests are written ahead of the answers (a chunk at a time, so neither pipe can fill up
    /// while the other waits), so git looks up the next object while the last one is used.
    func read(_ objects: [String], limit: Int, _ body: (Int, GitObject?) throws -> Void) throws {
        lock.lock()
        defer { lock.unlock() }
        guard !failed else { throw broken }
        do {
            try startIfNeeded()
            var index = 0
            while index < objects.count {
                let chunk = objects[index..<min(index + Self.chunkSize, objects.count)]
                let requests = chunk.filter { !$0.utf8.contains(10) }
                if !requests.isEmpty { try send(requests.map { $0 + "\n" }.joined()) }
                for (offset, object) in zip(chunk.indices, chunk) {
                    try body(offset, object.utf8.contains(10) ? nil : try answer(limit: limit))
                }
                index += chunk.count
            }
        } catch {
            failed = true
            throw error
        }
    }

    /// Requests written ahead at most: 256 object names stay well below a pipe's 64 KiB.
    private static let chunkSize = 256

    /// Reads git's answer to one request: `<id> <type> <size>`, the content and a newline, or
    /// `<name> missing` (or `ambiguous`).
    private func answer(limit: Int) throws -> GitObject? {
        let header = try line()
        if header.suffix(8).elementsEqual(" missing".utf8) || header.suffix(10).elementsEqual(" ambiguous".utf8) { return nil }
        let fields = header.split(separator: UInt8(ascii: " "), omittingEmptySubsequences: false)
        guard fields.count == 3, let size = Self.decimal(fields[2]) else { throw broken }
        let body = try bytes(size, keep: limit + 1)
        _ = try bytes(1, keep: 0)  // the newline after the content
        let type = String(decoding: fields[1], as: UTF8.self)
        if type == "blob" { delivered += 1 }
        return GitObject(id: ObjectID(hex: String(decoding: fields[0], as: UTF8.self)), type: type, bytes: body)
    }

    /// A size as git prints it; nil for anything else.
    private static func decimal(_ digits: ArraySlice<UInt8>) -> Int? {
        guard !digits.isEmpty, digits.count <= 18 else { return nil }
        var value = 0
        for digit in digits {
            guard (48...57).contains(digit) else { return nil }
            value = value * 10 + Int(digit - 48)
        }
        return value
    }

    /// Starts git when it has not started yet. A write to git after it stopped (outside a
    /// repository it stops at once) must fail with an error, not end tongban by `SIGPIPE`.
    private func startIfNeeded() throws {
        guard process == nil else { return }
        signal(SIGPIPE, SIG_IGN)
        process = try GitProcess.spawn(["cat-file", "--batch"], in: directory, pipeInput: true, pipeErrors: true)
    }

    /// Sends one request line to git.
    private func send(_ line: String) throws {
        guard let input = process?.input else { throw broken }
        guard POSIXIO.writeAll(input, Array(line.utf8)) == nil else {
            noteStop()
            throw broken
        }
    }

    /// Reads more of git's output into the buffer; false at end of output. Whatever git writes
    /// to standard error meanwhile is kept (the first 64 KiB), so that pipe never fills and
    /// stalls it.
    private func fill() throws -> Bool {
        if start > 0 {
            buffer.removeFirst(start)
            start = 0
        }
        guard let process else { throw broken }
        while true {
            var fds = [pollfd(fd: process.output, events: Int16(POLLIN), revents: 0)]
            if let errors = process.errors, !errorsClosed { fds.append(pollfd(fd: errors, events: Int16(POLLIN), revents: 0)) }
            if poll(&fds, nfds_t(fds.count), -1) < 0 {
                if errno == EINTR { continue }
                throw broken
            }
            if fds.count > 1, fds[1].revents != 0 { drainErrors(fds[1].fd) }
            guard fds[0].revents != 0 else { continue }
            let n = chunk.withUnsafeMutableBytes { POSIXIO.systemRead(process.output, $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            if n < 0 { throw broken }
            if n == 0 {
                noteStop()
                return false
            }
            buffer.append(contentsOf: chunk[0..<n])
            return true
        }
    }

    /// Records why git stopped: the rest of its standard error, to its end.
    private func noteStop() {
        if let errors = process?.errors {
            while !errorsClosed { drainErrors(errors) }
        }
        stoppedBecause = String(decoding: errorOutput, as: UTF8.self)
    }

    /// Reads what is waiting on git's standard error.
    private func drainErrors(_ fd: Int32) {
        let n = chunk.withUnsafeMutableBytes { POSIXIO.systemRead(fd, $0.baseAddress, $0.count) }
        if n < 0 && errno == EINTR { return }
        guard n > 0 else {
            errorsClosed = true
            return
        }
        if errorOutput.count < 64 * 1024 { errorOutput.append(contentsOf: chunk[0..<n]) }
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
            guard try fill() else { throw broken }
        }
    }

    /// Consumes `count` bytes of output and returns the first `keep` of them.
    private func bytes(_ count: Int, keep: Int) throws -> [UInt8] {
        var result: [UInt8] = []
        var remaining = count
        while remaining > 0 {
            if start == buffer.count { guard try fill() else { throw broken } }
            let take = min(remaining, buffer.count - start)
            if result.count < keep {
                result.append(contentsOf: buffer[start..<start + min(take, keep - result.count)])
            }
            start += take
            remaining -= take
        }
        return result
    }

    /// Why git stopped answering: the first line of what it wrote to standard error, when it
    /// wrote anything (`not a git repository`, `detected dubious ownership`).
    var failureReason: String? {
        lock.lock()
        defer { lock.unlock() }
        return stoppedBecause.map(GitProcess.reason(fromStandardError:)).flatMap { $0.isEmpty ? nil : $0 }
    }

    private var broken: RunFailure {
        let reason = stoppedBecause.map(GitProcess.reason(fromStandardError:)) ?? ""
        return RunFailure(Message(
            zh: reason.isEmpty ? "git cat-file 意外停止" : "git cat-file 停止：\(reason)",
            en: reason.isEmpty ? "git cat-file stopped unexpectedly" : "git cat-file stopped: \(reason)"))
    }

    deinit {
        guard let process else { return }
        if let input = process.input { close(input) }
        close(process.output)
        if let errors = process.errors { close(errors) }
        _ = process.wait()
    }
}
