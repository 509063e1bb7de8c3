import Testing
@testable import TongbanKit

@Suite struct SnapshotTests {
    static func id(_ n: UInt8) -> ObjectID { ObjectID(rawBytes: [UInt8](repeating: n, count: 20)) }

    static func snapshot(_ folders: [String: [(String, UInt8?)]]) -> Snapshot {
        var snapshot = Snapshot()
        for (folder, files) in folders {
            snapshot.set(folder, files.map { SnapshotEntry(name: $0.0, blob: $0.1.map(id)) })
        }
        return snapshot
    }

    @Test func keepsFoldersSortedAndFindsFiles() {
        let snapshot = Self.snapshot(["matters": [("b.yaml", 2), ("a.yaml", 1), ("名.yaml", 3), ("a.yml", 4)], "": [("registry.yaml", 9)]])
        #expect(snapshot.entries(in: "matters").map(\.name) == ["a.yaml", "a.yml", "b.yaml", "名.yaml"])
        #expect(snapshot.entry(at: "matters/b.yaml")?.blob == Self.id(2))
        #expect(snapshot.entry(at: "matters/名.yaml")?.blob == Self.id(3))
        #expect(snapshot.entry(at: "registry.yaml")?.blob == Self.id(9))
        #expect(snapshot.entry(at: "matters/c.yaml") == nil)
        #expect(snapshot.entry(at: "lists/a.yaml") == nil)
        #expect(snapshot.files.map(\.path) == ["registry.yaml", "matters/a.yaml", "matters/a.yml", "matters/b.yaml", "matters/名.yaml"])
    }

    /// The side-by-side walk pairs every name once, in order, with its entry on each side.
    @Test func mergeWalksBothSidesInOrder() {
        let old = Self.snapshot(["matters": [("a.yaml", 1), ("c.yaml", 3), ("d.yaml", 4), ("f.yaml", nil)]])
        let new = Self.snapshot(["matters": [("b.yaml", 2), ("c.yaml", 3), ("d.yaml", 5), ("f.yaml", 6), ("g.yaml", 7)]])
        func shown(_ entry: SnapshotEntry?) -> String {
            guard let entry else { return "-" }
            return entry.blob.map { String($0.hex.prefix(2)) } ?? "?"  // there, id unknown
        }
        var walked: [String] = []
        Snapshot.merge("matters", old, new) { name, a, b in walked.append("\(name):\(shown(a))/\(shown(b))") }
        #expect(walked == ["a.yaml:01/-", "b.yaml:-/02", "c.yaml:03/03", "d.yaml:04/05", "f.yaml:?/06", "g.yaml:-/07"])
        var missing: [String] = []
        Snapshot.merge("lists", old, new) { name, _, _ in missing.append(name) }
        #expect(missing.isEmpty)
    }

    /// Random listings: the walk visits exactly the union of names, each with the right entries.
    @Test func mergeMatchesASetUnion() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<50 {
            let names = (0..<30).map { "m\($0).yaml" }
            let a = names.filter { _ in Bool.random(using: &generator) }.map { ($0, UInt8.random(in: 0...3, using: &generator)) }
            let b = names.filter { _ in Bool.random(using: &generator) }.map { ($0, UInt8.random(in: 0...3, using: &generator)) }
            let old = Self.snapshot(["matters": a.map { ($0.0, Optional($0.1)) }])
            let new = Self.snapshot(["matters": b.map { ($0.0, Optional($0.1)) }])
            var seen: [String: (UInt8?, UInt8?)] = [:]
            Snapshot.merge("matters", old, new) { name, x, y in
                seen[name] = (x.flatMap { e in a.first { $0.0 == e.name }?.1 }, y.flatMap { e in b.first { $0.0 == e.name }?.1 })
            }
            #expect(Set(seen.keys) == Set(a.map(\.0) + b.map(\.0)))
            for (name, value) in a { #expect(seen[name]?.0 == value) }
            for (name, value) in b { #expect(seen[name]?.1 == value) }
        }
    }
}
