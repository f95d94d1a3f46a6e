/// The alignment's character diff as a reader should see it, tidied without changing
/// what it says: a line break or space that only one side has is no edit; a run that
/// both edits share at their ends is shown kept (〔删：中共中〕〔增：党中〕央 reads
/// 〔删：中共〕〔增：党〕中央), so no word both texts hold is split; a bracket is not left
/// alone inside an edit when its partner is kept; a sentence deleted in one place and
/// inserted in another is shown as moved; and a heading the local plan set apart as a
/// clause of its own is not shown as deleted.
enum DiffPresentation {
    enum Run: Equatable {
        case same, deleted, inserted
        /// Deleted here and inserted elsewhere in the same alignment: reordered.
        case moved
        /// The text of a heading the other text holds as a clause of its own.
        case heading
    }

    /// `headings`: the matchable text of the other side's heading clauses that took part
    /// in no alignment (a local plan's 一/(二)基本原则 split off from the reference's clause).
    static func runs(_ diff: [DiffSegment], headings: Set<String>) -> [(DiffSegment.Operation, Run, String)] {
        var segments = merged(diff.filter { !$0.text.isEmpty })
        segments = sharedEnds(segments)
        segments = balancedBrackets(segments)
        let pieces = segments.flatMap(sentencePieces)
        let deleted = Set(pieces.filter { $0.operation == .delete }.map { key($0.text) }.filter { $0.count >= minimumMoved })
        let inserted = Set(pieces.filter { $0.operation == .insert }.map { key($0.text) }.filter { $0.count >= minimumMoved })
        return pieces.flatMap(withoutEdgeSpace).map { p, isSpace in
            let k = key(p.text)
            if isSpace { return (p.operation, .same, p.text) }
            switch p.operation {
            case .equal: return (p.operation, .same, p.text)
            case .delete:
                if inserted.contains(k) { return (p.operation, .moved, p.text) }
                if headings.contains(k) { return (p.operation, .heading, p.text) }
                return (p.operation, .deleted, p.text)
            case .insert:
                if deleted.contains(k) { return (p.operation, .moved, p.text) }
                if headings.contains(k) { return (p.operation, .heading, p.text) }
                return (p.operation, .inserted, p.text)
            }
        }
    }

    /// A reordered sentence is at least this long (matchable characters): a shared 的 or
    /// 加强 in two places is not a moved sentence.
    static let minimumMoved = 6

    static func key(_ text: String) -> String { MeasureCount.matchable(text) }

    static func merged(_ segments: [DiffSegment]) -> [DiffSegment] {
        var out: [DiffSegment] = []
        for s in segments where !s.text.isEmpty {
            if let last = out.last, last.operation == s.operation {
                out[out.count - 1].text += s.text
            } else {
                out.append(s)
            }
        }
        return out
    }

    /// A deletion and an insertion side by side that begin or end alike keep that run as
    /// common text: it is the same characters in both texts.
    static func sharedEnds(_ input: [DiffSegment]) -> [DiffSegment] {
        // Each stretch of edits between kept runs as one deletion then one insertion:
        // the order of interleaved edits says nothing a reader needs.
        let segments = CharacterDiff.merged(input)
        var out: [DiffSegment] = []
        var i = 0
        while i < segments.count {
            guard i + 1 < segments.count, let pair = editPair(segments[i], segments[i + 1]) else {
                out.append(segments[i]); i += 1; continue
            }
            var d = Array(pair.delete), n = Array(pair.insert)
            var prefix: [Character] = [], suffix: [Character] = []
            while d.count > 1, n.count > 1, d.first == n.first, !isBracket(d[0]) { prefix.append(d.removeFirst()); n.removeFirst() }
            while d.count > 1, n.count > 1, d.last == n.last, !isBracket(d[d.count - 1]) { suffix.insert(d.removeLast(), at: 0); n.removeLast() }
            out.append(DiffSegment(.equal, String(prefix)))
            out.append(DiffSegment(.delete, String(d)))
            out.append(DiffSegment(.insert, String(n)))
            out.append(DiffSegment(.equal, String(suffix)))
            i += 2
        }
        return merged(out)
    }

    static func editPair(_ a: DiffSegment, _ b: DiffSegment) -> (delete: String, insert: String)? {
        if a.operation == .delete, b.operation == .insert { return (a.text, b.text) }
        if a.operation == .insert, b.operation == .delete { return (b.text, a.text) }
        return nil
    }

