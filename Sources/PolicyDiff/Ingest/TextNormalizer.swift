import Foundation

/// The form of a text used for matching, never for display: full-width and
/// half-width forms folded (NFKC: （一） and (一), ２０２０ and 2020, ％ and %
/// match), whitespace removed (layout spaces inside Chinese text carry no
/// meaning), and traditional characters mapped to simplified ones from the
/// table in `TraditionalChinese` (2,562 common characters, not a full converter:
/// phrase-level conversions such as 乾→干 are deliberately left out).
public enum TextNormalizer {
    public static func forMatching(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var needsNFKC = false
        for scalar in text.unicodeScalars {
            if isStable(scalar) { continue }
            needsNFKC = true
            break
        }
        let source = needsNFKC ? text.precomposedStringWithCompatibilityMapping : text
        for scalar in source.unicodeScalars {
            if LayoutSpace.isLayoutSpace(scalar) || LayoutSpace.isLineBreak(scalar) || isInvisibleControl(scalar) { continue }
            out.append(simplified[scalar] ?? scalar)
        }
        return String(out)
    }

    /// Bidirectional controls and zero-width characters (U+200B–U+200F, U+202A–U+202E,
    /// U+2066–U+2069, U+061C, U+FEFF): invisible in a browser, they make two equal names
    /// differ or reorder what a reader sees. Never part of matching text or of a name.
    @inline(__always)
    public static func isInvisibleControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x200B...0x200F, 0x202A...0x202E, 0x2066...0x2069, 0x061C, 0xFEFF, 0x2060: return true
        default: return false
        }
    }

    /// The text without invisible controls (for names: titles, issuers, units); nothing else changes.
    public static func withoutInvisibleControls(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isInvisibleControl) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars where !isInvisibleControl(scalar) { out.append(scalar) }
        return String(out)
    }

    /// Traditional characters replaced by simplified ones; nothing else changes.
    public static func simplifiedCharacters(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars { out.append(simplified[scalar] ?? scalar) }
        return String(out)
    }

    private static let simplified: [Unicode.Scalar: Unicode.Scalar] = {
        var table: [Unicode.Scalar: Unicode.Scalar] = [:]
        var pending: Unicode.Scalar?
        for scalar in TraditionalChinese.pairs.unicodeScalars where !scalar.properties.isWhitespace {
            if let traditional = pending {
                table[traditional] = scalar
                pending = nil
            } else {
                pending = scalar
            }
        }
        return table
    }()

    /// Scalars NFKC leaves as they are, so the common text of Chinese documents
    /// (ASCII, CJK ideographs, CJK punctuation, Chinese quotes and dashes) skips
    /// the Foundation normaliser.
    private static func isStable(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x9F: return true
        case 0x3001...0x3035, 0x3041...0x3096, 0x30A1...0x30FA: return true
        case 0x3400...0x4DBF, 0x4E00...0x9FFF: return true
        case 0x2010, 0x2013...0x2015, 0x2018...0x2019, 0x201C...0x201D, 0x2022, 0x2030, 0x2032...0x2033: return true
        case 0x00A1...0x00A7, 0x00A9, 0x00AB...0x00AE, 0x00B0...0x00B1, 0x00B6...0x00B7, 0x00BB, 0x00BF...0x00FF:
            return true
        default: return false
        }
    }
}
