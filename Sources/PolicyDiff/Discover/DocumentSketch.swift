import Foundation

/// What discovery keeps of one document: how it names itself and what it cites, and a
/// fixed sample of its wording. Small enough that ten thousand fit in a few megabytes,
/// so the documents themselves are let go as soon as they are sketched.
public struct DocumentSketch: Sendable {
    public var id: String
    public var file: String
    /// The title from the metadata, or the first short line of the text (a law opens with its name).
    public var title: String?
    public var docNumber: String?
    public var level: AdministrativeLevel
    /// The places the document's issuer names (张掖, 甘肃): a local plan names its own.
    public var placeNames: [String]
    /// Titles in 《》 and document numbers in the title and opening of the text.
    public var citations: [CitedDocument]
    /// Sampled shingle hashes of the neutralised clause text, sorted and distinct.
    public var shingles: [UInt64]
    /// Hash of the whole text: identical copies (a page saved twice) are told apart from
    /// a document and the one it implements.
    public var textHash: UInt64
    /// The province names the text writes anywhere, and its opening (where the issuer
    /// and the document it follows are named): whether a document names a place.
    var provincesNamed: Set<String> = []
    var opening: String = ""

    /// Characters of a title taken from the text's first line at most (longer is a sentence).
    static let titleLineLimit = 60
    /// Characters of the opening read for citations: the cue (根据《…》) is in the preamble.
    static let openingLength = 3000
    /// Characters of the opening kept to look for a place name.
    static let placeReach = 600

    /// Whether the text names `place`.
    func names(_ place: String) -> Bool {
        provincesNamed.contains(place) || placeNames.contains(place) || opening.contains(place)
            || (title ?? "").contains(place)
    }

    public init(document: Document, file: String) {
        id = document.id
        self.file = file
        docNumber = document.metadata.docNumber
        level = document.metadata.level
        title = document.metadata.title ?? Self.firstLineTitle(document)
        placeNames = LevelWordNeutralizer.placeNames(of: document)
        let opening = String(document.clauses.lazy.map(\.text).joined(separator: "\n").prefix(Self.openingLength))
        var cited = CitationScanner.citations(in: (title ?? "") + "\n" + opening)
        for c in document.metadata.cites where !cited.contains(where: { $0.title == c.title }) {
            cited.append(CitedDocument(title: c.title, number: c.docNumber, cue: .plain))
        }
        citations = cited
        let neutralizer = LevelWordNeutralizer(extraNames: placeNames)
        var sample: [UInt64] = []
        var whole: UInt64 = 0xcbf2_9ce4_8422_2325
        for clause in document.clauses {
            for b in clause.text.utf8 { whole = (whole ^ UInt64(b)) &* 0x100_0000_01b3 }
            let scalars = ClauseProfile.matchable(neutralizer.neutralize(Array(clause.text.unicodeScalars)))
            Shingles.sample(scalars, into: &sample)
        }
        sample.sort()
        var unique: [UInt64] = []
        unique.reserveCapacity(sample.count)
        for h in sample where unique.last != h { unique.append(h) }
        shingles = unique
        textHash = whole
        let text = document.clauses.map(\.text).joined(separator: "\n")
        provincesNamed = Set(LevelWordNeutralizer.provinceNames.filter { text.contains($0) })
        self.opening = String(opening.prefix(Self.placeReach))
    }

    static func firstLineTitle(_ document: Document) -> String? {
        for clause in document.clauses.prefix(3) {
            for line in clause.text.split(separator: "\n") {
                let t = line.trimmingCharacters(in: .whitespaces)
                if t.isEmpty { continue }
                guard t.count <= titleLineLimit, !t.contains("。") else { return nil }
                return t
            }
        }
        return nil
    }
}

/// A document another one names: 《title》, perhaps with its number, and the words before it.
public struct CitedDocument: Sendable, Equatable {
    public enum Cue: String, Sendable {
        /// 根据 / 依据 / 贯彻落实 / 为落实 / 实施《…》: the text says it implements the cited document.
        case implements
        /// Named without such words (a related document, a law it relies on in passing).
        case plain
    }
    public var title: String
    public var number: String?
    public var cue: Cue
}

/// 4-character shingles of neutralised text, hashed, and a fixed sample of them: the
/// shingles whose hash falls in one residue class. Two texts sharing wording share the
/// sampled shingles of that wording, whatever else either says.
enum Shingles {
    static let width = 4
    /// One shingle in `sampling` is kept.
    static let sampling: UInt64 = 8

    static func hash(_ s: ArraySlice<Unicode.Scalar>) -> UInt64 {
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15
        for c in s {
            h = (h ^ UInt64(c.value)) &* 0xBF58_476D_1CE4_E5B9
            h ^= h >> 29
        }
        return h
    }

    static func sample(_ scalars: [Unicode.Scalar], into out: inout [UInt64]) {
        guard scalars.count >= width else { return }
        for i in 0...(scalars.count - width) {
            let h = hash(scalars[i..<(i + width)])
            if h % sampling == 0 { out.append(h) }
        }
    }

    /// |a ∩ b| of two sorted lists.
    static func shared(_ a: [UInt64], _ b: [UInt64]) -> Int {
        var i = 0, j = 0, n = 0
        while i < a.count, j < b.count {
            if a[i] == b[j] { n += 1; i += 1; j += 1 } else if a[i] < b[j] { i += 1 } else { j += 1 }
        }
        return n
    }
}
