// libFuzzer target extract: the whole document pipeline after reading —
// segmenting, then targets (numbers, 万/亿, ranges, deadlines) and assignments
// (牵头单位/责任单位 tags) — checked against the model's contract and for
// determinism (same input, same document).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzExtract(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let source = FuzzInput.source(FuzzInput.bytes(data, size), path: "fuzz.txt")
    let pipeline = Pipeline()
    let document = pipeline.document(from: source, id: "fuzz")
    FuzzContract.check(document)
    if pipeline.document(from: source, id: "fuzz") != document {
        FuzzContract.violated("the same input gave two different documents")
    }
    return 0
}
