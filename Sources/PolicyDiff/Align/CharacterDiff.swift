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
    /// Most edit steps tried before giving up on a finer diff.
    static let maxEditSteps = 1200

    public static func diff(_ a: String, _ b: String) -> [DiffSegment] {
        let pa = phrases(a), pb = phrases(b)
        // Phrases compared as integers: String equality normalises on every call.
        var ids: [String: Int] = [:]
        let ia = pa.map { p in ids[p] ?? { ids[p] = ids.count; return ids.count - 1 }() }
        let ib = pb.map { p in ids[p] ?? { ids[p] = ids.count; return ids.count - 1 }() }
        var out: [DiffSegment] = []
        guard let ops = myers(ia, ib, maxD: maxEditSteps) else {
            return merged(prefixSuffixDiff(Array(a.unicodeScalars), Array(b.unicodeScalars)))
        }
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
            func score(_ b: [Unicode.Scalar], _ e: [Unicode.Scalar]) -> Int {
                (b.last.map { phraseEndScalars.contains($0) } ?? true ? 2 : 0) + (e.last.map { phraseEndScalars.contains($0) } ?? false ? 1 : 0)
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

    static func phrases(_ text: String) -> [String] {
        var result: [String] = []
        let scalars = Array(text.unicodeScalars)
        var start = 0
        for (i, s) in scalars.enumerated() where phraseEndScalars.contains(s) {
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
        let kept = cleaned.filter { $0.operation == .equal }.reduce(0) { $0 + $1.text.count }
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
    static func cleanedUp(_ segments: [DiffSegment]) -> [DiffSegment] {
        var current = segments
        var changed = true
        while changed {
            changed = false
            for (i, s) in current.enumerated() where s.operation == .equal && i > 0 && i < current.count - 1 {
                let before = editLengths(current, upTo: i), after = editLengths(current, from: i + 1)
                let length = s.text.count
                // Only short runs are coincidence: a whole phrase kept between two rewrites
                // is what the researcher needs to see, however long the rewrites.
                let coincidence = length <= longestCoincidence
                    && length <= max(before.0, before.1) && length <= max(after.0, after.1)
                // One or two shared characters inside a long rewrite (产业 in 传统优势产业 →
                // “一特两新”产业链) are not worth a break in the mark-up either.
                let sliver = length <= shortestKept && max(before.0 + before.1, after.0 + after.1) >= 4 * length
                if coincidence || sliver {
                    var next = current
                    next[i] = DiffSegment(.delete, s.text)
                    next.insert(DiffSegment(.insert, s.text), at: i + 1)
                    current = merged(next)
                    changed = true
                    break
                }
            }
        }
        return current
    }

    private static func editLengths(_ s: [DiffSegment], upTo end: Int) -> (Int, Int) {
        var d = 0, n = 0, i = end - 1
        while i >= 0, s[i].operation != .equal {
            if s[i].operation == .delete { d += s[i].text.count } else { n += s[i].text.count }
            i -= 1
        }
        return (d, n)
    }

    private static func editLengths(_ s: [DiffSegment], from start: Int) -> (Int, Int) {
        var d = 0, n = 0, i = start
        while i < s.count, s[i].operation != .equal {
            if s[i].operation == .delete { d += s[i].text.count } else { n += s[i].text.count }
            i += 1
        }
        return (d, n)
    }

    enum Op: Equatable { case equal(Int, Int), delete(Int), insert(Int) }

    /// Myers' O((N+M)·D) diff; nil when more than `maxD` edits are needed.
    static func myers<T: Equatable>(_ a: [T], _ b: [T], maxD: Int) -> [Op]? {
        let n = a.count, m = b.count
        let limit = min(n + m, maxD)
        let offset = limit + 1
        var v = [Int](repeating: 0, count: 2 * limit + 3)
        var trace: [[Int]] = []
        var found = -1
        search: for d in 0...limit {
            trace.append(Array(v[(offset - d - 1)...(offset + d + 1)]))
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
        guard found >= 0 else { return nil }
        var ops: [Op] = []
        var x = n, y = m
        for d in stride(from: found, through: 0, by: -1) {
            let saved = trace[d]  // v before step d, indices k in -d-1…d+1
            func at(_ k: Int) -> Int { saved[k + d + 1] }
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
