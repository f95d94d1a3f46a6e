/// Book-title marks 《…》, the way Chinese documents cite other documents.
public enum CitationReader {
    /// The contents of every top-level 《…》 in `text`, nested 《》 and 〈〉 kept.
    public static func bookTitles(in text: String) -> [String] {
        var titles: [String] = []
        var depth = 0
        var current: [Character] = []
        for c in text {
            if c == "《" {
                if depth > 0 { current.append(c) }
                depth += 1
            } else if c == "》" && depth > 0 {
                depth -= 1
                if depth == 0 { titles.append(String(current)); current.removeAll() } else { current.append(c) }
            } else if depth > 0 {
                current.append(c)
            }
        }
        return titles
    }
}
