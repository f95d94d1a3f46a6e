/// The file extensions a corpus folder is searched for: what the readers read
/// (.txt, saved pages, .docx, .pdf) and the formats they refuse with a
/// conversion (.doc, .wps, .ofd, .rtf), so that a researcher's folder of
/// attachments is told what to convert instead of having files left out unseen.
/// Reading itself goes by signature, never by these names.
public enum DocumentFileTypes {
    public static let read: Set<String> = ["txt", "html", "htm", "shtml", "docx", "pdf"]
    public static let refused: Set<String> = ["doc", "wps", "ofd", "rtf"]
    public static let corpusFolder = read.union(refused)
}
