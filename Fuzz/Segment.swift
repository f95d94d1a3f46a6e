// libFuzzer target segment: any lines cut into a clause tree, and the metadata
// read from them (heading labels, inline titles, numbering gaps, 通知 wrappers).
func fuzzSegment(_ bytes: [UInt8]) {
    let source = FuzzInput.source(bytes, path: "fuzz.txt")
    let result = ClauseSegmenter().segment(source)
    FuzzContract.check(Document(id: "fuzz", source: source.path, warnings: result.warnings, clauses: result.clauses))
}
