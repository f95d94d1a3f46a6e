import Foundation

/// A 通知 that transmits a plan: `印发《关于…实施方案》的通知`, the notice's
/// body and signature, then the plan's own title on a line of its own and the
/// plan. The plan is the document a researcher compares; the notice is its preamble.
public struct TransmittalNotice: Sendable, Equatable {
    /// The paragraph holding `印发…的通知`.
    public var noticeTitleIndex: Int
    /// The paragraph that repeats the plan's title: the plan starts after it.
    public var planTitleIndex: Int
    /// The plan's title as written on its own line.
    public var planTitle: String

    public var planStart: Int { planTitleIndex + 1 }

    /// The notice stands at the top of the document.
    static let noticeWindow = 30
    /// The plan's title follows the notice within this many paragraphs.
    static let planTitleWindow = 60
    /// A notice title is a heading, not a sentence.
    static let maxTitleLength = 120

    public static func find(in paragraphs: [String]) -> TransmittalNotice? {
        let limit = min(paragraphs.count, noticeWindow)
        var noticeIndex: Int? = nil
        var candidates: [String] = []
        for i in 0..<limit {
            let line = paragraphs[i]
            // Cheap tests first (this runs on every document): a short line holding 印发.
            guard line.utf8.count <= maxTitleLength * 6, ScalarText.contains(line, "印发"),
                  line.count <= maxTitleLength * 2 else { continue }
            var titleLine = line
            // A title broken over two lines (国务院关于印发国家职业教育改革 / 实施方案的通知).
            if !line.contains("的通知"), i + 1 < paragraphs.count, paragraphs[i + 1].hasSuffix("的通知"),
               line.count + paragraphs[i + 1].count <= maxTitleLength {
                titleLine = line + paragraphs[i + 1]
            }
            candidates += CitationReader.bookTitles(in: titleLine)
            if titleLine.count <= maxTitleLength, titleLine.hasSuffix("的通知"),
               let issued = titleLine.range(of: "印发", options: .backwards) {
                let end = titleLine.index(titleLine.endIndex, offsetBy: -3)
                if issued.upperBound < end {
                    candidates.append(String(titleLine[issued.upperBound..<end]))
                }
                if noticeIndex == nil { noticeIndex = i }
            }
        }
        guard let noticeIndex, !candidates.isEmpty else { return nil }
        let wanted = Set(candidates.map(key).filter { !$0.isEmpty })
        let end = min(paragraphs.count, noticeIndex + 1 + planTitleWindow)
        var j = noticeIndex + 1
        let longest = wanted.map(\.utf8.count).max() ?? 0
        while j < end {
            // A line much longer than every candidate cannot be one: skip normalising it.
            if paragraphs[j].utf8.count <= longest * 2 + 16, wanted.contains(key(paragraphs[j])) {
                return TransmittalNotice(noticeTitleIndex: noticeIndex, planTitleIndex: j, planTitle: trimmedTitle(paragraphs[j]))
            }
            j += 1
        }
        return nil
    }

    /// Titles compared as matching text, without the book-title marks around them.
    static func key(_ s: String) -> String {
        TextNormalizer.forMatching(s).filter { $0 != "《" && $0 != "》" }
    }

    static func trimmedTitle(_ s: String) -> String {
        s.trimmingCharacters(in: .whitespaces)
    }
}
