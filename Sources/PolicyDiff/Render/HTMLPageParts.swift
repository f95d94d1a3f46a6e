import CLibXML2

/// A page too large to hold as one libxml2 tree — the index of a corpus of
/// thousands of documents, whose coverage matrix alone has a cell per reference
/// clause and document below — written with the bytes of that tree all the same.
///
/// The page's outline is an `HTMLTree` as usual; its long runs of like children
/// (the rows of a table, the items of a list) are given as a count and a function
/// that makes child i. When the page is written, each run's children are made one
/// at a time, each in a tree of its own, serialised by libxml2 and freed.
///
/// Why the bytes are the same: libxml2's formatted HTML output of an element depends
/// on its own subtree, and, for the line breaks around it, only on whether it has
/// siblings and of which kind. In the outline a run stands as two empty placeholder
/// children of the run's tag; the outline's text around and between them is what
/// libxml2 writes before, between and after children of that tag in that place, and
/// each real child, serialised alone, is what it writes for the child. A run of
/// fewer than two children is made in place (one child would be laid out differently).
///
/// Built eagerly (`eager: true`) the same calls give the whole tree, as the pages
/// were built before: tests compare the two outputs byte for byte.
public final class HTMLPageParts {
    private struct Run {
        var tag: String
        var count: Int
        var make: (Int, HTMLElement) -> Void
        /// The two placeholders as libxml2 serialises them alone.
        var first: [UInt8]
        var second: [UInt8]
    }

    private let eager: Bool
    private var runs: [Int: Run] = [:]
    private var nextRun = 0

    static let markerAttribute = "data-policydiff-part"
    private static let markerBytes = Array(" \(markerAttribute)=\"".utf8)

    public init(eager: Bool = false) {
        self.eager = eager
    }

    /// `count` children of `parent`, every one a `tag` element filled by `make(i, child)`.
    /// `parent` holds nothing else. `make` may itself give runs (a list item's own list).
    public func children(of parent: HTMLElement, tag: String, count: Int, _ make: @escaping (Int, HTMLElement) -> Void) {
        guard !eager, count >= 2 else {
            for i in 0..<count { make(i, parent.element(tag)) }
            return
        }
        let id = nextRun
        nextRun += 1
        let first = parent.element(tag)
        first.attr(Self.markerAttribute, "\(id)a")
        // Serialised before the second is added: alone, without the line break after it.
        let firstText = HTMLTree.serialized(first)
        let second = parent.element(tag)
        second.attr(Self.markerAttribute, "\(id)b")
        runs[id] = Run(tag: tag, count: count, make: make, first: firstText, second: HTMLTree.serialized(second))
    }

    /// The page, its runs made and written in order.
    public func write<Sink: TextSink>(_ tree: HTMLTree, to sink: inout Sink) {
        splice(tree.serializedBytes(), into: &sink)
    }

    /// Writes `text`, putting each run's children where its placeholders stand.
    private func splice<Sink: TextSink>(_ text: [UInt8], into sink: inout Sink) {
        var position = 0
        while let (id, start) = nextPlaceholder(in: text, from: position),
              let run = runs.removeValue(forKey: id),
              let secondStart = text.position(of: run.second, from: start + run.first.count) {
            emit(text[position..<start], to: &sink)
            let between = text[(start + run.first.count)..<secondStart]
            for i in 0..<run.count {
                if i > 0 { emit(between, to: &sink) }
                let scratch = HTMLTree(lang: "")
                let child = scratch.root.element(run.tag)
                run.make(i, child)
                splice(HTMLTree.serialized(child), into: &sink)
            }
            position = secondStart + run.second.count
        }
        emit(text[position...], to: &sink)
    }

    /// The next placeholder's run and where its `<` stands. Only a whole placeholder
    /// counts: document text never holds one, since libxml2 writes its `<` as `&lt;`
    /// in text and in attribute values alike.
    private func nextPlaceholder(in text: [UInt8], from position: Int) -> (Int, Int)? {
        var from = position
        while let marker = text.position(of: Self.markerBytes, from: from) {
            var index = marker + Self.markerBytes.count
            var id = 0, digits = 0
            while index < text.count, digits < 18, text[index] >= 0x30, text[index] <= 0x39 {
                id = id * 10 + Int(text[index] - 0x30)
                index += 1
                digits += 1
            }
            if digits > 0, let run = runs[id] {
                let start = marker - 1 - run.tag.utf8.count
                if text.starts(with: run.first, at: start) { return (id, start) }
            }
            from = marker + 1
        }
        return nil
    }

    private func emit<Sink: TextSink>(_ bytes: ArraySlice<UInt8>, to sink: inout Sink) {
        guard !bytes.isEmpty else { return }
        sink.append(String(decoding: bytes, as: UTF8.self))
    }
}

extension HTMLTree {
    /// The page as libxml2 writes it (see `serialized()`), as bytes.
    func serializedBytes() -> [UInt8] {
        HTMLTree.dump { htmlDocContentDumpFormatOutput($0, doc, "UTF-8", 1) }
    }

    /// One element and its subtree, as libxml2 writes it inside a page.
    static func serialized(_ element: HTMLElement) -> [UInt8] {
        dump { htmlNodeDumpFormatOutput($0, element.doc, element.node, nil, 1) }
    }

    private static func dump(_ write: (xmlOutputBufferPtr) -> Void) -> [UInt8] {
        // No encoder: UTF-8 passes through (see `serialized()`).
        guard let buffer = xmlAllocOutputBuffer(nil) else { return [] }
        write(buffer)
        xmlOutputBufferFlush(buffer)
        var bytes: [UInt8] = []
        if let content = xmlOutputBufferGetContent(buffer) {
            bytes = Array(UnsafeBufferPointer(start: content, count: Int(xmlOutputBufferGetSize(buffer))))
        }
        xmlOutputBufferClose(buffer)
        return bytes
    }
}

private extension Array where Element == UInt8 {
    func starts(with prefix: [UInt8], at index: Int) -> Bool {
        index >= 0 && index + prefix.count <= count && self[index..<index + prefix.count].elementsEqual(prefix)
    }

    func position(of needle: [UInt8], from start: Int) -> Int? {
        guard let head = needle.first, start >= 0 else { return nil }
        var i = start
        while i + needle.count <= count {
            if self[i] == head, starts(with: needle, at: i) { return i }
            i += 1
        }
        return nil
    }
}
