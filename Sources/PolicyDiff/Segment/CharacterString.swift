/// A String made from Characters through their UTF-8 bytes. `String(characters)`
/// appends them one by one, each a small String of its own, and costs about three
/// times more; titles, heading labels and unit names are built this way on every
/// heading and every tag. The bytes are the same either way.
func characterString<C: Collection>(_ characters: C) -> String where C.Element == Character {
    var utf8: [UInt8] = []
    utf8.reserveCapacity(characters.count * 3)
    for character in characters { utf8.append(contentsOf: character.utf8) }
    return String(decoding: utf8, as: UTF8.self)
}

/// The Characters of a text, as `Array(text)` gives them, without its grapheme
/// walk where it cannot change anything: Chinese official text is made almost
/// only of scalars that are a Character each (Han, CJK and full-width
/// punctuation, ASCII), and cutting it into graphemes is most of what
/// `Array(text)` costs on every clause. A text holding any other scalar (a
/// combining mark, a variation selector, CR before LF, Hangul, an emoji
/// sequence) is cut by the standard library as before.
enum CharacterText {
    static func characters(of text: String) -> [Character] {
        guard text.unicodeScalars.allSatisfy(standsAlone) else { return Array(text) }
        var result: [Character] = []
        result.reserveCapacity(text.utf8.count / 2)
        for scalar in text.unicodeScalars { result.append(Character(scalar)) }
        return result
    }

    static func characters<C: Collection>(of scalars: C) -> [Character] where C.Element == Unicode.Scalar {
        guard scalars.allSatisfy(standsAlone) else {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars)
            return Array(String(view))
        }
        return scalars.map(Character.init)
    }

    /// The first `limit` Characters of a text (a line's head, where labels and titles are read).
    static func prefix(of text: String, _ limit: Int) -> [Character] {
        var result: [Character] = []
        result.reserveCapacity(limit)
        var simple = true
        for scalar in text.unicodeScalars {
            // The scalar after the last one taken must stand alone too: it could join it.
            guard standsAlone(scalar) else { simple = false; break }
            guard result.count < limit else { break }
            result.append(Character(scalar))
        }
        if simple { return result }
        result.removeAll(keepingCapacity: true)
        for c in text {
            guard result.count < limit else { break }
            result.append(c)
        }
        return result
    }

    /// Whether every scalar stands alone: then each is a Character, and two
    /// Characters are equal exactly when their scalars are.
    static func isPlain<S: Sequence>(_ scalars: S) -> Bool where S.Element == Unicode.Scalar {
        scalars.allSatisfy(standsAlone)
    }

    /// A scalar that is a grapheme of its own whatever stands beside it (Unicode
    /// grapheme break property Other or Control, never joined by a neighbour): no
    /// Extend, ZWJ, SpacingMark, Prepend, Hangul jamo or regional indicator lies in
    /// these ranges, and CR (which joins a following LF) is left out. Nor is any
    /// scalar that another one is canonically equivalent to (the CJK compatibility
    /// ideographs, Ω K Å signs): among these, different scalars are different Characters.
    @inline(__always)
    static func standsAlone(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x20...0x7E: return true
        case 0xA0...0x2FF: return true
        case 0x2010...0x2027, 0x2030...0x205E: return true
        case 0x2160...0x2188, 0x2190...0x22FF, 0x2460...0x26FF: return true
        case 0x3000...0x3029, 0x3030...0x303F, 0x3041...0x3096, 0x30A0...0x30FF: return true
        case 0x3200...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF: return true
        case 0xFE30...0xFE6F, 0xFF01...0xFF9D, 0xFFE0...0xFFEE: return true
        case 0x20000...0x2F7FF: return true
        default: return false
        }
    }
}
