import Testing
@testable import PolicyDiff

@Suite struct ReportHTMLTreeTests {
    @Test func serialisesHTML5WithUTF8TextAndEscapes() {
        let tree = HTMLTree(lang: "zh-CN")
        let head = tree.root.element("head")
        head.element("meta", ["charset": "utf-8"])
        head.element("title", text: "对照")
        let body = tree.root.element("body")
        let p = body.element("p", ["title": "a\"b<c>&"], text: "<script>alert(1)</script> &amp; 质量")
        p.element("br")
        body.element("section").element("svg", ["viewBox": "0 0 10 10"]).element("rect", ["width": "5"])
        let html = tree.serialized().withoutLanguageSpans
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"zh-CN\">"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp;amp; 质量"))
        #expect(html.contains("<meta charset=\"utf-8\">"))
        #expect(!html.contains("</meta>"))
        #expect(!html.contains("<script"))
    }

    @Test func preformattedTextGetsNoLineBreaksFromTheSerialiser() {
        let tree = HTMLTree(lang: "zh-CN")
        let div = tree.root.element("body").element("div", ["class": "text"])
        div.emptyText()
        div.element("del", text: "省")
        div.text("级知名品牌")
        div.element("mark", text: "50个")
        div.emptyText()
        #expect(tree.serialized().contains("<div class=\"text\"><del>省</del>级知名品牌<mark>50个</mark></div>"))
    }
}
