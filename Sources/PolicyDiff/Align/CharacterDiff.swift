/// A character diff of two clause texts that reads like an editor's mark-up: whole
/// phrases deleted or inserted, and inside a phrase that was merely edited, the
/// characters that changed (a changed 50 → 500 stays one inserted 0).
///
/// Two levels: Myers' diff over phrases (cut after ，。；：、 and line ends), then
/// Myers over characters inside each replaced stretch, then a semantic clean-up that
/// folds short runs of equal characters caught between edits into the edits, so a
/// rewritten phrase shows as one deletion and one insertion instead of confetti.
public enum CharacterDiff {
    /// Characters after which a phrase ends.
    static let phraseEnds: Set<Character> = ["，", "。", "；", "：", "、", "！", "？", ",", ";", ":", "!", "?", "\n"]
    /// A replaced stretch longer than this is shown as a deletion and an insertion
    /// without a character diff (bounds cost on long rewritten passages).
    static let characterDiffLimit = 600
    /// Longest equal run between edits that may be folded into them as coincidence (的, 质量, 提升工作).
    static let longestCoincidence = 6
    /// Equal runs this short between edits are folded into a long neighbouring edit.
    static let shortestKept = 2
    /// Most edit steps tried before giving up on a finer diff (character level, where a
    /// stretch is at most `characterDiffLimit` long anyway).
    static let maxEditSteps = 1200
    /// Most phrase edits Myers searches for in one stretch. Myers costs O((N+M)·D); with D
    /// capped per stretch the phrase diff costs at most `maxPhraseEdits` steps per phrase,
    /// i.e. linear in the text (a clause of the genre differs by a few dozen phrases; a
    /// merged alignment of several items by one or two hundred).
    static let maxPhraseEdits = 300

    public static func diff(_ a: String, _ b: String) -> [DiffSegment] {
        let pa = phrases(a), pb = phrases(b)
        // Phrases compared as integers: String equality normalises on every call. On plain
        // text (`PlainScalars`) equal phrases are equal bytes, hashed without normalising.
        let (ia, ib) = PlainScalars.isPlain(a) && PlainScalars.isPlain(b)
            ? phraseIDs(pa, pb, key: PlainPhrase.init) : phraseIDs(pa, pb, key: { $0 })
        var out: [DiffSegment] = []
        let ops = phraseOps(ia, ib)
        var i = 0
        var deleted: [String] = [], inserted: [String] = []
        func flush() {
            guard !deleted.isEmpty || !inserted.isEmpty else { return }
            let d = Array(deleted.joined().unicodeScalars), n = Array(inserted.joined().unicodeScalars)
            out += characterLevel(d, n)
            deleted.removeAll(); inserted.removeAll()
        }
        while i < ops.count {
            switch ops[i] {
            case .equal(let x, _): flush(); out.append(DiffSegment(.equal, pa[x]))
            case .delete(let x): deleted.append(pa[x])
            case .insert(let y): inserted.append(pb[y])
            }
            i += 1
        }
        flush()
        return shiftedToPhraseBoundaries(cleanedUp(merged(out)))
    }

    /// Dense ids of the phrases of both texts, equal phrases (by `key`) alike, in order of first occurrence.
    private static func phraseIDs<Key: Hashable>(_ pa: [String], _ pb: [String], key: (String) -> Key) -> ([Int], [Int]) {
        var ids: [Key: Int] = [:]
        func id(_ p: String) -> Int {
            let k = key(p)
            if let known = ids[k] { return known }
            ids[k] = ids.count
            return ids.count - 1
        }
        let ia = pa.map(id)
        return (ia, pb.map(id))
    }

    /// A phrase of plain text, equal and hashed by its UTF-8 bytes.
    private struct PlainPhrase: Hashable {
        let text: String
        static func == (x: PlainPhrase, y: PlainPhrase) -> Bool { x.text.utf8.elementsEqual(y.text.utf8) }
        func hash(into hasher: inout Hasher) {
            let hashed: Void? = text.utf8.withContiguousStorageIfAvailable { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
            if hashed == nil { for byte in text.utf8 { hasher.combine(byte) } }
        }
    }

