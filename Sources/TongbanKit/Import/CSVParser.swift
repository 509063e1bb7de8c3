/// One record of a CSV file: its fields and the line it starts on (1-based).
public struct CSVRecord: Sendable, Hashable {
    public var line: Int
    public var fields: [String]

    public init(line: Int, fields: [String]) {
        self.line = line
        self.fields = fields
    }
}

/// A small RFC 4180 reader: fields separated by commas, records by LF or CRLF, fields in double
/// quotes may hold commas, line breaks and doubled quotes (`""`). A UTF-8 byte-order mark is
/// skipped, blank lines are skipped, and a final line break is optional.
///
/// It is strict about what RFC 4180 forbids, so that a mangled export is caught rather than
/// misread: a quote inside an unquoted field, text after a closing quote, a quote left open,
/// a lone carriage return, bytes that are not UTF-8 and control characters are errors.
public enum CSVParser {
    /// The records of `bytes`, or the first problem (reading stops there: what follows a broken
    /// quote cannot be trusted).
    public static func parse(_ bytes: [UInt8]) -> Result<[CSVRecord], ImportProblem> {
        var reader = Reader(bytes)
        return reader.records()
    }

    private struct Reader {
        let bytes: [UInt8]
        var i: Int
        var line = 1

        init(_ bytes: [UInt8]) {
            self.bytes = bytes
            self.i = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        }

        private static let quote = UInt8(ascii: "\"")
        private static let comma = UInt8(ascii: ",")
        private static let lf = UInt8(ascii: "\n")
        private static let cr = UInt8(ascii: "\r")

        mutating func records() -> Result<[CSVRecord], ImportProblem> {
            var records: [CSVRecord] = []
            while i < bytes.count {
                let start = line
                var raw: [[UInt8]] = []
                var endsRecord = false
                while !endsRecord {
                    switch field() {
                    case .failure(let problem):
                        return .failure(problem)
                    case .success(let read):
                        raw.append(read.value)
                        endsRecord = read.last
                    }
                }
                if raw.count == 1 && raw[0].isEmpty { continue }  // a blank line
                var fields: [String] = []
                for value in raw {
                    switch Self.text(value, line: start) {
                    case .success(let text): fields.append(text)
                    case .failure(let problem): return .failure(problem)
                    }
                }
                records.append(CSVRecord(line: start, fields: fields))
            }
            return .success(records)
        }

        /// Reads one field; `last` is true when it ends its record.
        private mutating func field() -> Result<(value: [UInt8], last: Bool), ImportProblem> {
            var value: [UInt8] = []
            if i < bytes.count && bytes[i] == Self.quote {
                let opened = line
                i += 1
                while true {
                    guard i < bytes.count else {
                        return .failure(ImportProblem(line: opened, CSVMessages.unclosedQuote))
                    }
                    let b = bytes[i]
                    if b == Self.quote {
                        if i + 1 < bytes.count && bytes[i + 1] == Self.quote {
                            value.append(Self.quote)
                            i += 2
                            continue
                        }
                        i += 1
                        break
                    }
                    if b == Self.cr && i + 1 < bytes.count && bytes[i + 1] == Self.lf {
                        i += 1
                        continue  // CRLF inside quotes is read as LF
                    }
                    if b == Self.lf { line += 1 }
                    value.append(b)
                    i += 1
                }
                return endOfField(value, afterQuote: true)
            }
            while i < bytes.count {
                let b = bytes[i]
                if b == Self.comma || b == Self.lf || b == Self.cr { break }
                if b == Self.quote { return .failure(ImportProblem(line: line, CSVMessages.strayQuote)) }
                value.append(b)
                i += 1
            }
            return endOfField(value, afterQuote: false)
        }

        /// Consumes the separator after a field: a comma, a line break, or the end of the input.
        private mutating func endOfField(_ value: [UInt8], afterQuote: Bool) -> Result<(value: [UInt8], last: Bool), ImportProblem> {
            guard i < bytes.count else { return .success((value, true)) }
            switch bytes[i] {
            case Self.comma:
                i += 1
                return .success((value, false))
            case Self.lf:
                i += 1
                line += 1
                return .success((value, true))
            case Self.cr:
                guard i + 1 < bytes.count && bytes[i + 1] == Self.lf else {
                    return .failure(ImportProblem(line: line, CSVMessages.loneCarriageReturn))
                }
                i += 2
                line += 1
                return .success((value, true))
            default:
                return .failure(ImportProblem(line: line, afterQuote ? CSVMessages.textAfterQuote : CSVMessages.strayQuote))
            }
        }

        /// The field as text: valid UTF-8 without control characters other than tab and line feed.
        private static func text(_ value: [UInt8], line: Int) -> Result<String, ImportProblem> {
            guard let text = String(validating: value, as: UTF8.self) else {
                return .failure(ImportProblem(line: line, CSVMessages.notUTF8))
            }
            if let bad = text.unicodeScalars.first(where: { ($0.value < 0x20 && $0 != "\t" && $0 != "\n") || $0.value == 0x7F }) {
                return .failure(ImportProblem(line: line, CSVMessages.controlCharacter(bad.value)))
            }
            return .success(text)
        }
    }
}

enum CSVMessages {
    static let unclosedQuote = Message(
        zh: "引号未闭合：从此行开始的带引号字段一直没有结束引号",
        en: "a quoted field starting on this line is never closed")
    static let strayQuote = Message(
        zh: "未加引号的字段中出现了引号（应给整个字段加引号，字段内的引号写两次）",
        en: "a quote inside an unquoted field (quote the whole field and double the quotes inside it)")
    static let textAfterQuote = Message(
        zh: "结束引号后还有文字（字段内的引号应写两次）",
        en: "text after a closing quote (double the quotes inside a quoted field)")
    static let loneCarriageReturn = Message(
        zh: "单独的回车符（CR）；行尾应为 LF 或 CRLF",
        en: "a carriage return without a line feed; lines must end in LF or CRLF")
    static let notUTF8 = Message(zh: "不是有效的 UTF-8 文本", en: "not valid UTF-8 text")

    static func controlCharacter(_ value: UInt32) -> Message {
        let hex = String(value, radix: 16, uppercase: true)
        let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        return Message(zh: "含控制字符 \(code)", en: "contains the control character \(code)")
    }
}
