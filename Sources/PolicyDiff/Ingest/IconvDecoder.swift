#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Decodes legacy Chinese encodings with the C library's iconv: Foundation on
/// Linux has no GB18030 converter, glibc's iconv has (and Big5 for pages of
/// Taiwan and Hong Kong that declare it).
enum IconvDecoder {
    struct Decoded {
        var text: String
        /// Byte sequences that were not valid in the encoding, each replaced by U+FFFD.
        var invalidSequences: Int
    }

    /// Nil when the C library does not know the encoding.
    static func decode(_ bytes: [UInt8], from encoding: String) -> Decoded? {
        guard let (output, invalid) = convert(bytes, from: encoding, to: "UTF-8") else { return nil }
        return Decoded(text: String(decoding: output, as: UTF8.self), invalidSequences: invalid)
    }

    /// The bytes converted between two encodings the C library knows, each invalid
    /// input sequence replaced by U+FFFD (in UTF-8 output) and counted; nil when an
    /// encoding is unknown. Tests and the benchmark use it to make GB18030 input.
    static func convert(_ bytes: [UInt8], from source: String, to target: String) -> ([UInt8], Int)? {
        let replacement: [UInt8] = target == "UTF-8" ? [0xEF, 0xBF, 0xBD] : Array("?".utf8)
        let converter = iconv_open(target, source)
        guard let converter, Int(bitPattern: converter) != -1 else { return nil }
        defer { iconv_close(converter) }

        var output = [UInt8]()
        output.reserveCapacity(bytes.count * 3 / 2 + 16)
        var chunk = [UInt8](repeating: 0, count: max(4096, min(bytes.count * 2, 1 << 20)) + 16)
        var invalid = 0
        var offset = 0
        bytes.withUnsafeBufferPointer { input in
            guard let base = input.baseAddress else { return }
            while offset < bytes.count {
                var inLeft = bytes.count - offset
                var inPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(mutating: base + offset)
                    .assumingMemoryBound(to: CChar.self)
                let (result, error, produced, remaining) = chunk.withUnsafeMutableBufferPointer { out -> (Int, Int32, Int, Int) in
                    var outLeft = out.count
                    var outPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(out.baseAddress!)
                        .assumingMemoryBound(to: CChar.self)
                    let r = iconv(converter, &inPtr, &inLeft, &outPtr, &outLeft)
                    return (r, r == -1 ? errno : 0, out.count - outLeft, inLeft)
                }
                output.append(contentsOf: chunk[0..<produced])
                offset = bytes.count - remaining
                if result != -1 { break }
                switch error {
                case E2BIG where produced > 0:
                    continue
                case EILSEQ, EINVAL, E2BIG:
                    // A byte sequence the encoding does not have, or one cut off at
                    // the end: mark it and go on with the next byte.
                    output.append(contentsOf: replacement)
                    invalid += 1
                    offset += 1
                default:
                    invalid += 1
                    offset = bytes.count
                }
            }
        }
        return (output, invalid)
    }
}
