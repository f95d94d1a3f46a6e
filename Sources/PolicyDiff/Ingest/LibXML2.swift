import CLibXML2

/// libxml2 wants xmlInitParser once, before threads share the library (batch
/// reads pages and .docx parts on several threads): a Swift static is
/// initialised exactly once, whichever reader gets here first.
enum LibXML2 {
    static let ready: Bool = {
        xmlInitParser()
        return true
    }()
}
