import Testing
import Foundation
@testable import PolicyDiff

@Suite struct ZZDebug {
    @Test func dump() throws {
        guard let r = ProcessInfo.processInfo.environment["DBG_REF"], let l = ProcessInfo.processInfo.environment["DBG_LOC"] else { return }
        let p = Pipeline()
        let reference = try p.document(at: r), local = try p.document(at: l)
        let n = LevelWordNeutralizer(documents: [reference, local])
        print("names", LevelWordNeutralizer.placeNames(of: reference), LevelWordNeutralizer.placeNames(of: local))
        let rs = AlignableClauses(document: reference, neutralizer: n), ls = AlignableClauses(document: local, neutralizer: n)
        var profiles = rs.profiles + ls.profiles
        let w = NGramWeights(profiles: &profiles)
        let rp = Array(profiles[0..<rs.profiles.count]), lp = Array(profiles[rs.profiles.count...])
        let c = CandidatePairs(reference: rp, local: lp, weights: w)
        func name(_ d: Document, _ p: ClauseProfile) -> String { let cl = d.clauses[p.index]; return cl.pathString.isEmpty ? cl.kind.rawValue : cl.pathString }
        for pair in c.pairs.sorted(by: { ($0.local, -$0.score) < ($1.local, -$1.score) }) where pair.score >= 0.08 || pair.localCoverage >= 0.3 || pair.referenceCoverage >= 0.3 {
            print(String(format: "%-14@ %-14@ s=%.3f rc=%.3f lc=%.3f t=%@", name(local, lp[pair.local]) as NSString, name(reference, rp[pair.reference]) as NSString, pair.score, pair.referenceCoverage, pair.localCoverage, pair.title.map { String(format: "%.2f", $0) } ?? "-"))
        }
    }
}
