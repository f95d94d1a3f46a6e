/// The title of a heading. Chinese official documents write a heading either on
/// its own line (`(二)基本原则`) or run in with its body, the title closed by a
/// full stop (`(一)指导思想。高举…`). A first sentence that is long or has
/// several clauses is body, not a title (`13.按照“一县一产”…的要求,立足实际,…`).
enum InlineTitle {
    /// A run-in title is a short phrase: longer first sentences are body.
    static let maxRunInLength = 40
    /// A heading standing alone is all title, up to this length.
    static let maxStandaloneLength = 60
    /// A run-in title closed by a colon (主要目标：到2020年…) is shorter still.
    static let maxColonTitleLength = 20
    /// A title set off by a space is short too.
    static let maxSpacedTitleLength = 20
    static func isComma(_ c: Character) -> Bool { c == "," || c == "，" }
    /// Punctuation and spaces trimmed from the end of a title.
    static func isTrailing(_ c: Character) -> Bool {
        c == "。" || c == "：" || c == ":" || c == "；" || c == ";" || isComma(c) || LabelPadding.contains(c)
    }

    /// `line` may be only the head of a longer line (`complete` false): a title
    /// is always within the first `maxStandaloneLength` characters after the label.
    static func title(of line: [Character], from start: Int, complete: Bool = true) -> String? {
        guard start < line.count else { return nil }
        var commaCount = 0
        var bookDepth = 0
        var i = start
        // Compared as scalars: Character equality with non-ASCII literals is slow on hot paths.
        while i < line.count {
            guard let scalar = line[i].unicodeScalars.first else { i += 1; continue }
            switch scalar.value {
            case 0x300A:                      // 《
                bookDepth += 1
            case 0x300B:                      // 》
                bookDepth = max(0, bookDepth - 1)
            case 0x3002:                      // 。
                let candidate = line[start..<i]
                let isTitle = !candidate.isEmpty && candidate.count <= maxRunInLength && commaCount <= 1
                return isTitle ? trimmed(candidate) : nil
            case 0xFF1A, 0x3A:                // ： :
                if i - start <= maxColonTitleLength && commaCount == 0 && i + 1 < line.count {
                    return i > start ? trimmed(line[start..<i]) : nil
                }
            case 0xFF0C, 0x2C:                // ， ,
                commaCount += 1
            default:
                // Chinese prose has no spaces: a space after a short phrase ends a title set
                // off by layout (a table cell, `(一)指导思想 以习近平…`).
                if LabelPadding.containsScalar(scalar), bookDepth == 0, i > start, i - start <= maxSpacedTitleLength,
                   commaCount == 0, i + 1 < line.count, !LabelPadding.contains(line[i + 1]) {
                    return trimmed(line[start..<i])
                }
            }
            i += 1
        }
        // No full stop: the heading stands alone on its line.
        guard complete, line.count - start <= maxStandaloneLength else { return nil }
        return trimmed(line[start...])
    }

    private static func trimmed(_ chars: ArraySlice<Character>) -> String? {
        var end = chars.endIndex
        while end > chars.startIndex, isTrailing(chars[end - 1]) { end -= 1 }
        return end > chars.startIndex ? characterString(chars[chars.startIndex..<end]) : nil
    }

    /// A title with its layout spaces removed: 总　　则 → 总则, 消费者的 权利 → 消费者的权利.
    /// Chinese titles have no word spaces; a space between Latin letters or digits is kept.
    static func compacted(_ chars: ArraySlice<Character>) -> String? {
        var out: [Character] = []
        var pendingSpace = false
        for c in chars {
            if LabelPadding.contains(c) {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace, let last = out.last, last.isASCII, c.isASCII { out.append(" ") }
            pendingSpace = false
            out.append(c)
        }
        while let last = out.last, isTrailing(last) { out.removeLast() }
        return out.isEmpty ? nil : characterString(out)
    }
}
