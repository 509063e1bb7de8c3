import Testing
@testable import TongbanKit

@Suite struct HTMLNodeTests {
    @Test func escapesTextAndAttributes() {
        let node = HTMLNode.el("a", ["href": "x\" onclick=\"alert('1')&"], text: "<b>&amp;</b>")
        #expect(node.render() == "<a href=\"x&quot; onclick=&quot;alert(&#39;1&#39;)&amp;\">&lt;b&gt;&amp;amp;&lt;/b&gt;</a>")
    }

    @Test func dropsControlCharacters() {
        #expect(HTMLNode.text("a\u{1B}[31mb\u{0}c").render() == "a[31mbc")
    }

    @Test func leavesOutNilAttributesAndClosesNoVoidElement() {
        let node = HTMLNode.el("div", ["id": nil, "class": "x"], [.el("br"), .el("meta", ["charset": "utf-8"])])
        #expect(node.render() == "<div class=\"x\">\n  <br>\n  <meta charset=\"utf-8\">\n</div>")
    }

    @Test func groupsDissolveIntoTheirParent() {
        let node = HTMLNode.el("ul", [:], [.group([.el("li", text: "一"), .el("li", text: "二")])])
        #expect(node.render() == "<ul>\n  <li>一</li>\n  <li>二</li>\n</ul>")
    }
}
