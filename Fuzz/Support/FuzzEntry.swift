import Foundation

/// The targets of Fuzz/, one file each. One binary holds them all and
/// Scripts/fuzz.sh picks one with POLICYDIFF_FUZZ_TARGET: the library is then
/// compiled once for every target (a sanitized -O build takes minutes).
enum FuzzTarget: String, CaseIterable, Sendable {
    case readText = "read-text", readHTML = "read-html", readDocx = "read-docx", readPDF = "read-pdf"
    case segment, extract, compare

    static let chosen: FuzzTarget = {
        let name = ProcessInfo.processInfo.environment["POLICYDIFF_FUZZ_TARGET"] ?? ""
        guard let target = FuzzTarget(rawValue: name) else {
            FileHandle.standardError.write(Data("set POLICYDIFF_FUZZ_TARGET to one of: \(allCases.map(\.rawValue).joined(separator: " "))\n".utf8))
            exit(2)
        }
        return target
    }()

    func run(_ bytes: [UInt8]) {
        switch self {
        case .readText: fuzzReadText(bytes)
        case .readHTML: fuzzReadHTML(bytes)
        case .readDocx: fuzzReadDocx(bytes)
        case .readPDF: fuzzReadPDF(bytes)
        case .segment: fuzzSegment(bytes)
        case .extract: fuzzExtract(bytes)
        case .compare: fuzzCompare(bytes)
        }
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzerTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    FuzzTarget.chosen.run(bytes)
    return 0
}
