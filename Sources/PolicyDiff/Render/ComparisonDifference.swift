/// Whether two documents differ, as `compare --exit-code` reports it (git diff's
/// convention): any clause omitted, added or unverifiable, any alignment that is not a
/// character-for-character copy, any target or unit change. Identical texts are the same.
public enum ComparisonDifference {
    public static func differs(_ c: Comparison) -> Bool {
        if !c.omissions.isEmpty || !c.additions.isEmpty || !c.unverifiable.isEmpty { return true }
        if !c.unitChanges.isEmpty || !TargetAccount(c).numberChanges.isEmpty { return true }
        return c.alignments.contains { a in
            a.kind == .moved || !a.droppedSentences.isEmpty || !a.addedSentences.isEmpty || a.diff.contains { $0.operation != .equal }
        }
    }
}
