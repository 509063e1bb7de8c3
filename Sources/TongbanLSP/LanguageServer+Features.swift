import Foundation
import TongbanKit
import YAMLSource

/// What a value written at a place refers to.
enum Reference {
    case matter
    case batch
    case license
    case division
    case situation

    /// The reference a value at `path` of a file of `kind` is, if any.
    static func at(_ path: [String], kind: FileKind, type: ValueType) -> Reference? {
        switch (kind, path) {
        case (.list, ["entries", "matter"]): return .matter
        case (.list, ["entries", "batch"]): return .batch
        case (.matter, ["materials", "license"]): return .license
        case (.matter, ["materials", "situations"]): return .situation
        default: return type.scalarFormat === ScalarFormat.divisionCode ? .division : nil
        }
    }
}

extension LanguageServer {
    /// The file, tree and site at a request's position.
    private func site(_ params: [String: Any]) throws -> (Document, RegistryFile, LSPPosition, DocumentSite?) {
        let (document, requested) = try documentPosition(params)
        // A position past a line's or the document's end means its end.
        let position = document.index.position(ofByte: document.index.byteOffset(requested))
        guard let path = document.path, let file = EditorSupport.registryFile(at: path) else {
            throw Failure.invalidParams("the document is not a registry file")
        }
        let mark = document.index.mark(position)
        let site = DocumentSite.find(root: document.lastRoot, kind: file.kind, mark: mark, line: document.index.lineText(position.line))
        return (document, file, position, site)
    }

    // MARK: - Completion

    func completion(_ params: [String: Any]) throws -> Any {
        guard let (document, file, position, site) = try? site(params), let site else {
            _ = try documentPosition(params)
            return ["isIncomplete": false, "items": [Any]()]
        }
        var items: [[String: Any]] = []
        switch site.place {
        case .key(let schema, _, let node):
            let existing = Set(keys(around: node, in: document.lastRoot))
            items = keyItems(schema, existing: existing.subtracting([node.text ?? ""]), replacing: range(node.range, document.index))
        case .newKey(let schema, let existing):
            let start = wordStart(document.index, position)
            let edit = ["start": start.json, "end": position.json]
            items = keyItems(schema, existing: Set(existing), replacing: edit)
        case .value(_, let type, let node):
            let edit: [String: Any] = node.flatMap { $0.range.start.line == $0.range.end.line ? range($0.range, document.index) : nil }
                ?? ["start": position.json, "end": position.json]
            if let format = type.scalarFormat, !format.terms.isEmpty {
                items = format.terms.map { term in
                    ["label": term, "kind": 20, "detail": format.summary.text(language), "textEdit": ["range": edit, "newText": term]]
                }
            } else if let reference = Reference.at(site.path, kind: file.kind, type: type) {
                items = candidates(reference, file).map { id, name in
                    var item: [String: Any] = ["label": VisibleText.escape(id), "kind": 18, "textEdit": ["range": edit, "newText": Self.yamlText(id)]]
                    if let name { item["detail"] = VisibleText.escape(name) }
                    return item
                }
            }
        }
        return ["isIncomplete": false, "items": items]
    }

    private func keyItems(_ schema: ObjectSchema, existing: Set<String>, replacing range: [String: Any]) -> [[String: Any]] {
        schema.fields.enumerated().filter { !existing.contains($0.element.key) }.map { index, field in
            [
                "label": field.key, "kind": 10, "detail": field.summary.zh,
                "documentation": field.summary.en + " — " + field.type.describe(.en),
                "sortText": String(format: "%03d", index),
                "textEdit": ["range": range, "newText": field.key + ": "],
            ]
        }
    }

    /// The keys of the mapping that holds `key`.
    private func keys(around key: Node, in root: Node?) -> [String] {
        func search(_ node: Node) -> [String]? {
            switch node.content {
            case .mapping(let pairs):
                if pairs.contains(where: { $0.key.range == key.range }) { return pairs.compactMap(\.key.text) }
                for pair in pairs { if let found = search(pair.value) { return found } }
            case .sequence(let items):
                for item in items { if let found = search(item) { return found } }
            case .scalar, .alias: break
            }
            return nil
        }
        return root.flatMap(search) ?? []
    }

