import Foundation
import YAMLSource

/// The findings a registry had when it adopted tongban, so that CI fails only on new ones.
///
/// An entry names the file, the rule, the key path of the node the finding is at (`KeyPath`) and
/// the English message with line numbers taken out: it still matches after lines move. The file
/// is JSON, entries sorted, one run after another giving the same bytes.
public struct Baseline: Sendable, Hashable {
    public struct Entry: Sendable, Hashable, Comparable {
        /// The path inside the registry.
        public var file: String
        public var rule: String
        public var anchor: String
        public var message: String

        public init(file: String, rule: String, anchor: String, message: String) {
            self.file = file
            self.rule = rule
            self.anchor = anchor
            self.message = message
        }

        public static func < (a: Entry, b: Entry) -> Bool {
            (a.file, a.rule, a.anchor, a.message) < (b.file, b.rule, b.anchor, b.message)
        }
    }

    /// Sorted.
    public private(set) var entries: [Entry]

    public init(entries: [Entry]) {
        self.entries = entries.sorted()
    }

    /// The version of the file's shape.
    static let format = 1

    // MARK: - Entries of findings

    /// The entry of each finding (in order), each file read once through `source` (the
    /// registry's one reader) to find the key paths. A file that cannot be read gives empty paths.
    public static func entries(for findings: [Diagnostic], source: any RegistrySource) -> [Entry] {
        var roots: [String: Node?] = [:]
        return findings.map { finding in
            if roots[finding.file] == nil {
                let bytes = try? source.read(finding.file, limit: YAMLReader.maxFileSize)
                roots[finding.file] = bytes.flatMap { YAMLReader.read($0).root }
            }
            let root = roots[finding.file] ?? nil
            return Entry(file: finding.file, rule: finding.rule.rawValue, anchor: KeyPath.at(finding.range, in: root), message: stableMessage(finding.message))
        }
    }

    /// The English text, escaped, with `line N` written `line …`: where a repetition's first
    /// occurrence is moves with it.
    static func stableMessage(_ message: Message) -> String {
        let characters = Array(message.text(.en))
        let word = Array("line ")
        var out = ""
        var index = 0
        while index < characters.count {
            if characters[index...].starts(with: word) {
                out += "line "
                index += word.count
                if index < characters.count, characters[index].isASCII, characters[index].isNumber {
                    while index < characters.count, characters[index].isASCII, characters[index].isNumber { index += 1 }
                    out += "…"
                }
            } else {
                out.append(characters[index])
                index += 1
            }
        }
        return out
    }

    // MARK: - Matching

    /// Splits findings into those the baseline holds and the rest, and counts the entries for
    /// files in `selected` that matched nothing (fixed since).
    /// - Parameters:
    ///   - entries: each finding's entry, as `entries(for:source:)` gives them.
    public func match(_ findings: [Diagnostic], entries: [Entry], selected: (String) -> Bool) -> (new: [Diagnostic], known: [Diagnostic], fixed: Int) {
        var remaining: [Entry: Int] = [:]
        for entry in self.entries where selected(entry.file) { remaining[entry, default: 0] += 1 }
        var new: [Diagnostic] = [], known: [Diagnostic] = []
        for (finding, entry) in zip(findings, entries) {
            if finding.rule.canBeTurnedOff, let left = remaining[entry], left > 0 {
                remaining[entry] = left - 1
                known.append(finding)
            } else {
                new.append(finding)
            }
        }
        return (new, known, remaining.values.reduce(0, +))
    }

    // MARK: - The file

    /// The file's text: stable, sorted, one field a line.
    public func rendered() -> String {
        JSON.object([
            ("tool", .string("tongban")),
            ("baseline", .int(Self.format)),
            ("findings", .array(entries.map { e in
                .object([("file", .string(e.file)), ("rule", .string(e.rule)), ("anchor", .string(e.anchor)), ("message", .string(e.message))])
            })),
        ]).rendered()
    }

    /// Reads a baseline file's bytes.
    /// - Throws: `RunFailure` saying what is wrong (not JSON, the wrong shape, an unknown rule,
    ///   a rule that cannot be baselined).
    public static func parse(_ bytes: [UInt8]) throws -> Baseline {
        func failure(_ zh: String, _ en: String) -> RunFailure {
            RunFailure(Message(zh: "基线文件无效：\(zh)", en: "not a valid baseline: \(en)"))
        }
        guard let object = try? JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any],
              object["tool"] as? String == "tongban", let findings = object["findings"] as? [Any] else {
            throw failure("应为 tongban --write-baseline 写出的 JSON", "expected the JSON that tongban --write-baseline writes")
        }
        guard (object["baseline"] as? Int) == format else {
            throw failure("版本应为 \(format)", "the version must be \(format)")
        }
        var entries: [Entry] = []
        for (index, item) in findings.enumerated() {
            guard let fields = item as? [String: Any], let file = fields["file"] as? String, let rule = fields["rule"] as? String,
                  let anchor = fields["anchor"] as? String, let message = fields["message"] as? String else {
                throw failure("第 \(index + 1) 条应有 file、rule、anchor、message", "entry \(index + 1) needs file, rule, anchor and message")
            }
            guard let id = RuleID(rawValue: rule) else {
                throw failure("第 \(index + 1) 条的规则“\(rule)”不存在", "entry \(index + 1) names no rule: “\(rule)”")
            }
            guard id.canBeTurnedOff else {
                throw failure("第 \(index + 1) 条：规则“\(rule)”的问题不能列入基线", "entry \(index + 1): findings of “\(rule)” cannot be baselined")
            }
            entries.append(Entry(file: file, rule: rule, anchor: anchor, message: message))
        }
        return Baseline(entries: entries)
    }
}
