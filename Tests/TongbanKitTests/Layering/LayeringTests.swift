import Foundation
import Testing

/// The folders of TongbanKit stand on floors: a folder uses only folders on floors below its own.
/// The graph is read from the code: which folder declares each top-level name, then which names
/// each folder's files use.
@Suite struct LayeringTests {
    /// The floors, from the ground up (YAMLSource, a module of its own, is below them all).
    /// Folders on one floor do not use each other. CONTRIBUTING.md shows the same list.
    static let floors: [[String]] = [
        ["Diagnostics"],
        ["Support"],
        ["Normalize"],
        ["Schema"],
        ["Decoding"],
        ["Model"],
        ["Registry"],
        ["Lint", "Git", "Format", "Render", "Export", "Supervision"],
        ["Diff", "Import", "Editor"],
        ["History"],
        ["Reporters"],
    ]

    static let library = Resources.packageRoot.appendingPathComponent("Sources/TongbanKit")

    @Test func everyFolderUsesOnlyFloorsBelowIt() throws {
        let graph = FolderGraph(files: try Self.sources())
        let unplaced = graph.folders.filter { Self.floor(of: $0) == nil }
        #expect(unplaced.isEmpty, "folders on no floor (add them to LayeringTests.floors and CONTRIBUTING.md): \(unplaced)")
        let upward = graph.edges.filter { edge in
            guard let from = Self.floor(of: edge.from), let to = Self.floor(of: edge.to) else { return false }
            return to >= from
        }
        #expect(upward.isEmpty, "folders using a folder on their own floor or above:\n\(upward.map(\.description).joined(separator: "\n"))")
    }

    @Test func theFolderGraphHasNoCycle() throws {
        let graph = FolderGraph(files: try Self.sources())
        #expect(!graph.edges.isEmpty, "the graph should have edges: the scanner found no references")
        #expect(graph.cycle() == nil, "a cycle of folders: \(graph.cycle() ?? [])")
    }

    @Test func contributingShowsTheFloors() throws {
        let text = try String(contentsOf: Resources.packageRoot.appendingPathComponent("CONTRIBUTING.md"), encoding: .utf8)
        var rest = Substring(text)
        for line in Self.floorLines {
            let found = try #require(rest.range(of: line), "CONTRIBUTING.md lacks, or misorders, the floor line “\(line)”")
            rest = rest[found.upperBound...]
        }
    }

    // MARK: - The checker itself can fail

    @Test func anUpwardReferenceIsFound() {
        let graph = FolderGraph(files: [
            "Model/Matter.swift": "public struct Matter { var d: Duration }\n",
            "Normalize/Duration.swift": "/// Not a Matter.\nstruct Duration { let s = \"Matter\"; func f() -> Matter? { nil } }\n",
        ])
        #expect(graph.edges.map(\.description) == ["Model -> Normalize: Duration (Model/Matter.swift)", "Normalize -> Model: Matter (Normalize/Duration.swift)"])
        #expect(graph.cycle() == ["Model", "Normalize", "Model"])
    }

    @Test func commentsAndStringsAreNotReferencesButInterpolationsAre() {
        let text = """
            // Matter in a comment
            /* Matter /* nested */ Matter */
            let a = "Matter \\(Duration.max) \\("x")"
            let b = #"Matter \\#(Catalog.x)"#
            let c = \"\"\"
                Matter \\(Registry.self)
                \"\"\"
            """
        let names = Set(SwiftScanner(text).tokens.compactMap(\.name))
        #expect(names.isSuperset(of: ["Duration", "Catalog", "Registry"]))
        #expect(!names.contains("Matter"))
    }

    @Test func onlyTopLevelNonPrivateNamesAreDeclared() {
        let text = "import struct M.N\npublic struct A { struct B {} }\nprivate func c() {}\nextension D { func e() {} }\n@inline(__always) func f() {}\nlet g = 1\nenum H: String { case i }\n"
        #expect(SwiftScanner(text).declaredNames == ["A", "f", "g", "H"])
    }

    // MARK: - Helpers

    static var floorLines: [String] {
        floors.enumerated().map { index, floor in "\(index + 1). " + floor.joined(separator: " · ") }
    }

