import Foundation
import TongbanKit

/// A real git repository in a temporary folder, removed when the value goes away. Commits are
/// made with a local identity and no signing, so the user's configuration does not matter.
final class GitRepositoryFixture {
    let url: URL
    var path: String { url.path }

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("tongban-git-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        try git("init", "-q")
        try git("config", "user.name", "Tongban Tests")
        try git("config", "user.email", "tests@tongban.invalid")
        try git("config", "commit.gpgsign", "false")
    }

    /// Writes `files` (relative path → text), creating folders as needed.
    func write(_ files: [String: String]) throws {
        for (path, text) in files {
            let file = url.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: file)
        }
    }

    func remove(_ paths: String...) throws {
        for path in paths { try FileManager.default.removeItem(at: url.appendingPathComponent(path)) }
    }

    /// Stages everything and commits; tags the commit with `tag` when given.
    func commit(_ message: String, tag: String? = nil) throws {
        try git("add", "-A")
        try git("commit", "-q", "--allow-empty", "-m", message)
        if let tag { try git("tag", tag) }
    }

    /// Runs git in the repository and returns what it printed.
    @discardableResult
    func git(_ arguments: String...) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        process.currentDirectoryURL = url
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw FixtureError("git \(arguments.joined(separator: " ")) exited \(process.terminationStatus)")
        }
        return String(decoding: data, as: UTF8.self)
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }
}

struct FixtureError: Error, CustomStringConvertible {
    var description: String

    init(_ description: String) {
        self.description = description
    }
}
