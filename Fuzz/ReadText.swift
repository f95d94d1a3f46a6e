// libFuzzer target read-text: any bytes read as a saved .txt file — encoding
// detection (UTF-8, BOM, GB18030 fallback), binary sniffing, furniture cutting.
// then the pipeline on what was read. The reader may refuse the bytes with a
// ReadError; it must not crash or hang.
func fuzzReadText(_ bytes: [UInt8]) {
    let reader = DocumentReader(maxInputBytes: FuzzInput.maxInputBytes)
    if let first = try? reader.read(bytes: bytes, path: "fuzz.txt") {
        let second = try? reader.read(bytes: bytes, path: "fuzz.txt")
        if second != first { FuzzContract.violated("reading the same bytes twice gave different texts") }
        FuzzContract.check(Pipeline().document(from: first, id: "fuzz"))
    }
}