    /// Characters of a text (`String.count`), counted as scalars when every scalar is plain.
    static func characterCount(_ text: String) -> Int {
        var count = 0
        for s in text.unicodeScalars {
            guard PlainScalars.isPlain(s) else { return text.count }
            count += 1
        }
        return count
    }

    /// The phrase-level edit script, bounded: common prefix and suffix first; Myers with at
    /// most `maxPhraseEdits` edits on the middle; when more are needed (two long passages
    /// rewritten throughout), phrases that occur once on each side and in the same order
    /// (the longest increasing run of their positions, as in patience diff) anchor the
    /// passages, Myers with the same cap runs between anchors, and a stretch that still
    /// needs more is one deletion and one insertion (`characterLevel` then keeps its common
    /// edges). Cost: O(N log N + N·maxPhraseEdits) for N phrases — doubling both clauses
    /// at most doubles it, plus the log factor of the anchor search.
    static func phraseOps(_ a: [Int], _ b: [Int]) -> [Op] {
        var prefix = 0
        while prefix < a.count, prefix < b.count, a[prefix] == b[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < a.count - prefix, suffix < b.count - prefix, a[a.count - 1 - suffix] == b[b.count - 1 - suffix] { suffix += 1 }
        var ops: [Op] = (0..<prefix).map { .equal($0, $0) }
        let aMiddle = prefix..<(a.count - suffix), bMiddle = prefix..<(b.count - suffix)
        if let middle = myers(Array(a[aMiddle]), Array(b[bMiddle]), maxD: maxPhraseEdits) {
            ops += shifted(middle, a: prefix, b: prefix)
        } else {
            var x = aMiddle.lowerBound, y = bMiddle.lowerBound
            for (ax, by) in anchors(a, aMiddle, b, bMiddle) + [(aMiddle.upperBound, bMiddle.upperBound)] {
                ops += gapOps(a, x..<ax, b, y..<by)
                if ax < aMiddle.upperBound { ops.append(.equal(ax, by)) }
                x = ax + 1; y = by + 1
            }
        }
        ops += (0..<suffix).map { .equal(a.count - suffix + $0, b.count - suffix + $0) }
        return ops
    }

    /// Between two anchors: Myers with the cap, or the whole stretch replaced.
    private static func gapOps(_ a: [Int], _ ra: Range<Int>, _ b: [Int], _ rb: Range<Int>) -> [Op] {
        if let ops = myers(Array(a[ra]), Array(b[rb]), maxD: maxPhraseEdits) { return shifted(ops, a: ra.lowerBound, b: rb.lowerBound) }
        return ra.map { .delete($0) } + rb.map { .insert($0) }
    }

    private static func shifted(_ ops: [Op], a: Int, b: Int) -> [Op] {
        ops.map {
            switch $0 {
            case .equal(let x, let y): .equal(x + a, y + b)
            case .delete(let x): .delete(x + a)
            case .insert(let y): .insert(y + b)
            }
        }
    }

    /// Phrases found exactly once in each middle, kept where their positions increase on
    /// both sides (longest increasing subsequence, O(N log N)): the passage's landmarks.
    static func anchors(_ a: [Int], _ ra: Range<Int>, _ b: [Int], _ rb: Range<Int>) -> [(Int, Int)] {
        var countA: [Int: Int] = [:], countB: [Int: Int] = [:], positionB: [Int: Int] = [:]
        for x in ra { countA[a[x], default: 0] += 1 }
        for y in rb { countB[b[y], default: 0] += 1; positionB[b[y]] = y }
        let candidates: [(Int, Int)] = ra.compactMap { x in
            countA[a[x]] == 1 && countB[a[x]] == 1 ? positionB[a[x]].map { (x, $0) } : nil
        }
        // Patience sorting: tails[k] = index of the candidate ending the best run of length k+1.
        var tails: [Int] = [], previous = [Int](repeating: -1, count: candidates.count)
        for (i, c) in candidates.enumerated() {
            var low = 0, high = tails.count
            while low < high {
                let mid = (low + high) / 2
                if candidates[tails[mid]].1 < c.1 { low = mid + 1 } else { high = mid }
            }
            if low > 0 { previous[i] = tails[low - 1] }
            if low == tails.count { tails.append(i) } else { tails[low] = i }
        }
        var result: [(Int, Int)] = []
        var k = tails.last ?? -1
        while k >= 0 { result.append(candidates[k]); k = previous[k] }
        return result.reversed()
    }

    /// An insertion or deletion between two equal runs can often slide along text that
    /// repeats at its edges (建设,加[大招商…水平,加]快 = 建设,[加大招商…水平,]加快); it is
    /// placed where its edges fall on phrase ends, so the mark-up reads as whole phrases.
    static func shiftedToPhraseBoundaries(_ segments: [DiffSegment]) -> [DiffSegment] {
        var out = segments
        var i = 1
        while i + 1 < out.count {
            guard out[i - 1].operation == .equal, out[i + 1].operation == .equal, out[i].operation != .equal else { i += 1; continue }
            var before = Array(out[i - 1].text.unicodeScalars), edit = Array(out[i].text.unicodeScalars)
            var after = Array(out[i + 1].text.unicodeScalars)
            let original = (before, edit, after)
            // Leftmost position first.
            while let last = before.last, last == edit.last {
                before.removeLast()
                edit.insert(edit.removeLast(), at: 0)
                after.insert(last, at: 0)
            }
            // A sentence end (。；) beats a comma: a dropped measure is a whole sentence.
            func score(_ b: [Unicode.Scalar], _ e: [Unicode.Scalar]) -> Int {
                (b.last.map { phraseEndScalars.contains($0) } ?? true ? 2 : 0) + (e.last.map { phraseEndScalars.contains($0) } ?? false ? 1 : 0)
                    + (b.last.map { SentenceAccount.sentenceEndScalars.contains($0) } ?? true ? 1 : 0)
                    + (e.last.map { SentenceAccount.sentenceEndScalars.contains($0) } ?? false ? 1 : 0)
            }
            // The diff's own placement stands unless another is strictly better.
            var best = (score(original.0, original.1), original.0, original.1, original.2)
            if score(before, edit) > best.0 { best = (score(before, edit), before, edit, after) }
            var b = before, e = edit, a = after
            while let first = a.first, first == e.first {
                b.append(first)
                e.append(e.removeFirst())
                a.removeFirst()
                let sc = score(b, e)
                if sc > best.0 { best = (sc, b, e, a) }
            }
            out[i - 1].text = text(best.1)
            out[i].text = text(best.2)
            out[i + 1].text = text(best.3)
            i += 1
        }
        return out.filter { !$0.text.isEmpty }
    }

    static let phraseEndScalars: Set<Unicode.Scalar> = Set(phraseEnds.compactMap { $0.unicodeScalars.first })
    /// The same as values, for the scan of every character without hashing.
    private static let phraseEndValues: [UInt32] = phraseEndScalars.map(\.value).sorted()

    static func phrases(_ text: String) -> [String] {
        var result: [String] = []
        let scalars = Array(text.unicodeScalars)
        var start = 0
        for (i, s) in scalars.enumerated() where phraseEndValues.contains(s.value) {
            result.append(Self.text(scalars[start...i]))
            start = i + 1
        }
        if start < scalars.count { result.append(Self.text(scalars[start...])) }
        return result
    }

    static func text(_ s: ArraySlice<Unicode.Scalar>) -> String { ScalarText.string(s) }
    static func text(_ s: [Unicode.Scalar]) -> String { ScalarText.string(s) }

    /// Character level works on Unicode scalars: the genre's text is CJK and ASCII,
    /// one scalar per character, and scalars compare without normalisation.
    static func characterLevel(_ d: [Unicode.Scalar], _ n: [Unicode.Scalar]) -> [DiffSegment] {
        if d.isEmpty { return [DiffSegment(.insert, text(n))] }
        if n.isEmpty { return [DiffSegment(.delete, text(d))] }
        guard d.count + n.count <= characterDiffLimit, let ops = myers(d, n, maxD: maxEditSteps) else {
            return prefixSuffixDiff(d, n)
        }
        // Runs of one operation become one segment.
        var segments: [DiffSegment] = []
        var run: [Unicode.Scalar] = []
        var runOperation = DiffSegment.Operation.equal
        for op in ops {
            let (operation, scalar): (DiffSegment.Operation, Unicode.Scalar)
            switch op {
            case .equal(let x, _): (operation, scalar) = (.equal, d[x])
            case .delete(let x): (operation, scalar) = (.delete, d[x])
            case .insert(let y): (operation, scalar) = (.insert, n[y])
            }
            if operation != runOperation, !run.isEmpty {
                segments.append(DiffSegment(runOperation, text(run)))
                run.removeAll(keepingCapacity: true)
            }
            runOperation = operation
            run.append(scalar)
        }
        if !run.isEmpty { segments.append(DiffSegment(runOperation, text(run))) }
        let cleaned = cleanedUp(merged(segments))
        // A phrase that kept almost nothing was rewritten, not edited: show it whole.
        let kept = cleaned.filter { $0.operation == .equal }.reduce(0) { $0 + characterCount($1.text) }
        if kept * 4 < min(d.count, n.count) { return [DiffSegment(.delete, text(d)), DiffSegment(.insert, text(n))] }
        return cleaned
    }

    /// Common prefix and suffix kept, the middle shown as one deletion and one insertion.
    static func prefixSuffixDiff(_ d: [Unicode.Scalar], _ n: [Unicode.Scalar]) -> [DiffSegment] {
        var p = 0
        while p < d.count, p < n.count, d[p] == n[p] { p += 1 }
        var s = 0
        while s < d.count - p, s < n.count - p, d[d.count - 1 - s] == n[n.count - 1 - s] { s += 1 }
        var out: [DiffSegment] = []
        if p > 0 { out.append(DiffSegment(.equal, text(d[0..<p]))) }
        if d.count - s > p { out.append(DiffSegment(.delete, text(d[p..<(d.count - s)]))) }
        if n.count - s > p { out.append(DiffSegment(.insert, text(n[p..<(n.count - s)]))) }
        if s > 0 { out.append(DiffSegment(.equal, text(d[(d.count - s)...]))) }
        return out
    }

    /// Adjacent runs of one operation joined; within a stretch between equal runs,
    /// deletions before insertions.
    static func merged(_ segments: [DiffSegment]) -> [DiffSegment] {
        var out: [DiffSegment] = []
        var deleted = "", inserted = ""
        func flush() {
            if !deleted.isEmpty { out.append(DiffSegment(.delete, deleted)) }
            if !inserted.isEmpty { out.append(DiffSegment(.insert, inserted)) }
            deleted = ""; inserted = ""
        }
        for s in segments where !s.text.isEmpty {
            switch s.operation {
            case .delete: deleted += s.text
            case .insert: inserted += s.text
            case .equal:
                flush()
                if let last = out.last, last.operation == .equal { out[out.count - 1].text += s.text } else { out.append(s) }
            }
        }
        flush()
        return out
    }

    /// Semantic clean-up: an equal run no longer than the edits on both its sides is
    /// coincidence (两个 shared 的 in two rewritten phrases), folded into the edits.
    ///
    /// Folding only makes edits longer, so a fold never undoes another and the result is
    /// the closure whatever the order: one pass left to right with a stack, where a new
    /// edit group may fold the equal run before it, and the grown group the run before
    /// that. Each fold removes two blocks: linear in the number of segments.
    static func cleanedUp(_ segments: [DiffSegment]) -> [DiffSegment] {
        struct Group { var deleted: String; var inserted: String; var d: Int; var n: Int }
        enum Block { case equal(String, Int), edit(Group) }
        var blocks: [Block] = []
        var pending: Group?
        func push(_ group: Group) {
            var g = group
            while blocks.count >= 2, case .equal(let text, let length) = blocks[blocks.count - 1],
                  case .edit(let before) = blocks[blocks.count - 2],
                  foldable(length, before: (before.d, before.n), after: (g.d, g.n)) {
                blocks.removeLast(2)
                g = Group(deleted: before.deleted + text + g.deleted, inserted: before.inserted + text + g.inserted,
                          d: before.d + length + g.d, n: before.n + length + g.n)
            }
            blocks.append(.edit(g))
        }
        for s in merged(segments) {
            switch s.operation {
            case .equal:
                if let g = pending { push(g); pending = nil }
                blocks.append(.equal(s.text, characterCount(s.text)))
            case .delete:
                var g = pending ?? Group(deleted: "", inserted: "", d: 0, n: 0)
                g.deleted += s.text; g.d += characterCount(s.text)
                pending = g
            case .insert:
                var g = pending ?? Group(deleted: "", inserted: "", d: 0, n: 0)
                g.inserted += s.text; g.n += characterCount(s.text)
                pending = g
            }
        }
        if let g = pending { push(g) }
        var out: [DiffSegment] = []
        for block in blocks {
            switch block {
            case .equal(let text, _): out.append(DiffSegment(.equal, text))
            case .edit(let g):
                if !g.deleted.isEmpty { out.append(DiffSegment(.delete, g.deleted)) }
                if !g.inserted.isEmpty { out.append(DiffSegment(.insert, g.inserted)) }
            }
        }
        return out
    }

    private static func foldable(_ length: Int, before: (Int, Int), after: (Int, Int)) -> Bool {
        // Only short runs are coincidence: a whole phrase kept between two rewrites
        // is what the researcher needs to see, however long the rewrites.
        let coincidence = length <= longestCoincidence
            && length <= max(before.0, before.1) && length <= max(after.0, after.1)
        // One or two shared characters inside a long rewrite (产业 in 传统优势产业 →
        // “一特两新”产业链) are not worth a break in the mark-up either.
        let sliver = length <= shortestKept && max(before.0 + before.1, after.0 + after.1) >= 4 * length
        return coincidence || sliver
    }

    enum Op: Equatable { case equal(Int, Int), delete(Int), insert(Int) }

    /// Myers' O((N+M)·D) diff; nil when more than `maxD` edits are needed.
    static func myers<T: Equatable>(_ a: [T], _ b: [T], maxD: Int) -> [Op]? {
        let n = a.count, m = b.count
        let limit = min(n + m, maxD)
        let offset = limit + 1
        var v = [Int](repeating: 0, count: 2 * limit + 3)
        // v before each step d (its indices -d-1…d+1, 2d+3 values), one step after the
        // other in one buffer: step d starts at d² + 2d. One allocation, not one per step.
        var trace: [Int] = []
        var found = -1
        a.withUnsafeBufferPointer { a in
            b.withUnsafeBufferPointer { b in
                v.withUnsafeMutableBufferPointer { v in
                    search: for d in 0...limit {
                        trace.append(contentsOf: v[(offset - d - 1)...(offset + d + 1)])
                        var k = -d
                        while k <= d {
                            var x: Int
                            if k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]) {
                                x = v[offset + k + 1]
                            } else {
                                x = v[offset + k - 1] + 1
                            }
                            var y = x - k
                            while x < n, y < m, a[x] == b[y] { x += 1; y += 1 }
                            v[offset + k] = x
                            if x >= n, y >= m { found = d; break search }
                            k += 2
                        }
                    }
                }
            }
        }
        guard found >= 0 else { return nil }
        var ops: [Op] = []
        var x = n, y = m
        for d in stride(from: found, through: 0, by: -1) {
            let start = d * d + 2 * d  // v before step d, indices k in -d-1…d+1
            func at(_ k: Int) -> Int { trace[start + k + d + 1] }
            let k = x - y
            let previousK: Int
            if d == 0 { previousK = 0 } else if k == -d || (k != d && at(k - 1) < at(k + 1)) { previousK = k + 1 } else { previousK = k - 1 }
            let previousX = d == 0 ? 0 : at(previousK)
            let previousY = previousX - previousK
            while x > previousX, y > previousY { x -= 1; y -= 1; ops.append(.equal(x, y)) }
            if d > 0 {
                if x == previousX { y -= 1; ops.append(.insert(y)) } else { x -= 1; ops.append(.delete(x)) }
            }
            if d == 0 { while x > 0, y > 0 { x -= 1; y -= 1; ops.append(.equal(x, y)) } }
        }
        return ops.reversed()
    }
}
