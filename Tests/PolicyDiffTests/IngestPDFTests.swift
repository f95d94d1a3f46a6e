import Foundation
import Testing
@testable import PolicyDiff

/// PDFs as government sites publish them: printed from Word with a running
/// header and `— N —` page numbers, scanned, or protected against printing.
@Suite struct IngestPDFTests {
    let reader = DocumentReader()

    @Test func textPDFReadsAsItsTextWithoutPageFurniture() throws {
        let text = try reader.read(path: OfficeFixtures.shanghaiText)
        let pdf = try reader.read(path: OfficeFixtures.path("shanghai-plan.pdf"))
        #expect(pdf.format == .pdf)
        // Eight pages, each with the running header and a page number: all cut.
        #expect(!pdf.paragraphs.contains { $0.contains("上海市人民政府办公厅文件") })
        #expect(!pdf.paragraphs.contains { $0.hasPrefix("—") && $0.hasSuffix("—") })
        let cut = try #require(pdf.warnings.first { $0.code == .boilerplateRemoved })
        #expect(cut.message.contains("8 page numbers"))
        // Lines broken by the page width are joined back: the same paragraphs, the
        // title too (two centred lines); headings stay on their own lines. The one
        // difference poppler leaves: a 、 LibreOffice hangs into the margin is lost.
        #expect(pdf.paragraphs.count == text.paragraphs.count)
        let same = zip(pdf.paragraphs, text.paragraphs).filter { $0 == $1 }.count
        #expect(same >= text.paragraphs.count - 1)
        #expect(pdf.paragraphs.contains("五、保障措施"))
        #expect(pdf.paragraphs.last == "2024年10月31日")
    }

    @Test func scannedPDFIsSentToOCR() {
        let path = OfficeFixtures.path("scanned-page.pdf")
        let error = OfficeFixtures.refusal { () throws(ReadError) in try reader.read(path: path) }
        #expect(error == ReadError(path: path, reason: .noTextLayer))
        #expect(error?.description == "\(path): no text layer: OCR it first (the PDF's pages are images, as a scan is)")
    }

    @Test func encryptedPDFWithAnEmptyUserPasswordIsRead() throws {
        let source = try reader.read(path: OfficeFixtures.path("shanghai-short-open.pdf"))
        #expect(source.paragraphs.first == "上海市人民政府办公厅关于全面加强建筑垃圾管理的实施意见")
        #expect(source.paragraphs.count == 3)
    }

    @Test func pdfNeedingAPasswordIsRefusedClearly() {
        let path = OfficeFixtures.path("shanghai-short-locked.pdf")
        let error = OfficeFixtures.refusal { () throws(ReadError) in try reader.read(path: path) }
        #expect(error?.reason == .encrypted)
        #expect(error?.description.contains("encrypted with a password") == true)
    }

    @Test("Page numbers in the shapes official documents print them", arguments: [
        "— 3 —", "-3-", "－ 12 －", "第3页", "第 3 页 共 10 页", "第3页，共10页", "3/10", "7",
    ])
    func pageNumberShapes(line: String) {
        #expect(PDFPageFurniture.isPageNumber(line))
    }

    @Test("Lines that are not page numbers", arguments: [
        "1.加强组织领导", "2024年10月31日", "（三）", "一、总体要求", "第三条", "3.5%",
    ])
    func notPageNumbers(line: String) {
        #expect(!PDFPageFurniture.isPageNumber(line))
    }

    @Test func brokenLinesRejoinUnlessTheNextStartsAHeading() {
        // Without positions (poppler gave none) only the sentence and heading rules decide.
        let lines = ["一、总体要求", "（一）指导思想。以习近平新时代中国特色社会主义思想为指导，全面贯彻",
                     "党的二十大精神，推动高质量发展。", "1.加强组织领导", "附件1", "重点任务分工表"]
            .map { PDFTextLayer.Line(text: $0, left: 0, right: 0, height: 0) }
        #expect(PDFParagraphs().paragraphs([lines]) == [
            "一、总体要求",
            "（一）指导思想。以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神，推动高质量发展。",
            "1.加强组织领导", "附件1", "重点任务分工表",
        ])
    }

    @Test func spacesPopplerSeesBetweenScriptsAreDropped() {
        #expect(PDFParagraphs.layoutSpacesDropped("2024 年 11 月底前，PM 2.5 浓度") == "2024年11月底前，PM 2.5浓度")
    }
}

/// Batch reads documents on several threads: poppler and libxml2 per document.
@Suite struct IngestOfficeParallelTests {
    @Test func readingPDFsAndDocxOnFourThreadsGivesTheSameTexts() async throws {
        let files = ["gansu-plan.pdf", "shanghai-plan.pdf", "gansu-typed.docx", "shanghai-numbered.docx"]
        let reader = DocumentReader()
        let once = try files.map { try reader.read(path: OfficeFixtures.path($0)) }
        let parallel = try await withThrowingTaskGroup(of: (Int, SourceText).self) { group in
            for _ in 0..<3 {
                for (i, file) in files.enumerated() {
                    group.addTask { (i, try reader.read(path: OfficeFixtures.path(file))) }
                }
            }
            var out: [(Int, SourceText)] = []
            for try await result in group { out.append(result) }
            return out
        }
        #expect(parallel.count == 12)
        for (i, source) in parallel { #expect(source == once[i]) }
    }
}
