/// The frame of every page of the catalogue: the head that links the site's one style sheet,
/// and the parts that several pages share.
enum SitePage {
    /// A page of the site at `depth` folders below its root (`index.html` 0, `matters/x.html` 1).
    static func render(title: String, body: [HTMLNode], depth: Int, bodyClass: String? = nil) -> String {
        let html = HTMLNode.el("html", ["lang": "zh-CN", "class": "site"], [
            .el("head", [:], [
                .el("meta", ["charset": "utf-8"]),
                .el("meta", ["name": "viewport", "content": "width=device-width, initial-scale=1"]),
                .el("title", text: title),
                .el("link", ["rel": "stylesheet", "href": styleSheet(depth: depth)]),
            ]),
            .el("body", ["class": bodyClass], body),
        ])
        return "<!DOCTYPE html>\n" + html.render(indented: false) + "\n"
    }

    /// A checklist or booklet written as a page of the site at `depth`: the document
    /// `tongban checklist` writes, linking the site's style sheet instead of holding it.
    static func form(depth: Int) -> DocumentForm {
        .page(linking: styleSheet(depth: depth))
    }

    /// The address of `style.css` from a page at `depth`.
    static func styleSheet(depth: Int) -> String {
        String(repeating: "../", count: depth) + SiteStyle.fileName
    }

    /// The mark of a matter not in force (草稿, 暂停, 取消).
    static func badge(_ status: String?) -> [HTMLNode] {
        guard let status, status != "在用" else { return [] }
        return [.el("span", ["class": "badge"], text: status)]
    }

    /// `← 返回目录`, from a page one folder down.
    static let backToIndex = HTMLNode.el("nav", [:], [.el("a", ["href": "../index.html"], text: "← 返回目录")])
}
