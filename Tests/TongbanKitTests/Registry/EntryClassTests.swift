import Testing
@testable import TongbanKit

/// The loader classifies entries on all cores and moves the files out in order: the result must
/// be the one a plain pass over the entries gives.
@Suite struct EntryClassTests {
    private static let paths = [
        "registry.yaml", "registry.yml", "lists/kuasheng.yaml", "matters/shebaoka.yaml", "matters/x.yml", "catalog/divisions.yaml",
        "catalog/materials.yaml", "catalog/other.yaml", "regions/370405/shebaoka.yaml", "regions/370405/a/b.yaml", "README.md",
        ".hidden.yaml", "other/a.yaml", "matters/社保.yaml",
    ]

    private static func generatedEntries(_ count: Int) -> [SourceEntry] {
        let kinds: [SourceEntry.Kind] = [.file, .file, .file, .file, .directory, .linkOutside, .linkedDirectory, .special]
        var random = SeededRandom(seed: 7)
        return (0..<count).map { _ in SourceEntry(path: random.pick(paths), kind: random.pick(kinds)) }
    }

    @Test(arguments: [0, 1, 2, 100, 5_000])
    func takenFilesAreThePlainPassesFiles(count: Int) {
        let entries = Self.generatedEntries(count)
        var classes = entries.map(EntryClass.of)
        let expected = classes.compactMap { entry -> RegistryFile? in
            if case .file(let file) = entry { file } else { nil }
        }
        let findings = classes.compactMap { entry -> Diagnostic? in
            if case .finding(let diagnostic) = entry { diagnostic } else { nil }
        }
        #expect(EntryClass.findings(classes) == findings)
        #expect(EntryClass.takeFiles(&classes) == expected)
        #expect(!classes.contains { $0.isFile })
        #expect(EntryClass.findings(classes) == findings)
    }

    @Test func parallelClassesAreThePlainOnes() {
        let entries = Self.generatedEntries(3_000)
        let plain = entries.map(EntryClass.of)
        let parallel = entries.parallelMap(EntryClass.of)
        var plainFiles = plain
        var parallelFiles = parallel
        #expect(EntryClass.takeFiles(&parallelFiles) == EntryClass.takeFiles(&plainFiles))
        #expect(EntryClass.findings(parallel) == EntryClass.findings(plain))
    }

    /// The manifest and the material catalog are decoded before the rest; every decoded file
    /// still sits at its file's place, in path order.
    @Test func decodedFilesFollowTheFilesInPathOrder() throws {
        let source = InMemorySource(texts: [
            "registry.yaml": "schema: 1\nname: 示例\njurisdiction: \"370400\"\n",
            "catalog/materials.yaml": "- name: 居民身份证\n  synonyms: [身份证]\n",
            "catalog/licenses.yaml": "- id: resident-id-card\n  name: 居民身份证\n",
            "lists/kuasheng.yaml": "name: 跨省通办\n",
            "matters/a.yaml": "name: 示例\nstatus: 草稿\nsources: [x]\n",
            "matters/b.yaml": "name: 示例\nstatus: 草稿\nsources: [x]\n",
            "regions/370405/a.yaml": "agency: 示例机关\nsources: [示例]\n",
            "stray.yaml": "a: 1\n",
        ])
        let loaded = try RegistryLoader.loadFiles(from: source)
        let paths = loaded.registry.files.map(\.path)
        #expect(paths == paths.sorted())
        #expect(loaded.files.map(\.file) == loaded.registry.files)
        #expect(loaded.registry.catalog.materials.count == 1)
        #expect(loaded.registry.manifest != nil)
        #expect(loaded.registry.diagnostics.contains { $0.file == "stray.yaml" && $0.rule == .strayFile })
    }
}
