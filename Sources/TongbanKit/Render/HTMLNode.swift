/// A piece of HTML built as a tree, so that every text and attribute value is escaped when it
/// is rendered and no value can open a tag, close an attribute or start a script.
///
/// Tag and attribute names are `StaticString`s and the only unescaped text is `trusted`, which
/// also takes a `StaticString`: nothing read from a registry can reach the output unescaped.
struct HTMLNode: Sendable {
    private enum Content: Sendable {
        case element(tag: String, attributes: [(String, String)], children: [HTMLNode])
        case text(String)
        case trusted(String)
        case scriptData(JSON)
    }

    private let content: Content

    private init(_ content: Content) {
        self.content = content
    }

    /// An element; `nil` attribute values are left out.
    static func el(_ tag: StaticString, _ attributes: KeyValuePairs<StaticString, String?> = [:], _ children: [HTMLNode] = []) -> HTMLNode {
        let attrs = attributes.compactMap { name, value in value.map { ("\(name)", $0) } }
        return HTMLNode(.element(tag: "\(tag)", attributes: attrs, children: children))
    }

    /// An element holding one text.
    static func el(_ tag: StaticString, _ attributes: KeyValuePairs<StaticString, String?> = [:], text: String) -> HTMLNode {
        el(tag, attributes, [.text(text)])
    }

    /// Text, escaped when rendered.
    static func text(_ text: String) -> HTMLNode {
        HTMLNode(.text(text))
    }

    /// Markup written in this source file (a style sheet, a doctype): never data.
    static func trusted(_ markup: StaticString) -> HTMLNode {
        HTMLNode(.trusted("\(markup)"))
    }

    /// Data for a `<script type="application/json">` element: the JSON text with `<`, `>` and
    /// `&` written as `\u003c`, `\u003e`, `\u0026`, so no value can close the element
    /// (`</script>`) or open a comment; `JSON.parse` reads the same values back.
    static func scriptData(_ value: JSON) -> HTMLNode {
        HTMLNode(.scriptData(value))
    }

    /// JSON text safe inside a script element (see `scriptData`). The three characters are
    /// ASCII, so they are replaced byte by byte: no byte of a longer UTF-8 sequence equals one.
    static func scriptSafe(_ json: JSON) -> String {
        let text = json.utf8()
        var out: [UInt8] = []
        out.reserveCapacity(text.count + text.count / 16)
        for byte in text {
            switch byte {
            case UInt8(ascii: "<"): out += "\\u003c".utf8
            case UInt8(ascii: ">"): out += "\\u003e".utf8
            case UInt8(ascii: "&"): out += "\\u0026".utf8
            default: out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// A group of nodes rendered one after another, with no element of its own.
    static func group(_ children: [HTMLNode]) -> HTMLNode {
        HTMLNode(.element(tag: "", attributes: [], children: children))
    }

    // MARK: - Rendering

    /// Elements whose children each go on their own line; white space between them is not shown.
    private static let blockContainers: Set<String> = [
        "html", "head", "body", "div", "section", "header", "footer", "nav", "main", "article",
        "table", "thead", "tbody", "tr", "ul", "ol", "dl", "form",
    ]
    private static let voidElements: Set<String> = ["meta", "br", "input", "link", "hr", "col"]

    /// The HTML text: each child of a block on its own line, indented by block structure when
    /// `indented` (a file people read), else not (the site's pages, where indentation was a
    /// third of each page's bytes). A browser shows both the same: the white space between
    /// blocks is not displayed either way.
    func render(indented: Bool = true) -> String {
        var out = ""
        render(into: &out, indent: indented ? 0 : nil)
        return out
    }

    private func render(into out: inout String, indent: Int?) {
        switch content {
        case .text(let text):
            out += XML.escape(text)
        case .trusted(let markup):
            out += markup
        case .scriptData(let json):
            out += Self.scriptSafe(json)
        case .element(let tag, let attributes, let children):
            if tag.isEmpty {
                for child in children { child.render(into: &out, indent: indent) }
                return
            }
            out += "<" + tag
            for (name, value) in attributes {
                out += " \(name)=\"\(XML.escape(value))\""
            }
            out += ">"
            if Self.voidElements.contains(tag) { return }
            if Self.blockContainers.contains(tag) {
                let inner = indent.map { $0 + 1 }
                let pad = String(repeating: "  ", count: inner ?? 0)
                for child in children.flatMap(\.flattened) {
                    out += "\n" + pad
                    child.render(into: &out, indent: inner)
                }
                if !children.isEmpty { out += "\n" + String(repeating: "  ", count: indent ?? 0) }
            } else {
                for child in children { child.render(into: &out, indent: indent) }
            }
            out += "</\(tag)>"
        }
    }

    /// Groups dissolved into their children, so each child of a block gets its own line.
    private var flattened: [HTMLNode] {
        if case .element(let tag, _, let children) = content, tag.isEmpty {
            return children.flatMap(\.flattened)
        }
        return [self]
    }
}
