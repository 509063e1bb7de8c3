import Foundation
import Testing
@testable import TongbanKit

@Suite struct AtomicFileTests {
    private func mode(_ path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path)[.posixPermissions]) as? Int) ?? -1
    }

    @Test func replacesContentAndKeepsPermissions() throws {
        let folder = try ScratchFolder()
        try folder.write(["a.yaml": "old\n"])
        let path = folder.url.appendingPathComponent("a.yaml").path
        chmod(path, 0o640)
        try AtomicFile.write(Array("new\n".utf8), to: path)
        #expect(try folder.read("a.yaml") == "new\n")
        #expect(mode(path) == 0o640)
        // No temporary file is left behind.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["a.yaml"])
    }

    /// Content handed over in pieces lands whole; when the producer gives up part-way, the
    /// target keeps its old content and no temporary file is left.
    @Test func writesPiecesAndKeepsTheOldFileWhenTheProducerThrows() throws {
        struct GaveUp: Error {}
        let folder = try ScratchFolder()
        try folder.write(["out.json": "old\n"])
        let path = folder.url.appendingPathComponent("out.json").path
        try AtomicFile.write(to: path) { append in
            for piece in ["{", "\"a\": 1", "}\n"] { try append(Array(piece.utf8)) }
        }
        #expect(try folder.read("out.json") == "{\"a\": 1}\n")
        #expect(throws: GaveUp.self) {
            try AtomicFile.write(to: path) { append in
                try append(Array(String(repeating: "x", count: 100_000).utf8))
                throw GaveUp()
            }
        }
        #expect(try folder.read("out.json") == "{\"a\": 1}\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["out.json"])
    }

    @Test func createsANewFile() throws {
        let folder = try ScratchFolder()
        let path = folder.url.appendingPathComponent("out.json").path
        try AtomicFile.write(Array("{}\n".utf8), to: path)
        #expect(try folder.read("out.json") == "{}\n")
    }

    @Test func refusesAReadOnlyFileAndLeavesItIntact() throws {
        let folder = try ScratchFolder()
        try folder.write(["a.yaml": "old\n"])
        let path = folder.url.appendingPathComponent("a.yaml").path
        chmod(path, 0o444)
        #expect(throws: RunFailure.self) { try AtomicFile.write(Array("new\n".utf8), to: path) }
        do {
            try AtomicFile.write(Array("new\n".utf8), to: path)
        } catch let error as RunFailure {
            #expect(error.message.en.contains("read-only"))
        }
        #expect(try folder.read("a.yaml") == "old\n")
        #expect(mode(path) == 0o444)
    }

    @Test func refusesAReadOnlyFolder() throws {
        let folder = try ScratchFolder()
        try folder.write(["a.yaml": "old\n"])
        chmod(folder.path, 0o555)
        defer { chmod(folder.path, 0o755) }
        #expect(throws: RunFailure.self) { try AtomicFile.write(Array("new\n".utf8), to: folder.url.appendingPathComponent("a.yaml").path) }
        #expect(try folder.read("a.yaml") == "old\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["a.yaml"])
    }

    @Test func writesThroughASymbolicLink() throws {
        let folder = try ScratchFolder()
        try folder.write(["target.yaml": "old\n"])
        try FileManager.default.createSymbolicLink(atPath: folder.url.appendingPathComponent("link.yaml").path, withDestinationPath: "target.yaml")
        try AtomicFile.write(Array("new\n".utf8), to: folder.url.appendingPathComponent("link.yaml").path)
        #expect(try folder.read("target.yaml") == "new\n")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: folder.url.appendingPathComponent("link.yaml").path) == "target.yaml")
    }
}
