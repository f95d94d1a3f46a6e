import CLibXML2
import Foundation
import Testing
@testable import PolicyDiff

/// A page read back as a browser would: which elements and attributes it has, and its text.
enum HTMLProbe {
    struct Page {
        var elements: Set<String> = []
        var attributes: Set<String> = []
        var text = ""
    }

    static func parse(_ html: String) -> Page {
        var page = Page()
        let bytes = Array(html.utf8)
        let options = Int32(HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NONET.rawValue)
        guard let doc = bytes.withUnsafeBufferPointer({ buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
                htmlReadMemory($0, Int32(bytes.count), "page.html", "UTF-8", options)
            }
        }) else { return page }
        defer { xmlFreeDoc(doc) }
        func walk(_ node: xmlNodePtr?) {
            var current = node
            while let n = current {
                if n.pointee.type == XML_ELEMENT_NODE {
                    page.elements.insert(String(cString: n.pointee.name))
                    var attr = n.pointee.properties
                    while let a = attr {
                        page.attributes.insert(String(cString: a.pointee.name))
                        attr = a.pointee.next
                    }
                } else if n.pointee.type == XML_TEXT_NODE, let content = n.pointee.content {
                    page.text += String(cString: content)
                }
                walk(n.pointee.children)
                current = n.pointee.next
            }
        }
        walk(xmlDocGetRootElement(doc))
        return page
    }
}

/// Text from a document is shown as text: markup in a policy text (or in a title
/// typed into the manifest) never becomes markup in a report.
@Suite struct ReportSecurityTests {
    static let hostile = ["<script>alert(1)</script>", "</td>", "&amp;", "\"><img src=x onerror=alert(1)>"]
    static let sentence = "加强质量监管<script>alert(1)</script>,落实</td>责任&amp;\"><img src=x onerror=alert(1)>。"

    private func expectShownAsText(_ html: String, file: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let page = HTMLProbe.parse(html)
        #expect(!page.elements.contains("script"), "\(file): a script element", sourceLocation: sourceLocation)
        #expect(!page.elements.contains("img"), "\(file): an img element", sourceLocation: sourceLocation)
        #expect(!page.attributes.contains { $0.lowercased().hasPrefix("on") }, "\(file): an event attribute", sourceLocation: sourceLocation)
        for s in Self.hostile {
            #expect(page.text.contains(s), "\(file): \(s) not shown as text", sourceLocation: sourceLocation)
        }
    }

    private func hostileComparison() -> Comparison {
        var c = ReportSample.comparison
        c.reference.metadata.title = "关于<script>alert(1)</script>的方案"
        c.local.metadata.issuer = "某市</td>人民政府&amp;\"><img src=x onerror=alert(1)>"
        c.reference.clauses[5].text = Self.sentence
        c.reference.clauses[5].targets[0].indicator = "合格率<script>alert(1)</script>"
        c.local.clauses[4].text = Self.sentence
        c.alignments[1].droppedSentences = [Self.sentence]
        c.alignments[1].reason = "\"><img src=x onerror=alert(1)>"
        c.alignments[2].diff.append(.init(.insert, Self.sentence))
        c.numberChanges[1].indicator = "</td>&amp;"
        return c
    }

    @Test func aPairReportShowsMarkupAsText() {
        let html = ComparisonReport(indexLink: "index.html", relation: .implements).render(hostileComparison())
        expectShownAsText(html, file: "report")
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("&amp;amp;"))
    }

    @Test func theIndexShowsMarkupAsText() {
        let c = hostileComparison()
        var summary = PairSummary(c, stem: "city-plan__province-plan", relation: .implements)
        summary.local.title = "方案\"><img src=x onerror=alert(1)></td>&amp;<script>alert(1)</script>"
        let html = CorpusIndex().render([summary])
        expectShownAsText(html, file: "index.html")
    }

    @Test func everyPageOfACorpusRunShowsMarkupAsText() throws {
        let corpus = try BatchFixture.corpus(hostile: true)
        defer { try? FileManager.default.removeItem(atPath: corpus) }
        let out = corpus + "-out"
        defer { try? FileManager.default.removeItem(atPath: out) }
        let result = BatchRunner().run(try CorpusSource.load(corpus), options: .init(outputDirectory: out, jobs: 2))
        #expect(result.failures.isEmpty, "\(result.failures)")
        let pages = try FileManager.default.contentsOfDirectory(atPath: out).filter { $0.hasSuffix(".html") }.sorted()
        #expect(pages.count == BatchFixture.pairCount + 1)
        for name in pages {
            let html = try String(contentsOfFile: out + "/" + name, encoding: .utf8)
            expectShownAsText(html, file: name)
        }
    }
}