    static let opening: [Character: Character] = ["《": "》", "（": "）", "(": ")", "〔": "〕", "[": "]", "【": "】", "“": "”", "「": "」"]
    static let closing: [Character: Character] = Dictionary(uniqueKeysWithValues: opening.map { ($1, $0) })

    static func isBracket(_ c: Character) -> Bool { opening[c] != nil || closing[c] != nil }

    private static let bracketValues: [UInt32] = (Array(opening.keys) + Array(closing.keys)).flatMap { $0.unicodeScalars.map(\.value) }.sorted()

    /// An edit that opens a bracket closed in the kept text after it (or closes one
    /// opened before it) takes the kept text up to the partner with it, on both sides,
    /// so that 《…》 reads as one title deleted and one inserted, not a stray 《.
    static func balancedBrackets(_ segments: [DiffSegment]) -> [DiffSegment] {
        var s = segments
        var i = 0
        while i < s.count {
            // The last edit of a group followed by kept text.
            guard s[i].operation != .equal, i + 1 < s.count, s[i + 1].operation == .equal else { i += 1; continue }
            var j = i
            while j > 0, s[j - 1].operation != .equal { j -= 1 }
            let group = Array(j...i)
            let partners = Set(group.compactMap { unclosed(s[$0].text).last.flatMap { opening[$0] } })
            if !partners.isEmpty, let d = group.last(where: { s[$0].operation == .delete }),
               let n = group.last(where: { s[$0].operation == .insert }),
               let end = s[i + 1].text.firstIndex(where: { partners.contains($0) }),
               s[i + 1].text.distance(from: s[i + 1].text.startIndex, to: end) < 24 {
                // The kept text up to the partner belongs to both texts: it joins both edits.
                let taken = String(s[i + 1].text[...end])
                s[i + 1].text = String(s[i + 1].text[s[i + 1].text.index(after: end)...])
                s[d].text += taken
                s[n].text += taken
            }
            i += 1
        }
        return CharacterDiff.merged(s)
    }

    /// The brackets opened in `text` and not closed in it, innermost last.
    static func unclosed(_ text: String) -> [Character] {
        // A bracket is a character of one scalar: text without such a scalar has none.
        guard text.unicodeScalars.contains(where: { bracketValues.contains($0.value) }) else { return [] }
        var stack: [Character] = []
        for c in text {
            if opening[c] != nil { stack.append(c) } else if let o = closing[c], stack.last == o { stack.removeLast() }
        }
        return stack
    }

    /// Line breaks and spaces at the ends of an edit (or an edit of nothing else) are
    /// layout, not wording: they stay on their own side, outside the edit's markup.
    static func withoutEdgeSpace(_ s: DiffSegment) -> [(DiffSegment, Bool)] {
        guard s.operation != .equal else { return [(s, false)] }
        let isSpace: (Character) -> Bool = { $0.isWhitespace || $0.isNewline }
        // Most edits start and end with wording: the edit as it stands.
        if let first = s.text.first, let last = s.text.last, !isSpace(first), !isSpace(last) { return [(s, false)] }
        let chars = Array(s.text)
        guard let first = chars.firstIndex(where: { !isSpace($0) }), let last = chars.lastIndex(where: { !isSpace($0) }) else {
            return [(s, true)]
        }
        return [(DiffSegment(s.operation, String(chars[..<first])), true), (DiffSegment(s.operation, String(chars[first...last])), false),
                (DiffSegment(s.operation, String(chars[(last + 1)...])), true)].filter { !$0.0.text.isEmpty }
    }

    /// Edits cut at sentence ends, so that one sentence moved inside a longer edit is found.
    static func sentencePieces(_ s: DiffSegment) -> [DiffSegment] {
        guard s.operation != .equal else { return [s] }
        // A sentence end is a character of one scalar: an edit without such a scalar is one piece.
        guard s.text.unicodeScalars.contains(where: MeasureCount.isEnd) else { return s.text.isEmpty ? [] : [s] }
        var out: [DiffSegment] = []
        var current = ""
        for c in s.text {
            current.append(c)
            if MeasureCount.ends.contains(c) { out.append(DiffSegment(s.operation, current)); current = "" }
        }
        if !current.isEmpty { out.append(DiffSegment(s.operation, current)) }
        return out
    }
}