    static func floor(of folder: String) -> Int? {
        floors.firstIndex { $0.contains(folder) }
    }

    /// Every Swift file of the library, by its path inside Sources/TongbanKit.
    static func sources() throws -> [String: String] {
        let root = library.standardizedFileURL.path
        guard let walker = FileManager.default.enumerator(atPath: root) else { return [:] }
        var files: [String: String] = [:]
        for case let path as String in walker where path.hasSuffix(".swift") {
            files[path] = try String(contentsOfFile: root + "/" + path, encoding: .utf8)
        }
        #expect(files.count > 100, "expected the library's sources under \(root)")
        return files
    }
}

/// Folder → folder edges: folder A uses folder B when a file in A names a top-level declaration of B.
struct FolderGraph {
    struct Edge: CustomStringConvertible {
        var from: String
        var to: String
        /// The names that make the edge, each with one file that uses it.
        var names: [(name: String, file: String)]

        var description: String {
            "\(from) -> \(to): " + names.map { "\($0.name) (\($0.file))" }.joined(separator: ", ")
        }
    }

    let folders: [String]
    let edges: [Edge]

    /// - Parameter files: source text by path; a path's first component is its folder (a file at
    ///   the root is in the folder "").
    init(files: [String: String]) {
        let scanned = files.mapValues(SwiftScanner.init)
        var owners: [String: Set<String>] = [:]
        for (path, scanner) in scanned {
            for name in scanner.declaredNames { owners[name, default: []].insert(Self.folder(of: path)) }
        }
        var uses: [String: [String: [String: String]]] = [:]  // from → to → name → file
        for (path, scanner) in scanned.sorted(by: { $0.key < $1.key }) {
            let from = Self.folder(of: path)
            for name in Set(scanner.tokens.compactMap(\.name)) {
                guard let declaring = owners[name], !declaring.contains(from) else { continue }
                for to in declaring where uses[from, default: [:]][to, default: [:]][name] == nil {
                    uses[from, default: [:]][to, default: [:]][name] = path
                }
            }
        }
        folders = Set(files.keys.map(Self.folder(of:))).sorted()
        edges = uses.keys.sorted().flatMap { from in
            (uses[from] ?? [:]).keys.sorted().map { to in
                let names = (uses[from]?[to] ?? [:]).sorted { $0.key < $1.key }.map { (name: $0.key, file: $0.value) }
                return Edge(from: from, to: to, names: names)
            }
        }
    }

    static func folder(of path: String) -> String {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        return parts.count > 1 ? String(parts[0]) : ""
    }

    /// A cycle of folders (first folder repeated at the end), or nil.
    func cycle() -> [String]? {
        var next: [String: [String]] = [:]
        for edge in edges { next[edge.from, default: []].append(edge.to) }
        var state: [String: Bool] = [:]  // false: on the path, true: done
        var path: [String] = []
        func visit(_ folder: String) -> [String]? {
            if state[folder] == true { return nil }
            if state[folder] == false, let start = path.firstIndex(of: folder) { return Array(path[start...]) + [folder] }
            state[folder] = false
            path.append(folder)
            for to in next[folder] ?? [] {
                if let found = visit(to) { return found }
            }
            path.removeLast()
            state[folder] = true
            return nil
        }
        for folder in next.keys.sorted() {
            if let found = visit(folder) { return found }
        }
        return nil
    }
}

/// A small Swift lexer: identifiers and braces, with comments and string literals skipped
/// (but the code inside `\(…)` interpolations kept).
struct SwiftScanner {
    enum Token: Equatable {
        case identifier(String)
        case open
        case close
        case other

        /// The identifier's text, or nil for any other token.
        var name: String? {
            if case .identifier(let text) = self { return text }
            return nil
        }
    }

    private(set) var tokens: [Token] = []

    init(_ text: String) {
        var scanner = Cursor(Array(text.unicodeScalars))
        tokens = scanner.code(until: nil)
    }

