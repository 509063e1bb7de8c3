import Foundation

/// What a finished git command printed.
struct GitOutput: Sendable {
    var status: Int32
    var stdout: [UInt8]
    var stderr: String

    /// The first line git wrote to standard error, without `fatal: ` / `error: `.
    var reason: String {
        let line = stderr.split(separator: "\n").first.map(String.init) ?? ""
        for lead in ["fatal: ", "error: "] where line.hasPrefix(lead) { return String(line.dropFirst(lead.count)) }
        return line
    }
}

/// Starts git. Git is the only program tongban runs; it is found on `PATH`.
enum GitProcess {
    /// The environment git runs with: the caller's, without optional locks (tongban only reads).
    static var environment: [String: String] {
        var env = ProcessInfo.processInfo.environment
        env["GIT_OPTIONAL_LOCKS"] = "0"
        return env
    }

    /// The git executable on `PATH`.
    static func executable() throws -> String {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for dir in path.split(separator: ":") where !dir.isEmpty {
            let candidate = String(dir) + "/git"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        throw SourceError(Message(zh: "找不到 git（PATH 中没有）", en: "git not found on PATH"))
    }

    /// A configured, not yet started git process.
    static func make(_ arguments: [String], in directory: String) throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try executable())
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        process.environment = environment
        return process
    }

    /// Runs `git arguments…` in `directory` and collects its output.
    /// - Throws: `SourceError` when git cannot be started.
    static func run(_ arguments: [String], in directory: String) throws -> GitOutput {
        let process = try make(arguments, in: directory)
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw SourceError(Message(zh: "无法运行 git：\(error.localizedDescription)", en: "cannot run git: \(error.localizedDescription)"))
        }
        // Drain standard error on another thread so neither pipe can fill up and stall git.
        let errors = DataBox()
        let group = DispatchGroup()
        let errorHandle = err.fileHandleForReading
        DispatchQueue.global().async(group: group) {
            errors.data = errorHandle.readDataToEndOfFile()
        }
        let data = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return GitOutput(status: process.terminationStatus, stdout: [UInt8](data), stderr: String(decoding: errors.data, as: UTF8.self))
    }
}

/// Data written by one thread and read by another after it has finished.
private final class DataBox: @unchecked Sendable {
    var data = Data()
}
