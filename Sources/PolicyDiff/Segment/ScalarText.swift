/// Literal search over Unicode scalars. `String.contains(_:)` and `range(of:)` go
/// through Foundation and compare by canonical equivalence, which is costly on
/// every line of every document; the words searched here (印发, 成文日期) are
/// plain Han text, for which scalar equality is the same test.
enum ScalarText {
    /// Searched in the UTF-8 bytes, without copying the text: a UTF-8 sequence
    /// found in valid UTF-8 always starts and ends on scalar boundaries.
    static func contains(_ text: String, _ word: String) -> Bool {
        var text = text
        var word = word
        return word.withUTF8 { needle in
            text.withUTF8 { hay in
                guard let first = needle.first, hay.count >= needle.count else { return needle.isEmpty }
                var i = 0
                while i + needle.count <= hay.count {
                    if hay[i] == first {
                        var k = 1
                        while k < needle.count, hay[i + k] == needle[k] { k += 1 }
                        if k == needle.count { return true }
                    }
                    i += 1
                }
                return false
            }
        }
    }

    /// The first occurrence of `word` in `text`, as scalar offsets.
    static func range(of word: String, in text: String) -> Range<Int>? {
        let needle = Array(word.unicodeScalars)
        guard let first = needle.first else { return nil }
        let hay = Array(text.unicodeScalars)
        guard hay.count >= needle.count else { return nil }
        var i = 0
        while i + needle.count <= hay.count {
            if hay[i] == first {
                var k = 1
                while k < needle.count, hay[i + k] == needle[k] { k += 1 }
                if k == needle.count { return i..<(i + needle.count) }
            }
            i += 1
        }
        return nil
    }

    /// Whether Foundation's `text.range(of: word)` could find anything: false
    /// only when the literal search finds nothing and every scalar of both is its
    /// own sole spelling, so that canonical equivalence is scalar equality. A
    /// cheap test before Foundation's search, which costs on every line.
    static func mayFind(_ word: String, in text: String) -> Bool {
        contains(text, word)
            || !word.unicodeScalars.allSatisfy(isSoleSpelling)
            || !text.unicodeScalars.allSatisfy(isSoleSpelling)
    }

    /// `text.contains(word)` as String says it (canonical equivalence), with that
    /// search run only where the literal one could not rule the word out (`mayFind`).
    static func containsEquivalent(_ text: String, _ word: String) -> Bool {
        mayFind(word, in: text) && text.contains(word)
    }

    /// A scalar that is its own only spelling: ASCII, CJK punctuation
    /// (U+3000–303F without the tone marks U+302A–302F, which combine), the
    /// unified Han ideographs (U+4E00–9FFF) and the full-width forms
    /// (U+FF00–FFEF) have no canonical decomposition and combine with nothing, so
    /// two sequences of them are canonically equivalent only when they are equal.
    /// What normalises to them from elsewhere (the compatibility ideographs
    /// U+F900–FAFF, U+037E for ;) lies outside these ranges and fails this test.
    @inline(__always)
    static func isSoleSpelling(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0..<0x80, 0x3000...0x3029, 0x3030...0x303F, 0x4E00...0x9FFF, 0xFF00...0xFFEF: return true
        default: return false
        }
    }
}
