/// Literal search over Unicode scalars. `String.contains(_:)` and `range(of:)` go
/// through Foundation and compare by canonical equivalence, which is costly on
/// every line of every document; the words searched here (印发, 成文日期) are
/// plain Han text, for which scalar equality is the same test.
enum ScalarText {
    static func contains(_ text: String, _ word: String) -> Bool {
        range(of: word, in: text) != nil
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
}
