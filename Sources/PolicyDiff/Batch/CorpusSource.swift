import Foundation

/// Where a corpus run's documents come from: a manifest file, a folder holding
/// manifest.txt, or a bare folder of .txt/.html files (placed by their citations).
public enum CorpusSource {
    public struct LoadError: Error, Sendable, CustomStringConvertible {
        public var path: String
        public var reason: String
        public var description: String { "\(path): \(reason)" }
    }

    static let documentExtensions: Set<String> = DocumentFileTypes.corpusFolder

    public static func load(_ path: String) throws -> CorpusManifest {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw LoadError(path: path, reason: "no such file or folder")
        }
        guard isDirectory.boolValue else { return try requireDocuments(CorpusManifest.read(path: path), path: path) }
        let manifest = (path as NSString).appendingPathComponent("manifest.txt")
        if FileManager.default.fileExists(atPath: manifest) {
            return try requireDocuments(CorpusManifest.read(path: manifest), path: manifest)
        }
        return try loadFolder(path)
    }

    /// The documents of a folder, ignoring any manifest in it (`policydiff discover`).
    public static func loadFolder(_ path: String) throws -> CorpusManifest {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: path)
        } catch {
            throw LoadError(path: path, reason: "cannot list the folder")
        }
        var entries: [CorpusManifest.Entry] = []
        var used = Set<String>()
        for name in names.sorted() where !name.hasPrefix(".") && name != "manifest.txt" {
            let ext = (name as NSString).pathExtension.lowercased()
            guard documentExtensions.contains(ext) else { continue }
            // Reports written into the corpus folder by an earlier run are not documents.
            if name == "index.html" || (ext == "html" && CorpusManifest.isValidStem(Pipeline.defaultID(for: name))) { continue }
            var id = idFromFileName(Pipeline.defaultID(for: name))
            var n = 2
            while used.contains(id) { id = "\(idFromFileName(Pipeline.defaultID(for: name)))-\(n)"; n += 1 }
            used.insert(id)
            entries.append(CorpusManifest.Entry(id: id, file: name))
        }
        guard !entries.isEmpty else { throw LoadError(path: path, reason: "no manifest.txt and no .txt or .html documents") }
        return CorpusManifest(directory: path, entries: entries)
    }

    /// A manifest with no block (empty, only comments) is a mistake to report, not
    /// a run that writes an empty index and exits 0.
    static func requireDocuments(_ manifest: CorpusManifest, path: String) throws -> CorpusManifest {
        guard !manifest.entries.isEmpty else {
            throw LoadError(path: path, reason: "the manifest lists no documents (blocks of \"id:\" and \"file:\" lines, separated by a blank line)")
        }
        return manifest
    }

    /// File names become ids: ASCII letters and digits kept, anything else a '-'.
    /// A name with no ASCII letter (甘肃省实施方案.txt, common for this genre) gets
    /// "doc-" and a hash of the name, stable when other files come and go.
    static func idFromFileName(_ name: String) -> String {
        var out = ""
        for scalar in name.unicodeScalars {
            let keep = scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar))
            if keep { out.unicodeScalars.append(scalar) } else if !out.hasSuffix("-") { out += "-" }
        }
        while out.hasSuffix("-") { out.removeLast() }
        while out.hasPrefix("-") { out.removeFirst() }
        guard out.unicodeScalars.contains(where: \.properties.isAlphabetic) else {
            var hash: UInt32 = 2_166_136_261
            for byte in name.utf8 { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
            let hex = String(hash, radix: 16)
            return "doc-" + String(repeating: "0", count: 8 - hex.count) + hex + (out.isEmpty ? "" : "-" + out)
        }
        return out
    }

    /// The path of an entry's file as reports show it: the manifest's folder joined
    /// with the relative name (Corpus/gansu-2017-plan.txt).
    public static func path(of entry: CorpusManifest.Entry, in manifest: CorpusManifest) -> String {
        if entry.file.hasPrefix("/") { return entry.file }
        if manifest.directory == "." || manifest.directory.isEmpty { return entry.file }
        return (manifest.directory as NSString).appendingPathComponent(entry.file)
    }

    /// `path(of:in:)`, refused when the file lies outside the corpus folder: a
    /// manifest is shared like a document, and `file: ../../../../etc/passwd` or a
    /// link out of the folder would pull any local file into reports that get sent
    /// around. Checked on the resolved path (symbolic links and .. followed);
    /// `allowOutside` (`--allow-outside-corpus`) lifts it.
    public static func confinedPath(of entry: CorpusManifest.Entry, in manifest: CorpusManifest,
                                    allowOutside: Bool = false) throws -> String {
        let path = path(of: entry, in: manifest)
        guard !allowOutside else { return path }
        let folder = manifest.directory.isEmpty ? "." : manifest.directory
        guard let root = resolved(folder), let target = resolved(path) else { return path }
        guard target.hasPrefix(root == "/" ? "/" : root + "/") else {
            throw LoadError(path: entry.file, reason: "lies outside the corpus folder \(folder) (through .., an absolute path or a symbolic link); pass --allow-outside-corpus to read it")
        }
        return path
    }

    /// The real path, or for a file that does not exist its folder's real path and
    /// its name (the reader then says "no such file"); nil when the folder is missing too.
    private static func resolved(_ path: String) -> String? {
        if let real = realpath(path, nil) {
            defer { free(real) }
            return String(cString: real)
        }
        let folder = (path as NSString).deletingLastPathComponent
        guard let real = realpath(folder.isEmpty ? "." : folder, nil) else { return nil }
        defer { free(real) }
        return (String(cString: real) as NSString).appendingPathComponent((path as NSString).lastPathComponent)
    }
}
