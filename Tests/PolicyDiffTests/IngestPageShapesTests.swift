import Testing
@testable import PolicyDiff

/// Pages in the shapes real sites give them: hidden text, CDATA, nesting deeper than the
/// parser follows, a UTF-8 byte-order mark in front of GBK bytes, invisible controls.
@Suite("Ingest: hidden, deep and mis-marked pages")
struct IngestPageShapesTests {
    let reader = DocumentReader()

    private func paragraphs(_ html: String) throws -> [String] {
        try reader.read(bytes: Array(html.utf8), path: "page.html").paragraphs
    }

    @Test("Text hidden with display:none, visibility:hidden, hidden or aria-hidden is not document text")
    func hiddenText() throws {
        let html = """
        <html><body>
        <div style="display: none">首页 > 政务公开 > 通知公告（旧版页面）</div>
        <div class="TRS_Editor">
        <p>为贯彻落实有关要求，结合本区实际，制定本方案。</p>
        <p hidden>一、旧版本的总体要求（已废止）</p>
        <p aria-hidden="true">扫一扫在手机打开当前页</p>
        <p>一、总体要求</p>
        <span style="VISIBILITY:HIDDEN;">模板占位文字</span>
        <p aria-hidden="false">（一）工作目标。到2025年，全区垃圾分类覆盖率达到95%。</p>
        </div></body></html>
        """
        #expect(try paragraphs(html) == ["为贯彻落实有关要求，结合本区实际，制定本方案。", "一、总体要求",
                                         "（一）工作目标。到2025年，全区垃圾分类覆盖率达到95%。"])
    }

    @Test("A CDATA section outside script does not leak into the text")
    func cdata() throws {
        let html = """
        <html><body><p>一、总体要求</p><![CDATA[ var pageTitle = "泄漏的脚本文字"; ]]>
        <script>//<![CDATA[
        document.write("脚本");
        //]]></script><p>坚持问题导向。</p></body></html>
        """
        let lines = try paragraphs(html)
        #expect(lines == ["一、总体要求", "坚持问题导向。"])
    }

    @Test("Text nested deeper than libxml2 follows is read, the rest of the page kept, with a warning")
    func deepNesting() throws {
        let depth = 1_000
        let html = "<html><body><p>一、总体要求</p>" + String(repeating: "<div>", count: depth) + "<p>深处的正文。</p>"
            + String(repeating: "</div>", count: depth) + "<p>二、主要任务</p></body></html>"
        let source = try reader.read(bytes: Array(html.utf8), path: "deep.html")
        #expect(source.paragraphs == ["一、总体要求", "深处的正文。", "二、主要任务"])
        #expect(source.warnings.contains { $0.code == .deepNesting })
        // A page of ordinary depth has no such warning and is read as before.
        let flat = try reader.read(bytes: Array("<html><body><div><p>一、总体要求</p></div></body></html>".utf8), path: "p.html")
        #expect(!flat.warnings.contains { $0.code == .deepNesting })
    }

    @Test("Old pages that never close their <p> and <font> tags are not deep")
    func unclosedParagraphs() throws {
        let html = "<html><body>" + String(repeating: "<p>坚持问题导向，突出重点。", count: 400) + "</body></html>"
        let source = try reader.read(bytes: Array(html.utf8), path: "old.html")
        #expect(source.paragraphs.count == 400)
        #expect(!source.warnings.contains { $0.code == .deepNesting })
    }

    /// 一、总体要求 / 为贯彻落实有关要求，制定本方案。 / （一）工作目标。到2025年，全市垃圾分类覆盖率达到95%。 in GBK.
    static let gbk: [UInt8] = [
        0xD2, 0xBB, 0xA1, 0xA2, 0xD7, 0xDC, 0xCC, 0xE5, 0xD2, 0xAA, 0xC7, 0xF3, 0x0A, 0xCE, 0xAA, 0xB9, 0xE1, 0xB3, 0xB9,
        0xC2, 0xE4, 0xCA, 0xB5, 0xD3, 0xD0, 0xB9, 0xD8, 0xD2, 0xAA, 0xC7, 0xF3, 0xA3, 0xAC, 0xD6, 0xC6, 0xB6, 0xA8, 0xB1,
        0xBE, 0xB7, 0xBD, 0xB0, 0xB8, 0xA1, 0xA3, 0x0A, 0xA3, 0xA8, 0xD2, 0xBB, 0xA3, 0xA9, 0xB9, 0xA4, 0xD7, 0xF7, 0xC4,
        0xBF, 0xB1, 0xEA, 0xA1, 0xA3, 0xB5, 0xBD, 0x32, 0x30, 0x32, 0x35, 0xC4, 0xEA, 0xA3, 0xAC, 0xC8, 0xAB, 0xCA, 0xD0,
        0xC0, 0xAC, 0xBB, 0xF8, 0xB7, 0xD6, 0xC0, 0xE0, 0xB8, 0xB2, 0xB8, 0xC7, 0xC2, 0xCA, 0xB4, 0xEF, 0xB5, 0xBD, 0x39,
        0x35, 0x25, 0xA1, 0xA3, 0x0A,
    ]

    @Test("A UTF-8 byte-order mark in front of GBK bytes: decoded as GBK, with encoding-fallback")
    func bomThenGBK() throws {
        let text = try reader.read(bytes: [0xEF, 0xBB, 0xBF] + Self.gbk, path: "plan.txt")
        #expect(text.paragraphs == ["一、总体要求", "为贯彻落实有关要求，制定本方案。", "（一）工作目标。到2025年，全市垃圾分类覆盖率达到95%。"])
        #expect(text.encoding == "GB18030")
        #expect(text.warnings.contains { $0.code == .encodingFallback })
        #expect(!text.paragraphs.joined().contains("\u{FFFD}"))
        // The same text with its BOM and real UTF-8 stays UTF-8, with no warning.
        let utf8 = try reader.read(bytes: [0xEF, 0xBB, 0xBF] + Array("一、总体要求\n".utf8), path: "plan.txt")
        #expect(utf8.encoding == "UTF-8" && utf8.warnings.isEmpty)
    }

    @Test("Bidirectional controls and zero-width characters are not part of matching text or names")
    func invisibleControls() {
        let hidden = "市\u{200B}绿化\u{202E}市容\u{2066}局\u{2069}\u{200D}"
        #expect(TextNormalizer.forMatching(hidden) == TextNormalizer.forMatching("市绿化市容局"))
        #expect(TextNormalizer.withoutInvisibleControls(hidden) == "市绿化市容局")
        let source = SegmentTestSupport.source("\u{202A}关于推进\u{200C}垃圾分类的实施方案\u{202C}\n\u{2067}一、总体要求\n坚持问题导向。")
        let result = ClauseSegmenter().segment(source)
        #expect(result.paths == ["一"])
        #expect(result.clause("一")?.title == "总体要求")
        let m = MetadataReader().metadata(of: source, clauses: result.clauses)
        #expect(m.title == "关于推进垃圾分类的实施方案")
        // The clause text keeps the original characters (the report shows what the source holds).
        #expect(result.clauses.first?.text.unicodeScalars.contains("\u{202A}") == true)
    }
}
