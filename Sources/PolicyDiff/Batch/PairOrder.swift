/// The order a corpus run compares its pairs in, so each document can be let go early:
/// depth first down the implements tree. A province's pair with the national guideline
/// is followed at once by its cities' pairs (with the province, and with the national
/// text at the top of their chain), then the next province; a document is therefore
/// needed only while its own branch is being compared, and the documents held at once are
/// the chain above the pairs in flight. Peers are compared when the later of the two is
/// reached. Reports are written under their own names and the index is built in stem
/// order, so this order changes no output.
enum PairOrder {
    static func depthFirst(_ pairs: [PlannedPair]) -> [PlannedPair] {
        var children: [String: [String]] = [:]
        var hasParent = Set<String>()
        var ofLocal: [String: [Int]] = [:]  // implements and top pairs, by local
        var peersOf: [String: [Int]] = [:]
        for (i, p) in pairs.enumerated() {
            switch p.relation {
            case .implements:
                children[p.reference, default: []].append(p.local)
                hasParent.insert(p.local)
                ofLocal[p.local, default: []].append(i)
            case .chainTop:
                ofLocal[p.local, default: []].append(i)
            case .peer:
                peersOf[p.reference, default: []].append(i)
                peersOf[p.local, default: []].append(i)
            }
        }
        var order: [Int] = []
        var emitted = Set<Int>()
        var entered = Set<String>()
        func emit(_ i: Int) { if emitted.insert(i).inserted { order.append(i) } }
        func enter(_ id: String) {
            entered.insert(id)
            for i in peersOf[id] ?? [] {
                let p = pairs[i]
                let other = p.reference == id ? p.local : p.reference
                if entered.contains(other) { emit(i) }
            }
        }
        let roots = Set(children.keys).subtracting(hasParent).sorted()
        for root in roots {
            enter(root)
            // An explicit stack (chains can be long in a hand-made manifest); children in id order.
            var stack: [String] = (children[root] ?? []).sorted().reversed()
            while let id = stack.popLast() {
                guard !entered.contains(id) else { continue }
                for i in ofLocal[id] ?? [] { emit(i) }
                enter(id)
                stack += (children[id] ?? []).sorted().reversed()
            }
        }
        // Whatever the tree did not reach (peers of documents outside it, a cycle), in stem order.
        for i in pairs.indices { emit(i) }
        return order.map { pairs[$0] }
    }
}