    private func wordStart(_ index: LineIndex, _ position: LSPPosition) -> LSPPosition {
        let units = Array(index.lineText(position.line).utf16.prefix(position.character))
        var start = units.count
        while start > 0, let scalar = Unicode.Scalar(units[start - 1]),
              scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "_" {
            start -= 1
        }
        return LSPPosition(line: position.line, character: start)
    }

    /// The ids a reference may name, with their names.
    private func candidates(_ reference: Reference, _ file: RegistryFile) -> [(String, String?)] {
        guard let registry = state?.registry else { return [] }
        switch reference {
        case .matter:
            let named = registry.matters.map { ($0.id, $0.name?.value) }
            let known = Set(named.map(\.0))
            let unnamed = registry.files.filter { $0.kind == .matter && !known.contains($0.id) }.map { ($0.id, String?.none) }
            return (named + unnamed).sorted { $0.0 < $1.0 }
        case .batch:
            return registry.list(file.id)?.batches.map { ($0.id.value, $0.name?.value ?? $0.due.map { "due " + $0.value }) } ?? []
        case .license:
            return registry.catalog.licenses.map { ($0.id.value, $0.name?.value) }
        case .division:
            return registry.catalog.divisions.map { ($0.code.value, $0.name?.value) }
        case .situation:
            return registry.matter(file.id)?.situations.map { ($0.value, nil) } ?? []
        }
    }

    /// An id as it is written in YAML: quoted when a plain scalar would read as a number.
    static func yamlText(_ id: String) -> String {
        id.allSatisfy(\.isNumber) && !id.isEmpty ? "\"\(id)\"" : id
    }

    // MARK: - Hover

    func hover(_ params: [String: Any]) throws -> Any {
        let (document, file, _, site) = try site(params)
        guard let site else { return NSNull() }
        let zh = language == .zh
        switch site.place {
        case .key(let schema, let field, let node):
            let text: String
            if let field {
                let required: String = switch field.requirement {
                case .required: zh ? "必填" : "required"
                case .requiredUnlessDraft: zh ? "必填（草稿可省略）" : "required (optional in a 草稿 draft)"
                case .optional: zh ? "选填" : "optional"
                }
                text = "\(field.key)：\(field.summary.zh)\n\(field.summary.en)\n\(zh ? "类型" : "type")：\(field.type.describe(language))\n\(required)"
            } else {
                let suggestion = Suggestion.nearest(to: node.text ?? "", in: schema.fields.map(\.key))
                text = (zh ? "未知的键" : "unknown key") + (suggestion.map { zh ? "，是否应为“\($0)”？" : "; did you mean “\($0)”?" } ?? "")
            }
            // Only the schema's own words are here: no registry text to make visible.
            return ["contents": ["kind": "plaintext", "value": text], "range": range(node.range, document.index)]
        case .value(_, let type, let node?):
            guard let reference = Reference.at(site.path, kind: file.kind, type: type), let value = node.text,
                  let target = resolve(reference, value, file) else { return NSNull() }
            let name = target.name ?? (zh ? "（无名称）" : "(no name)")
            return ["contents": ["kind": "plaintext", "value": VisibleText.escape("\(value)：\(name)")], "range": range(node.range, document.index)]
        case .value, .newKey:
            return NSNull()
        }
    }

    // MARK: - Definition

    func definition(_ params: [String: Any]) throws -> Any {
        let (_, file, _, site) = try site(params)
        guard let site, case .value(_, let type, let node?) = site.place, let value = node.text,
              let reference = Reference.at(site.path, kind: file.kind, type: type),
              let target = resolve(reference, value, file) else { return NSNull() }
        let index = openDocument(path: target.path)?.index ?? state?.text(of: target.path).map(LineIndex.init) ?? LineIndex([])
        return ["uri": openDocument(path: target.path)?.uri ?? uri(of: target.path), "range": range(target.range, index)]
    }

    /// Where the entry a reference names is defined, and its name.
    private func resolve(_ reference: Reference, _ value: String, _ file: RegistryFile) -> (path: String, range: SourceRange, name: String?)? {
        guard let registry = state?.registry else { return nil }
        switch reference {
        case .matter:
            let path = "matters/\(value).yaml"
            if let matter = registry.matter(value) { return (path, .fileStart, matter.name?.value) }
            return registry.files.contains { $0.path == path } ? (path, .fileStart, nil) : nil
        case .batch:
            return registry.list(file.id)?.batch(value).map { (file.path, $0.id.range, $0.name?.value ?? $0.due?.value) }
        case .license:
            return registry.catalog.licenses.first { $0.id.value == value }.map { ("catalog/licenses.yaml", $0.id.range, $0.name?.value) }
        case .division:
            return registry.catalog.division(value).map { ("catalog/divisions.yaml", $0.code.range, $0.name?.value) }
        case .situation:
            return registry.matter(file.id)?.situations.first { $0.value == value }.map { (file.path, $0.range, nil) }
        }
    }

