import YAMLSource

/// The source lines a text report quotes under its findings, read through the registry's own
/// reader (`RegistrySource.read`), so an excerpt obeys the same file policy as decoding: no
/// link out of the registry is followed, nothing but a regular file is opened, and no more than
/// the decoder's size limit is read. A file the loader refused yields no excerpt.
public struct SourceExcerpts: Sendable {
    /// Lines by file (as displayed) and 1-based line number.
    private var lines: [String: [Int: String]]

    /// The longest excerpt shown, in Unicode scalars, unless the finding starts further right.
    static let width = 400

    public init(lines: [String: [Int: String]] = [:]) {
        self.lines = lines
    }

    /// Reads the lines that `report`'s findings start on.
    /// - Parameters:
    ///   - location: where the registry is and how its paths are displayed.
    ///   - source: the reader; a `DirectorySource` of `location.root` unless given.
    public static func read(for report: LintReport, in location: RegistryLocation, source: (any RegistrySource)? = nil) -> SourceExcerpts {
        let reader = source ?? DirectorySource(root: location.root)
        let prefix = location.displayRoot == "." ? "" : location.displayRoot + "/"
        var wanted: [String: Set<Int>] = [:]
        for d in report.diagnostics where d.file.hasPrefix(prefix) {
            wanted[d.file, default: []].insert(d.range.start.line)
        }
        var found: [String: [Int: String]] = [:]
        for (shown, numbers) in wanted {
            let path = String(shown.dropFirst(prefix.count))
            guard let bytes = try? reader.read(path, limit: YAMLReader.maxFileSize) else { continue }
            found[shown] = pick(numbers, from: Array(bytes.prefix(YAMLReader.maxFileSize)))
        }
        return SourceExcerpts(lines: found)
    }

    /// The text of line `number` of `file`, or nil when it was not read.
    public func line(_ file: String, _ number: Int) -> String? {
        lines[file]?[number]
    }

    /// The lines numbered `numbers` of `bytes`, split where libyaml counts a line break
    /// (LF, CR LF, CR, NEL, LS, PS), so numbers match the findings' lines.
    static func pick(_ numbers: Set<Int>, from bytes: [UInt8]) -> [Int: String] {
        let text = String(decoding: bytes, as: UTF8.self)
        var result: [Int: String] = [:]
        guard let last = numbers.max() else { return result }
        var number = 1
        var current = String.UnicodeScalarView()
        var previousWasCR = false
        func finish() {
            if numbers.contains(number) { result[number] = String(current) }
            number += 1
            current = String.UnicodeScalarView()
        }
        // libyaml skips a byte-order mark before counting columns; so does the excerpt.
        let scalars = text.unicodeScalars
        let body = scalars.first == "\u{FEFF}" ? scalars.dropFirst() : scalars[...]
        for scalar in body {
            if number > last { break }
            if previousWasCR {
                previousWasCR = false
                if scalar == "\n" { continue }
            }
            switch scalar {
            case "\n", "\u{85}", "\u{2028}", "\u{2029}":
                finish()
            case "\r":
                finish()
                previousWasCR = true
            default:
                if numbers.contains(number), current.count < width * 4 { current.append(scalar) }
            }
        }
        if number <= last { finish() }
        return result
    }
}