    /// Names declared at the top level and not private to their file.
    var declaredNames: [String] {
        let keywords: Set<String> = ["struct", "enum", "class", "protocol", "actor", "typealias", "func", "let", "var"]
        let modifiers: Set<String> = ["public", "internal", "package", "open", "final", "indirect", "nonisolated", "private", "fileprivate"]
        var names: [String] = []
        var depth = 0
        for (index, token) in tokens.enumerated() {
            switch token {
            case .open: depth += 1
            case .close: depth -= 1
            case .identifier(let word):
                // `import struct Module.Name` declares nothing.
                guard depth == 0, keywords.contains(word), index == 0 || tokens[index - 1].name != "import" else { continue }
                guard index + 1 < tokens.count, let name = tokens[index + 1].name else { continue }
                var back = index - 1
                var isPrivate = false
                while back >= 0, let modifier = tokens[back].name, modifiers.contains(modifier) {
                    if modifier == "private" || modifier == "fileprivate" { isPrivate = true }
                    back -= 1
                }
                if !isPrivate { names.append(name) }
            default: break
            }
        }
        return names
    }

    private struct Cursor {
        let scalars: [Unicode.Scalar]
        var at = 0

        init(_ scalars: [Unicode.Scalar]) { self.scalars = scalars }

        func peek(_ offset: Int = 0) -> Unicode.Scalar? {
            at + offset < scalars.count ? scalars[at + offset] : nil
        }

        func starts(with text: String) -> Bool {
            for (offset, scalar) in text.unicodeScalars.enumerated() where peek(offset) != scalar { return false }
            return true
        }

        /// Code up to the `)` that closes an interpolation (`until` ")"), or to the end.
        mutating func code(until closer: Unicode.Scalar?) -> [Token] {
            var tokens: [Token] = []
            var parens = 0
            while let c = peek() {
                if starts(with: "//") {
                    while let d = peek(), d != "\n" { at += 1 }
                } else if starts(with: "/*") {
                    skipBlockComment()
                } else if c == "#" || c == "\"" {
                    var hashes = 0
                    while peek(hashes) == "#" { hashes += 1 }
                    if peek(hashes) == "\"" {
                        at += hashes
                        tokens += string(hashes: hashes)
                    } else {
                        at += 1
                        tokens.append(.other)
                    }
                } else if c == "_" || c.properties.isAlphabetic {
                    var name = ""
                    while let d = peek(), d == "_" || d.properties.isAlphabetic || d.properties.numericType != nil {
                        name.unicodeScalars.append(d)
                        at += 1
                    }
                    tokens.append(.identifier(name))
                } else if c == "`" {
                    at += 1
                    var name = ""
                    while let d = peek(), d != "`", d != "\n" {
                        name.unicodeScalars.append(d)
                        at += 1
                    }
                    at += 1
                    tokens.append(.identifier(name))
                } else {
                    at += 1
                    switch c {
                    case "{": tokens.append(.open)
                    case "}": tokens.append(.close)
                    case "(":
                        parens += 1
                        tokens.append(.other)
                    case ")":
                        if closer == ")" && parens == 0 { return tokens }
                        parens -= 1
                        tokens.append(.other)
                    case " ", "\t", "\n", "\r": break
                    default: tokens.append(.other)
                    }
                }
            }
            return tokens
        }

        mutating func skipBlockComment() {
            var depth = 0
            while peek() != nil {
                if starts(with: "/*") {
                    depth += 1
                    at += 2
                } else if starts(with: "*/") {
                    depth -= 1
                    at += 2
                    if depth == 0 { return }
                } else {
                    at += 1
                }
            }
        }

        /// A string literal from its opening quote (after any `#`s); returns the interpolations' tokens.
        mutating func string(hashes: Int) -> [Token] {
            let multiline = starts(with: "\"\"\"")
            let quote = multiline ? "\"\"\"" : "\""
            at += quote.unicodeScalars.count
            let terminator = quote + String(repeating: "#", count: hashes)
            let escape = "\\" + String(repeating: "#", count: hashes)
            var tokens: [Token] = [.other]
            while let c = peek() {
                if starts(with: terminator) {
                    at += terminator.unicodeScalars.count
                    return tokens
                }
                if !multiline && c == "\n" { return tokens }
                if starts(with: escape) {
                    at += escape.unicodeScalars.count
                    if peek() == "(" {
                        at += 1
                        tokens += code(until: ")")
                    } else {
                        at += 1
                    }
                    continue
                }
                at += 1
            }
            return tokens
        }
    }
}