    // MARK: - Code actions

    func codeActions(_ params: [String: Any]) throws -> Any {
        guard let item = params["textDocument"] as? [String: Any], let uri = item["uri"] as? String else {
            throw Failure.invalidParams("textDocument")
        }
        guard let range = params["range"] as? [String: Any], let start = Self.position(range["start"]), let end = Self.position(range["end"]) else {
            throw Failure.invalidParams("range")
        }
        guard let document = documents[uri], let path = document.path, let file = EditorSupport.registryFile(at: path), let state else { return [Any]() }
        let only = ((params["context"] as? [String: Any])?["only"] as? [String]) ?? []
        let wants: (String) -> Bool = { kind in only.isEmpty || only.contains { kind == $0 || kind.hasPrefix($0 + ".") } }
        let bytes = document.index.bytes
        let decoded = FileDecoder.decode(bytes, as: file, context: state.context)
        // `fmt` leaves a file with YAML errors alone; so do its fixes.
        guard !decoded.hasYAMLErrors, let root = YAMLReader.read(bytes).root else { return [Any]() }
        let index = document.index
        func intersects(_ r: SourceRange) -> Bool {
            let a = index.position(r.start), b = index.position(r.end)
            return !(b < start) && !(end < a)
        }
        func lspEdits(_ edits: [TextEdit]) -> [[String: Any]] {
            edits.map { edit in
                ["range": ["start": index.position(ofByte: edit.start).json, "end": index.position(ofByte: edit.end).json],
                 "newText": String(decoding: edit.replacement, as: UTF8.self)]
            }
        }
        func action(_ title: String, _ kind: String, _ edits: [TextEdit], _ diagnostics: [Diagnostic], preferred: Bool) -> [String: Any] {
            [
                "title": VisibleText.escape(title), "kind": kind, "isPreferred": preferred,
                "diagnostics": diagnostics.map { lspDiagnostic($0, index) },
                "edit": ["changes": [uri: lspEdits(edits)]],
            ]
        }
        let zh = language == .zh
        var actions: [[String: Any]] = []
        if wants("quickfix") {
            for rewrite in decoded.rewrites where intersects(rewrite.range) {
                guard let edits = EditorSupport.formatEdits(bytes, root: root, rewrites: [rewrite]) else { continue }
                let found = decoded.diagnostics.filter {
                    $0.rule == .nonCanonical && !($0.range.start < rewrite.range.start) && !(rewrite.range.end < $0.range.start)
                }
                actions.append(action(zh ? "改为规范写法“\(rewrite.canonical)”" : "Change to the canonical “\(rewrite.canonical)”", "quickfix", edits, found, preferred: true))
            }
            for d in decoded.diagnostics where d.rule == .unknownKey && intersects(d.range) {
                guard let site = DocumentSite.find(root: root, kind: file.kind, mark: d.range.start, line: index.lineText(d.range.start.line - 1)),
                      case .key(let schema, nil, let node) = site.place, let key = node.text,
                      let suggestion = Suggestion.nearest(to: key, in: schema.fields.map(\.key)) else { continue }
                let edit = TextEdit(start: node.range.start.offset, end: node.range.end.offset, replacement: suggestion)
                actions.append(action(zh ? "改为“\(suggestion)”" : "Change to “\(suggestion)”", "quickfix", [edit], [d], preferred: true))
            }
        }
        if wants("source.fixAll.tongban"), !decoded.rewrites.isEmpty,
           let edits = EditorSupport.formatEdits(bytes, root: root, rewrites: decoded.rewrites) {
            actions.append(action(zh ? "改为规范写法（同 tongban fmt）" : "Write every value in canonical form (as tongban fmt does)", "source.fixAll.tongban", edits,
                                  decoded.diagnostics.filter { $0.rule == .nonCanonical }, preferred: false))
        }
        return actions
    }
}
