// libFuzzer target read-text: any bytes read as a saved .txt file — encoding
// detection (UTF-8, BOM, GB18030 fallback), binary sniffing, furniture cutting.
// The reader may refuse the bytes with a ReadError; it must not crash or hang.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzReadText(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = FuzzInput.bytes(data, size)
    let reader = DocumentReader(maxInputBytes: FuzzInput.maxInputBytes)
    if let first = try? reader.read(bytes: bytes, path: "fuzz.txt") {
        let second = try? reader.read(bytes: bytes, path: "fuzz.txt")
        if second != first { FuzzContract.violated("reading the same bytes twice gave different texts") }
    }
    return 0
}
