import Foundation

/// Starts git. Git is the only program tongban runs; it is found on `PATH` and run with `-C` in
/// the folder it should work in.
enum GitProcess {
    /// The environment git runs with: the caller's, without optional locks (tongban only reads).
    static let environment: [String: String] = {
        var env = ProcessInfo.processInfo.environment
        env["GIT_OPTIONAL_LOCKS"] = "0"
        return env
    }()

    /// The git executable on `PATH`.
    static func executable() throws -> String {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for dir in path.split(separator: ":") where !dir.isEmpty {
            let candidate = String(dir) + "/git"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        throw RunFailure(Message(zh: "找不到 git（PATH 中没有）", en: "git not found on PATH"))
    }

    /// Starts `git -C directory arguments…`.
    static func spawn(_ arguments: [String], in directory: String, pipeInput: Bool = false, pipeErrors: Bool = true) throws -> Subprocess {
        try Subprocess.spawn(try executable(), ["-C", directory] + arguments, environment: environment, pipeInput: pipeInput, pipeErrors: pipeErrors)
    }

    /// The first line git wrote to standard error, without `fatal: ` / `error: `.
    static func reason(fromStandardError text: String) -> String {
        let line = text.split(separator: "\n").first.map(String.init) ?? ""
        for lead in ["fatal: ", "error: "] where line.hasPrefix(lead) { return String(line.dropFirst(lead.count)) }
        return line
    }
}
