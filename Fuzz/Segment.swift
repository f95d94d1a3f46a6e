// libFuzzer target segment: any lines cut into a clause tree, and the metadata
// read from them (heading labels, inline titles, numbering gaps, 通知 wrappers).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSegment(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let source = FuzzInput.source(FuzzInput.bytes(data, size), path: "fuzz.txt")
    let result = ClauseSegmenter().segment(source)
    FuzzContract.check(Document(id: "fuzz", source: source.path, warnings: result.warnings, clauses: result.clauses))
    return 0
}
