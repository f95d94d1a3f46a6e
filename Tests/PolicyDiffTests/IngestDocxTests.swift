import Foundation
import Testing
@testable import PolicyDiff

/// .docx as researchers download them: typed labels, Word automatic numbering,
/// annex task tables, tracked changes, footnotes, headers and footers.
@Suite struct IngestDocxTests {
    let reader = DocumentReader()

    @Test func typedDocxReadsAsItsText() throws {
        let text = try reader.read(path: OfficeFixtures.shanghaiText)
        let docx = try reader.read(path: OfficeFixtures.path("shanghai-typed.docx"))
        #expect(docx.format == .docx)
        #expect(docx.paragraphs == text.paragraphs)
        // The running header and the `— 1 —` footer are other parts of the package.
        #expect(!docx.paragraphs.contains { $0.contains("上海市人民政府办公厅文件") || $0.hasPrefix("—") })
    }

    @Test func wordNumberingGivesTheLabelsAReaderSees() throws {
        let text = try reader.read(path: OfficeFixtures.shanghaiText)
        let docx = try reader.read(path: OfficeFixtures.path("shanghai-numbered.docx"))
        // Every 一、 and （一） of the numbered twin comes from numbering.xml (the
        // 一、 level through the heading style), yet the text is the typed one:
        // the footnote is left out, the tracked insertion kept, the deletion dropped.
        #expect(docx.paragraphs == text.paragraphs)
        #expect(docx.paragraphs.contains("五、保障措施"))
        #expect(docx.paragraphs.contains { $0.hasPrefix("（四）加强执纪问责。") })
        #expect(!docx.paragraphs.joined().contains("脚注"))
        #expect(!docx.paragraphs.joined().contains("征求意见稿删去的文字"))
        let warning = try #require(docx.warnings.first { $0.code == .trackedChanges })
        #expect(warning.message.contains("1 insertion kept, 1 deletion dropped"))
    }

    @Test func annexTableReachesTheSegmenterOneCellPerLine() throws {
        let docx = try reader.read(path: OfficeFixtures.path("qingpu-annex3-table.docx"))
        let expected = try String(contentsOfFile: OfficeFixtures.path("qingpu-annex3-table.expected.txt"), encoding: .utf8)
            .split(separator: "\n").map(String.init)
        // The same lines as the flattened web table of the source text: a task's
        // 序号 and 工作任务, merged down over its rows in Word, stand once, as a
        // rowspan cell of a web page stands once.
        #expect(docx.paragraphs == expected)
        #expect(Array(docx.paragraphs[2..<7]) == ["序号", "工作任务", "主要工作内容", "牵头单位", "配合单位"])
        #expect(docx.paragraphs.filter { $0 == "（四）" }.count == 1)
    }

    @Test("Chinese counting, restarts per parent, start overrides and legal numbering", arguments: [
        // lvlText, numFmt, expected labels for four paragraphs at level 0
        ("%1、", "chineseCounting", ["一、", "二、", "三、", "四、"]),
        ("（%1）", "chineseCounting", ["（一）", "（二）", "（三）", "（四）"]),
        ("%1.", "decimal", ["1.", "2.", "3.", "4."]),
        ("第%1条", "chineseCountingThousand", ["第一条", "第二条", "第三条", "第四条"]),
        ("%1", "decimalEnclosedCircle", ["①", "②", "③", "④"]),
    ])
    func numberFormats(text: String, format: String, labels: [String]) throws {
        let numbering = """
            <w:numbering xmlns:w="\(OfficeFixtures.wordNamespace)"><w:abstractNum w:abstractNumId="7">\
            <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="\(format)"/><w:lvlText w:val="\(text)"/><w:suff w:val="nothing"/></w:lvl>\
            </w:abstractNum><w:num w:numId="3"><w:abstractNumId w:val="7"/></w:num></w:numbering>
            """
        let body = (1...4).map { OfficeFixtures.paragraph("条目\($0)", numID: 3) }.joined()
        let bytes = try OfficeFixtures.docx([("word/document.xml", OfficeFixtures.documentXML(body)),
                                             ("word/numbering.xml", Array(numbering.utf8))])
        let source = try reader.read(bytes: bytes, path: "list.docx")
        #expect(source.paragraphs == zip(labels, 1...4).map { "\($0)条目\($1)" })
    }

    @Test func deeperLevelsRestartUnderEachParentAndStartOverridesRestartAList() throws {
        let numbering = """
            <w:numbering xmlns:w="\(OfficeFixtures.wordNamespace)"><w:abstractNum w:abstractNumId="0">\
            <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/><w:suff w:val="nothing"/></w:lvl>\
            <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/><w:suff w:val="nothing"/></w:lvl>\
            <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2.%3"/><w:isLgl/><w:suff w:val="space"/></w:lvl>\
            </w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>\
            <w:num w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>\
            </w:numbering>
            """
        let p = OfficeFixtures.paragraph
        let body = [p("总体要求", 1, 0), p("指导思想", 1, 1), p("基本原则", 1, 1), p("细则", 1, 2),
                    p("重点任务", 1, 0), p("提升质量", 1, 1), p("plain", nil, 0),
                    p("附件目录", 2, 0), p("第二项", 2, 0)].joined()
        let bytes = try OfficeFixtures.docx([("word/document.xml", OfficeFixtures.documentXML(body)),
                                             ("word/numbering.xml", Array(numbering.utf8))])
        let source = try reader.read(bytes: bytes, path: "nested.docx")
        #expect(source.paragraphs == ["一、总体要求", "（一）指导思想", "（二）基本原则", "1.2.1 细则",
                                      "二、重点任务", "（一）提升质量", "plain", "一、附件目录", "二、第二项"])
    }

    @Test func hiddenTextFieldCodesAndTableOfContentsAreNotText() throws {
        let body = """
            <w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/></w:docPartObj></w:sdtPr>\
            <w:sdtContent><w:p><w:r><w:t>一、总体要求 1</w:t></w:r></w:p></w:sdtContent></w:sdt>\
            <w:p><w:r><w:t>一、总体要求</w:t></w:r></w:p>\
            <w:p><w:r><w:t xml:space="preserve">　　坚持质量第一</w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t>（隐藏批注）</w:t></w:r>\
            <w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> REF _Ref1 \\h </w:instrText></w:r>\
            <w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>。</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>\
            <w:p><w:r><w:t>第一行</w:t><w:br/><w:t>第二行</w:t></w:r></w:p>
            """
        let bytes = try OfficeFixtures.docx([("word/document.xml", OfficeFixtures.documentXML(body))])
        let source = try reader.read(bytes: bytes, path: "toc.docx")
        #expect(source.paragraphs == ["一、总体要求", "坚持质量第一。", "第一行", "第二行"])
    }
}
