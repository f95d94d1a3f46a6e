import Testing
@testable import PolicyDiff

/// The unit-tag reader answers common characters from scalars (CharacterClass,
/// UnitTagScanner.lines) for speed; these must give what Character comparison and
/// `split(whereSeparator: \.isNewline)` gave, including for spellings that are
/// canonically equivalent but written with other scalars.
@Suite("Scalar fast paths agree with Characters")
struct UnitScalarFastPathTests {
    /// Characters a crawled page may hold: plain Han and punctuation, a CJK
    /// compatibility ideograph (U+F967 is 不), a decomposed é, CRLF, no-break
    /// space, the Greek question mark (canonically a semicolon).
    static let probes: [Character] = [
        "省", "局", "不", "\u{F967}", "、", "，", ",", ";", "\u{037E}", "；", "：", " ", "\u{3000}", "\u{00A0}",
        "\r\n", "\n", "é", "e\u{301}", "A", "）", ")", "州", "\u{2F00}",
    ]

    @Test("CharacterClass answers like a Set of Characters")
    func classAgreesWithSet() {
        let tables: [Set<Character>] = [
            Set("、,，;；:：不"), Set("省市县区州"), Set(["\u{F967}", "\u{00A0}", "\r\n", "é"]), Set("部委局厅)）"),
        ]
        for members in tables {
            let fast = CharacterClass(members)
            for c in Self.probes {
                #expect(fast.contains(c) == members.contains(c), "\(c.unicodeScalars.map { String($0.value, radix: 16) }) in \(members)")
            }
        }
    }

    @Test("CharacterClass.same is Character equality")
    func sameIsEquality() {
        for a in Self.probes {
            for b in Self.probes {
                #expect(CharacterClass.same(a, b) == (a == b))
            }
        }
    }

    @Test("lines over scalars are the lines over Characters")
    func linesAgree() {
        let text = "（一）强化质量管理。\r\n（牵头单位：省质监局）\n\n\u{2028}2.推进标准化\u{85}（责任单位：各市州）\r\r\n尾"
        let scalars = Array(text.unicodeScalars)
        let fast = UnitTagScanner.lines(of: scalars).map { scalarString(scalars, $0) }
        #expect(fast == text.split(whereSeparator: \.isNewline).map(String.init))
    }

    @Test("a tag after CRLF line ends and with a no-break space is read as before")
    func crlfTag() {
        var convention = false
        let found = AssignmentExtractor().assignments(
            in: "1.开展质量提升行动。\r\n2.加强标准化建设。（牵头单位：省质监局；责任单位：省科技厅、\u{00A0}省工信厅）\r\n",
            convention: &convention)
        #expect(found.map(\.lead) == [["省质监局"]])
        #expect(found.map(\.responsible) == [["省科技厅", "省工信厅"]])
    }

    @Test("garbled spans are found at the same Character offsets across LF, CRLF and combining marks")
    func garbledOffsets() {
        let garbled = "??构抑柿炕∩枋┬窦坝τ檬痉痘亟ㄉ?"
        let text = "（一）总体要求。e\u{301}\u{301}\r\n第二行\n\n" + garbled + "\r\n正文，没有问题。\n" + "再一行" + garbled + "\n"
        // What the detector gave when it split the text by Characters.
        var expected: [Range<Int>] = []
        var offset = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let chars = Array(line)
            expected += GarbledSpanDetector.spans(in: chars).map { ($0.lowerBound + offset)..<($0.upperBound + offset) }
            offset += chars.count + 1
        }
        #expect(expected.count == 2)
        #expect(GarbledSpanDetector.spans(in: text) == expected)
    }
}
