/// What `policydiff extract` writes, document by document as each is read: an
/// outline, JSON (one object for one file, else an array) or a CSV table, streamed
/// into the output so that a document is let go as soon as it is written.
///
/// A concrete type in the library on purpose: the JSON and CSV writers are generic
/// over their sink, and made concrete here they are compiled for `BufferedOutput`
/// (called generically from the command-line module, every append would go
/// through a witness table).
public final class ExtractOutput {
    public enum Format: Sendable {
        case outline
        /// `single`: the run names one file, which gives one object (or `[]` when it could not be read).
        case json(single: Bool)
        case csv(DocumentCSV.Table)
    }

    private let format: Format
    private let out: BufferedOutput
    private var json: JSONStream<BufferedOutput>
    private var csv: CSVStream<BufferedOutput>?
    private var documents = 0

    public init(_ format: Format, into out: BufferedOutput) {
        self.format = format
        self.out = out
        json = JSONStream(out)
        switch format {
        case .outline: break
        case .json(let single): if !single { json.beginArray() }
        case .csv(let table): csv = CSVStream(header: DocumentCSV.header(of: table), into: out)
        }
    }

    public func add(_ document: Document) {
        switch format {
        case .outline:
            if documents > 0 { out.append("\n") }
            out.append(DocumentOutline.render(document))
        case .json:
            DocumentJSON.write(document, to: &json)
        case .csv(let table):
            if csv != nil { DocumentCSV.write(table, of: document, to: &csv!) }
        }
        documents += 1
    }

    /// Closes what is open; the output is complete after it.
    public func finish() {
        guard case .json(let single) = format else { return }
        if !single { json.end() } else if documents == 0 { json.beginArray(); json.end() }
        out.append("\n")
    }
}
