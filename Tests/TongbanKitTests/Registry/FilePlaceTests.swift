import Testing
@testable import TongbanKit

/// `FilePlace.of` reads ASCII paths on their bytes; it must classify exactly as the character
/// version does.
@Suite struct FilePlaceTests {
    @Test(arguments: [
        "registry.yaml", "registry.yml", "lists/kuasheng.yaml", "matters/shebaoka.yaml", "matters/x.yml", "catalog/divisions.yaml",
        "catalog/licenses.yaml", "catalog/materials.yaml", "catalog/other.yaml", "regions/370405/shebaoka.yaml", "regions/370405/a/b.yaml",
        "README.md", ".hidden.yaml", "lists/.x.yaml", ".git/config.yaml", "lists//a.yaml", "/lists/a.yaml", "lists/a.yaml/", "", "/",
        "lists/a.YAML", "lists/.yaml", "lists/yaml", "other/a.yaml", "a.yaml", "regions/a.yaml", "lists/社保.yaml",
        "lists/.\u{301}x.yaml", "lists/a.yaml\u{301}", "lists/a\r\n.yaml", "regions\r/1/a.yaml",
    ])
    func bytesMatchCharacters(path: String) {
        #expect(FilePlace.of(path) == FilePlace.ofCharacters(path))
    }

    @Test func bytesMatchCharactersOnGeneratedPaths() {
        let parts = ["/", "//", "lists", "matters", "catalog", "regions", "registry", "divisions", "370405", ".", ".yaml", ".yml", "a", "-", "社", "\u{301}", "\r\n"]
        var random = SeededRandom(seed: 31)
        for _ in 0..<10_000 {
            let path = (0..<random.next(upTo: 8)).map { _ in random.pick(parts) }.joined()
            #expect(FilePlace.of(path) == FilePlace.ofCharacters(path), "\(path)")
        }
    }
}
