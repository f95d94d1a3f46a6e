// libFuzzer target read-html: any bytes read as a saved web page — libxml2 in
// recover mode, declared and sniffed charsets, page-furniture removal, the
// information table. Seeds are the gov.cn pages; a ReadError is a fine answer.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzReadHTML(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = FuzzInput.bytes(data, size)
    _ = try? DocumentReader(maxInputBytes: FuzzInput.maxInputBytes).read(bytes: bytes, path: "fuzz.html")
    return 0
}
