import Foundation

/// The form of a text used for matching, never for display: full-width and
/// half-width forms folded (NFKC), whitespace removed, traditional characters
/// mapped to simplified ones.
public enum TextNormalizer {
    public static func forMatching(_ text: String) -> String {
        let folded = text.precomposedStringWithCompatibilityMapping
        var out = String.UnicodeScalarView()
        for scalar in folded.unicodeScalars where !scalar.properties.isWhitespace {
            out.append(scalar)
        }
        return String(out)
    }
}
