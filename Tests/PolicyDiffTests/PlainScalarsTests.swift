import Foundation
import Testing
@testable import PolicyDiff

/// The scalar fast paths of the comparison and the reports rest on two tables: which
/// scalars are plain (a character of their own, canonically equal only to themselves)
/// and which are letters or digits. Both checked here against the standard library and
/// Foundation, scalar by scalar, so a new toolchain's Unicode tables cannot make a fast
/// path say something the general path would not.
@Suite struct PlainScalarsTests {
    static let neighbours: [Unicode.Scalar] = ["a", "一", "。", "\n", "（", "0", "\u{E000}"]

    @Test func plainScalarsAreCharactersOfTheirOwnAndOnlyEqualToThemselves() {
        var wrong: [String] = []
        for range in PlainScalars.ranges {
            for v in range {
                guard let s = Unicode.Scalar(v) else { wrong.append(String(v, radix: 16)); continue }
                let alone = String(Character(s))
                let decomposed = alone.decomposedStringWithCanonicalMapping, composed = alone.precomposedStringWithCanonicalMapping
                let stable = Array(decomposed.unicodeScalars) == [s] && Array(composed.unicodeScalars) == [s]
                let own = Self.neighbours.allSatisfy { n in
                    String(String.UnicodeScalarView([n, s])).count == 2 && String(String.UnicodeScalarView([s, n])).count == 2
                } && String(String.UnicodeScalarView([s, s])).count == 2
                if !stable || !own || s.properties.canonicalCombiningClass != .notReordered { wrong.append(String(v, radix: 16)) }
            }
        }
        #expect(wrong.isEmpty, "not plain: \(wrong.prefix(20))")
    }

    @Test func alphanumericTableAgreesWithTheScalarProperties() {
        var wrong: [UInt32] = []
        for v in UInt32(0)..<0x11000 {
            guard let s = Unicode.Scalar(v) else { continue }
            if PlainScalars.isAlphanumeric(s) != (s.properties.isAlphabetic || s.properties.numericType != nil) { wrong.append(v) }
        }
        #expect(wrong.isEmpty)
    }

    @Test func textsWithCombiningMarksOrCompatibilityIdeographsAreNotPlain() {
        #expect(PlainScalars.isPlain("每年选择100户中小微企业开展点对点精准帮扶；（牵头单位：省质监局）\n1.Ａ级"))
        #expect(!PlainScalars.isPlain("e\u{301}"))            // a combining accent
        #expect(!PlainScalars.isPlain("\u{F900}"))            // a compatibility ideograph, canonically 豈
        #expect(!PlainScalars.isPlain("第一条\r\n"))           // CR LF is one character
    }

    @Test func removingAndContainingAgreeWithFoundationOnPlainText() {
        let text = "加强质量监管。(牵头单位:省质监局)加强质量监管(牵头单位:省质监局)。质质质"
        for needle in ["(牵头单位:省质监局)", "质质", "加强", "不在其中", "。"] {
            let t = Array(text.unicodeScalars), n = Array(needle.unicodeScalars)
            #expect(ScalarText.string(PlainScalars.removing(n, from: t)) == text.replacingOccurrences(of: needle, with: ""))
            #expect(PlainScalars.contains(t, n) == text.contains(needle))
        }
    }

    @Test func measureCountIsTheSameOnThePlainAndTheGeneralPath() {
        // The same clause with one combining mark added far from any sentence end goes the general path.
        let text = "1.着力提升中小微企业质量基础能力。每年选择350户以上中小微企业负责人集中开展培训；推广首席质量官制度。(牵头单位:省质监局)"
        let tag = Assignment(lead: ["省质监局"], responsible: [], text: "(牵头单位:省质监局)")
        let plain = Clause(id: "c1", path: ["1"], label: "1.", kind: .numbered, text: text, assignments: [tag])
        var general = plain
        general.text = text.replacingOccurrences(of: "培训", with: "培训e\u{301}")
        #expect(PlainScalars.isPlain(plain.text) && !PlainScalars.isPlain(general.text))
        #expect(MeasureCount.sentences(plain) == 3)
        #expect(MeasureCount.sentences(general) == 3)
    }
}
