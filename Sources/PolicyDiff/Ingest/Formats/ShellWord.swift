import Foundation

/// A path as a shell word, for the commands a message suggests: kept as it is
/// when it is plain, single-quoted otherwise (`'附件1 实施方案.doc'`).
enum ShellWord {
    /// `libreoffice … FILE` with FILE replaced by the path as a shell word.
    static func command(_ template: String, file path: String) -> String {
        template.replacingOccurrences(of: "FILE", with: quoted(path))
    }

    static func quoted(_ path: String) -> String {
        let plain = path.unicodeScalars.allSatisfy { s in
            (s.isASCII && (s.properties.isAlphabetic || ("0"..."9").contains(s) || "._/-+,=:@".unicodeScalars.contains(s)))
                || (!s.isASCII && !s.properties.isWhitespace && s.properties.generalCategory != .control
                    && s.properties.generalCategory != .format)
        }
        if plain && !path.isEmpty { return path }
        return "'" + path.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
