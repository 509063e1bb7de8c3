import Foundation

extension TemporaryDirectory {
    /// Runs git in the folder (a local identity, no signing) and fails the test when git does.
    @discardableResult
    func git(_ arguments: String...) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-c", "user.name=Tongban Tests", "-c", "user.email=tests@tongban.invalid", "-c", "commit.gpgsign=false"] + arguments
        process.currentDirectoryURL = url
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw GitFailure(arguments: arguments, status: process.terminationStatus)
        }
        return String(decoding: data, as: UTF8.self)
    }

    /// Stages everything, commits and tags the commit.
    func commit(tag: String) throws {
        try git("add", "-A")
        try git("commit", "-q", "-m", tag)
        try git("tag", tag)
    }
}

struct GitFailure: Error {
    var arguments: [String]
    var status: Int32
}
