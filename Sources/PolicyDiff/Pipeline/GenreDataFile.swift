import Foundation

/// Finds the data files of the genre (Sources/PolicyDiff/Resources/…) at run time.
///
/// SwiftPM's generated `Bundle.module` stops the program when the resource folder
/// is not beside the binary (a binary copied elsewhere), so the tables are looked
/// up here instead, and a missing one is reported by the caller, never fatal:
///   1. `$POLICYDIFF_DATA/NAME` — a researcher's own copy of the tables;
///   2. the resource folder SwiftPM builds beside the executable or test bundle;
///   3. the package's source tree, when the binary runs where it was built.
public enum GenreDataFile {
    static let bundleName = "policydiff_PolicyDiff.resources"

    public static func path(of name: String) -> String? {
        candidates(for: name).first { FileManager.default.isReadableFile(atPath: $0) }
    }

    static func candidates(for name: String) -> [String] {
        var list: [String] = []
        if let override = ProcessInfo.processInfo.environment["POLICYDIFF_DATA"], !override.isEmpty {
            list.append(override + "/" + name)
        }
        var directories: [URL] = [Bundle.main.bundleURL, Bundle.main.bundleURL.deletingLastPathComponent()]
        if let executable = Bundle.main.executableURL?.resolvingSymlinksInPath() {
            directories.append(executable.deletingLastPathComponent())
        }
        for directory in directories {
            list.append(directory.appendingPathComponent(bundleName).appendingPathComponent("Resources").appendingPathComponent(name).path)
        }
        // #filePath is …/Sources/PolicyDiff/Pipeline/GenreDataFile.swift.
        let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        list.append(sources.appendingPathComponent("Resources").appendingPathComponent(name).path)
        return list
    }
}
