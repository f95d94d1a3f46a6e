// libFuzzer target read-html: any bytes read as a saved web page — libxml2 in
// recover mode, declared and sniffed charsets, page-furniture removal, the
// information table, then the pipeline on what was read. Seeds are the gov.cn
// pages; a ReadError is a fine answer.
func fuzzReadHTML(_ bytes: [UInt8]) {
    if let page = try? DocumentReader(maxInputBytes: FuzzInput.maxInputBytes).read(bytes: bytes, path: "fuzz.html") {
        FuzzContract.check(Pipeline().document(from: page, id: "fuzz"))
    }
}
