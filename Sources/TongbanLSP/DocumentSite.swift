import TongbanKit
import YAMLSource

/// What sits at a position of a document, read against the schema of its kind: a key, a value
/// of a declared field, or a place where a new key may go.
struct DocumentSite {
    enum Place {
        /// On a key of a mapping of `schema` (`field` is nil for a key the schema does not have).
        case key(schema: ObjectSchema, field: FieldSchema?, node: Node)
        /// On the value of a field (or an item of its list): `type` is the value's own type;
        /// `node` is nil where nothing is written yet.
        case value(field: FieldSchema, type: ValueType, node: Node?)
        /// Where a new key of `schema` may be written; `existing` are the mapping's keys.
        case newKey(schema: ObjectSchema, existing: [String])
    }

    var place: Place
    /// The keys from the root down to the place (list indices left out): `["entries", "matter"]`.
    var path: [String]

    /// The site at `mark` in `root`, a document of `kind`; `line` is the text of the mark's line,
    /// used where the tree has nothing at the mark (a blank line, a key being typed).
    static func find(root: Node?, kind: FileKind, mark: Mark, line: String) -> DocumentSite? {
        var mappings: [(column: Int, line: Int, schema: ObjectSchema, path: [String], keys: [String])] = []
        if let root {
            if let site = walk(root, kind.rootType, [], mark, &mappings) { return site }
        }
        return fromIndentation(line: line, mark: mark, kind: kind, mappings: mappings)
    }

    private static func contains(_ range: SourceRange, _ mark: Mark) -> Bool {
        !(mark < range.start) && !(range.end < mark)
    }

    /// Descends from `node` (of `type`) to the mark, recording every mapping passed on the way.
    private static func walk(_ node: Node, _ type: ValueType, _ path: [String], _ mark: Mark,
                             _ mappings: inout [(column: Int, line: Int, schema: ObjectSchema, path: [String], keys: [String])]) -> DocumentSite? {
        switch type {
        case .object(let schema):
            guard let pairs = node.mapping else {
                if node.scalar?.isNull ?? false, contains(node.range, mark) {
                    return DocumentSite(place: .newKey(schema: schema, existing: []), path: path)
                }
                return nil
            }
            if let first = pairs.first {
                mappings.append((first.key.range.start.column, first.key.range.start.line, schema, path, pairs.compactMap(\.key.text)))
            }
            for pair in pairs {
                let key = pair.key.text ?? ""
                if contains(pair.key.range, mark) {
                    return DocumentSite(place: .key(schema: schema, field: schema.field(key), node: pair.key), path: path + [key])
                }
                guard let field = schema.field(key) else { continue }
                let onKeyLine = mark.line == pair.key.range.end.line && !(mark < pair.key.range.end)
                let valueIsEmpty = pair.value.scalar?.isNull ?? false
                if contains(pair.value.range, mark) || (onKeyLine && (valueIsEmpty || pair.value.range.start.line == mark.line)) {
                    if let site = walk(pair.value, field.type, path + [key], mark, &mappings) { return site }
                    if case .object = field.type {} else if case .list = field.type {} else {
                        return DocumentSite(place: .value(field: field, type: field.type, node: valueIsEmpty ? nil : pair.value), path: path + [key])
                    }
                    if onKeyLine {
                        return DocumentSite(place: .value(field: field, type: field.type, node: nil), path: path + [key])
                    }
                }
            }
            return nil
        case .list(let element):
            guard let items = node.sequence else { return nil }
            for item in items where contains(item.range, mark) {
                if let site = walk(item, element, path, mark, &mappings) { return site }
            }
            return nil
        case .scalarOrList(let format, let listType):
            if node.sequence != nil { return walk(node, listType, path, mark, &mappings) }
            return scalarSite(node, .scalar(format), path, mark)
        case .scalarOrObject(let format, let schema):
            if node.mapping != nil { return walk(node, .object(schema), path, mark, &mappings) }
            return scalarSite(node, .scalar(format), path, mark)
        case .scalar, .integer, .duration:
            return scalarSite(node, type, path, mark)
        }
    }

    private static func scalarSite(_ node: Node, _ type: ValueType, _ path: [String], _ mark: Mark) -> DocumentSite? {
        guard node.scalar != nil, contains(node.range, mark), let key = path.last else { return nil }
        let field = FieldSchema(key, type, zh: "", en: "")
        return DocumentSite(place: .value(field: field, type: type, node: (node.scalar?.isNull ?? false) ? nil : node), path: path)
    }

    /// A key being typed on a line of its own (`  lic`, `- ma`) or a value after `key:`, placed
    /// by its indentation under the mapping whose keys start in the same column.
    private static func fromIndentation(line: String, mark: Mark, kind: FileKind,
                                        mappings: [(column: Int, line: Int, schema: ObjectSchema, path: [String], keys: [String])]) -> DocumentSite? {
        let before = String(String.UnicodeScalarView(line.unicodeScalars.prefix(max(mark.column - 1, 0))))
        var scalars = Substring(before)
        var column = 1
        while scalars.first == " " { scalars.removeFirst(); column += 1 }
        if scalars.hasPrefix("- ") {
            scalars.removeFirst(2)
            column += 2
            while scalars.first == " " { scalars.removeFirst(); column += 1 }
        }
        let key = scalars.prefix { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }
        let rest = scalars.dropFirst(key.count)
        let rootSchema: ObjectSchema? = if case .object(let s) = kind.rootType { s } else { nil }
        let candidate = mappings.filter { $0.column == column && $0.line <= mark.line }.max { $0.line < $1.line }
        let schema = candidate?.schema ?? (column == 1 ? rootSchema : nil)
        guard let schema else { return nil }
        let path = candidate?.path ?? []
        if rest.isEmpty {
            return DocumentSite(place: .newKey(schema: schema, existing: candidate?.keys ?? []), path: path)
        }
        if rest.first == ":", let field = schema.field(String(key)) {
            return DocumentSite(place: .value(field: field, type: field.type, node: nil), path: path + [String(key)])
        }
        return nil
    }
}

extension ValueType {
    /// The type of one value written here: a list's element, or itself.
    var scalarFormat: ScalarFormat? {
        switch self {
        case .scalar(let f): f
        case .scalarOrList(let f, _): f
        case .scalarOrObject(let f, _): f
        case .list(let element): element.scalarFormat
        case .integer, .object, .duration: nil
        }
    }

    /// How the type reads in a hover.
    func describe(_ language: Language) -> String {
        let zh = language == .zh
        switch self {
        case .scalar(let f): return f.terms.isEmpty ? (zh ? "文本（\(f.name)）" : "text (\(f.name))") : (zh ? "取值之一：" : "one of: ") + f.terms.joined(separator: "、")
        case .integer(let min, let max):
            let bound = max.map { "\(min)–\($0)" } ?? "≥ \(min)"
            return zh ? "整数（\(bound)）" : "integer (\(bound))"
        case .list(let element): return (zh ? "列表，每项：" : "list of: ") + element.describe(language)
        case .object(let schema): return zh ? "映射（\(schema.name)）" : "mapping (\(schema.name))"
        case .scalarOrList(let f, let list): return ValueType.scalar(f).describe(language) + (zh ? "；或" : "; or ") + list.describe(language)
        case .scalarOrObject(let f, let schema): return ValueType.scalar(f).describe(language) + (zh ? "；或" : "; or ") + ValueType.object(schema).describe(language)
        case .duration: return zh ? "时限（如 5个工作日、即办）" : "duration (5个工作日, 即办)"
        }
    }
}
