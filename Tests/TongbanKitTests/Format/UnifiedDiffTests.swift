import Foundation
import Testing
@testable import TongbanKit

@Suite struct UnifiedDiffTests {
    @Test func equalTextsGiveNothing() {
        #expect(UnifiedDiff.render(old: "a\nb\n", new: "a\nb\n", oldName: "a", newName: "b") == "")
    }

    @Test func oneChangedLineWithContext() {
        let old = (1...10).map { "line \($0)" }.joined(separator: "\n") + "\n"
        let new = old.replacingOccurrences(of: "line 5\n", with: "line five\n")
        #expect(UnifiedDiff.render(old: old, new: new, oldName: "a/x.yaml", newName: "b/x.yaml") == """
            --- a/x.yaml
            +++ b/x.yaml
            @@ -2,7 +2,7 @@
             line 2
             line 3
             line 4
            -line 5
            +line five
             line 6
             line 7
             line 8

            """)
    }

    @Test func insertionIntoEmptyAndMissingNewline() {
        #expect(UnifiedDiff.render(old: "", new: "a\n", oldName: "o", newName: "n") == "--- o\n+++ n\n@@ -0,0 +1 @@\n+a\n")
        #expect(UnifiedDiff.render(old: "a", new: "a\n", oldName: "o", newName: "n")
            == "--- o\n+++ n\n@@ -1 +1 @@\n-a\n\\ No newline at end of file\n+a\n")
        #expect(UnifiedDiff.render(old: "x\na", new: "y\na", oldName: "o", newName: "n")
            == "--- o\n+++ n\n@@ -1,2 +1,2 @@\n-x\n+y\n a\n\\ No newline at end of file\n")
    }

    @Test func distantChangesMakeSeparateHunks() {
        var lines = (1...20).map(String.init)
        let old = lines.joined(separator: "\n") + "\n"
        lines[1] = "two"
        lines[18] = "nineteen"
        let new = lines.joined(separator: "\n") + "\n"
        let diff = UnifiedDiff.render(old: old, new: new, oldName: "o", newName: "n")
        #expect(diff.components(separatedBy: "\n@@").count == 3)
        #expect(diff.contains("@@ -1,5 +1,5 @@"))
        #expect(diff.contains("@@ -16,5 +16,5 @@"))
    }

    /// Random edits of random texts: the diff is what GNU `diff -u` prints (same minimal script
    /// length and hunks), and `patch` turns the old text into the new one.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/diff") && FileManager.default.isExecutableFile(atPath: "/usr/bin/patch")))
    func agreesWithGNUDiffAndPatch() throws {
        var random = SeededRandom(seed: 42)
        let folder = try ScratchFolder()
        let alphabet = ["a", "b", "c", "社", "会", "", "# 注释", "  - x"]
        for round in 0..<60 {
            let oldLines = (0..<random.next(upTo: 30)).map { _ in random.pick(alphabet) }
            var newLines = oldLines
            for _ in 0..<random.next(upTo: 6) {
                switch random.next(upTo: 3) {
                case 0 where !newLines.isEmpty: newLines.remove(at: random.next(upTo: newLines.count))
                case 1: newLines.insert(random.pick(alphabet), at: random.next(upTo: newLines.count + 1))
                default: if !newLines.isEmpty { newLines[random.next(upTo: newLines.count)] = random.pick(alphabet) }
                }
            }
            let oldText = oldLines.joined(separator: "\n") + (random.chance(80) ? "\n" : "")
            let newText = newLines.joined(separator: "\n") + (random.chance(80) ? "\n" : "")
            let ours = UnifiedDiff.render(old: oldText, new: newText, oldName: "old", newName: "new")
            try folder.write(["old": oldText, "new": newText, "patched": oldText, "ours.diff": ours])

            let gnu = try run("/usr/bin/diff", ["-u", "old", "new"], in: folder.url)
            // GNU's headers carry dates; the hunks must match exactly, except where equally short
            // scripts differ in which equal lines they keep: then the sizes must still agree.
            let gnuBody = gnu.split(separator: "\n", omittingEmptySubsequences: false).dropFirst(2).joined(separator: "\n")
            let ourBody = ours.split(separator: "\n", omittingEmptySubsequences: false).dropFirst(2).joined(separator: "\n")
            let changed = { (s: String) in s.split(separator: "\n").filter { $0.hasPrefix("+") || $0.hasPrefix("-") }.count }
            #expect(changed(gnuBody) == changed(ourBody), "round \(round): ours\n\(ours)\ngnu\n\(gnu)")

            if !ours.isEmpty {
                _ = try run("/usr/bin/patch", ["-s", "patched", "ours.diff"], in: folder.url)
            }
            #expect(try folder.read("patched") == newText, "round \(round):\n\(ours)")
        }
    }

    private func run(_ tool: String, _ arguments: [String], in folder: URL) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        process.currentDirectoryURL = folder
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}
