import Foundation

/// The synthetic registry the checklist tests print from, and copies of it to change.
enum ChecklistFixture {
    static let registry = CLI.packageRoot.appendingPathComponent("Tests/TongbanKitTests/Fixtures/checklist-registry")
    static let golden = CLI.packageRoot.appendingPathComponent("Tests/TongbanKitTests/Golden")

    /// A copy of the fixture registry in `directory/reg`, outside any git repository, with every
    /// matter file's modification time set to noon of `date` (`YYYY-MM-DD`).
    static func copy(into directory: TemporaryDirectory, modified date: String = "2024-05-01") throws -> URL {
        let target = directory.url.appendingPathComponent("reg")
        try FileManager.default.copyItem(at: registry, to: target)
        let matters = target.appendingPathComponent("matters")
        for name in try FileManager.default.contentsOfDirectory(atPath: matters.path) {
            try touch(matters.appendingPathComponent(name), date)
        }
        return target
    }

    /// Sets a file's modification time to noon (local time) of `date`.
    static func touch(_ file: URL, _ date: String) throws {
        let parts = date.split(separator: "-").compactMap { Int($0) }
        let noon = DateComponents(calendar: Calendar.current, year: parts[0], month: parts[1], day: parts[2], hour: 12).date
        try FileManager.default.setAttributes([.modificationDate: noon as Any], ofItemAtPath: file.path)
    }

    /// Runs `git arguments…` in `directory` with a fixed identity and commit date.
    @discardableResult
    static func git(_ arguments: [String], in directory: URL, date: String = "2023-03-04T10:00:00+08:00") throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-c", "user.name=Tongban Tests", "-c", "user.email=tests@example.invalid"] + arguments
        process.currentDirectoryURL = directory
        var env = ProcessInfo.processInfo.environment
        env["GIT_AUTHOR_DATE"] = date
        env["GIT_COMMITTER_DATE"] = date
        process.environment = env
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }
}
