#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import YAMLSource

/// A `# tongban: disable-line RULE[, RULE] -- reason` or `# tongban: disable-file RULE -- reason`
/// comment that silences findings, with the reason it gives.
public struct Suppression: Sendable, Hashable {
    public enum Scope: Sendable, Hashable {
        /// Findings that start on this line.
        case line(Int)
        /// Every finding of the file.
        case file
    }

    public var scope: Scope
    /// The rules it silences, as written (never empty, never a rule that cannot be turned off).
    public var rules: [RuleID]
    /// Why: the text after `--`, never empty.
    public var reason: String
    /// The comment, from `#` to the end of its line.
    public var range: SourceRange

    public init(scope: Scope, rules: [RuleID], reason: String, range: SourceRange) {
        self.scope = scope
        self.rules = rules
        self.reason = reason
        self.range = range
    }

    /// Whether it silences `finding` (of the same file).
    public func covers(_ finding: Diagnostic) -> Bool {
        guard rules.contains(finding.rule) else { return false }
        switch scope {
        case .file: return true
        case .line(let line): return finding.range.start.line == line
        }
    }
}

/// Finds the suppression comments of a file, and the `suppression` findings of those it cannot honour.
public enum SuppressionComments {
    /// What a comment starts with to be a directive.
    static let marker = Array("tongban:".utf8)

    /// Whether `bytes` might hold a directive at all: a `#`, spaces, then `tongban:`. A quick
    /// search (`memchr` for each `#`), so that the many files without one cost no tree.
    public static func mayHoldDirective(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return false }
            let count = buffer.count
            var offset = 0
            while offset < count, let found = memchr(base + offset, Int32(UInt8(ascii: "#")), count - offset) {
                var index = UnsafePointer(found.assumingMemoryBound(to: UInt8.self)) - base + 1
                while index < count && (buffer[index] == UInt8(ascii: " ") || buffer[index] == UInt8(ascii: "\t")) { index += 1 }
                if count - index >= marker.count && buffer[index..<(index + marker.count)].elementsEqual(marker) { return true }
                offset = index
            }
            return false
        }
    }

    /// The suppressions of the file `file` with these bytes, and `suppression` findings for the
    /// comments that cannot be honoured (no reason, an unknown rule, a rule that cannot be turned off).
    public static func scan(_ bytes: [UInt8], file: String) -> (suppressions: [Suppression], findings: [Diagnostic]) {
        guard mayHoldDirective(bytes) else { return ([], []) }
        let document = YAMLReader.read(bytes)
        var suppressions: [Suppression] = []
        var findings: [Diagnostic] = []
        for comment in YAMLComment.all(in: bytes, document: document) {
            switch parse(comment) {
            case nil: continue
            case .success(let suppression)?: suppressions.append(suppression)
            case .failure(let problem)?:
                findings.append(Diagnostic(file: file, range: comment.range, rule: .suppression, message: problem.message))
            }
        }
        return (suppressions, findings)
    }

    struct Problem: Error {
        var message: Message
    }

    /// The directive of one comment: nil when the comment is not one (does not start with `tongban:`).
    static func parse(_ comment: YAMLComment) -> Result<Suppression, Problem>? {
        let text = comment.text.trimmingSpaces
        guard text.hasPrefix("tongban:") else { return nil }
        var body = String(text.dropFirst("tongban:".count))
        var reason = ""
        if let dashes = body.range(of: "--") {
            reason = String(body[dashes.upperBound...]).trimmingSpaces
            body = String(body[..<dashes.lowerBound])
        }
        body = body.trimmingSpaces
        let directive = String(body.prefix { $0 != " " && $0 != "\t" })
        let scope: Suppression.Scope
        switch directive {
        case "disable-line": scope = .line(comment.ownLine ? (comment.nextContentLine ?? comment.range.start.line + 1) : comment.range.start.line)
        case "disable-file": scope = .file
        default: return .failure(Problem(message: .unknownDirective(directive)))
        }
        let names = body.dropFirst(directive.count).split(separator: ",").map { String($0).trimmingSpaces }.filter { !$0.isEmpty }
        guard !names.isEmpty else { return .failure(Problem(message: .suppressionNamesNoRule)) }
        var rules: [RuleID] = []
        for name in names {
            guard let rule = RuleID(rawValue: name) else {
                let suggestion = Suggestion.nearest(to: name, in: RuleID.allCases.map(\.rawValue))
                return .failure(Problem(message: .unknownSuppressedRule(name, suggestion: suggestion)))
            }
            guard rule.canBeTurnedOff, rule != .unusedSuppression else {
                return .failure(Problem(message: .unsuppressibleRule(rule)))
            }
            if !rules.contains(rule) { rules.append(rule) }
        }
        guard !reason.isEmpty else { return .failure(Problem(message: .suppressionWithoutReason)) }
        return .success(Suppression(scope: scope, rules: rules, reason: reason, range: comment.range))
    }
}

extension String {
    /// Without leading and trailing spaces and tabs.
    fileprivate var trimmingSpaces: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { $0 != " " && $0 != "\t" }),
              let last = scalars.lastIndex(where: { $0 != " " && $0 != "\t" }) else { return "" }
        return String(scalars[first...last])
    }
}
