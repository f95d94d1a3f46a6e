// libFuzzer target extract: the whole document pipeline after reading —
// segmenting, then targets (numbers, 万/亿, ranges, deadlines) and assignments
// (牵头单位/责任单位 tags) — checked against the model's contract and for
// determinism (same input, same document).
func fuzzExtract(_ bytes: [UInt8]) {
    let source = FuzzInput.source(bytes, path: "fuzz.txt")
    let pipeline = Pipeline()
    let document = pipeline.document(from: source, id: "fuzz")
    FuzzContract.check(document)
    if pipeline.document(from: source, id: "fuzz") != document {
        FuzzContract.violated("the same input gave two different documents")
    }
}
