import Foundation
@testable import PolicyDiff

/// Documents made of clause texts, as the segmenter would hand them to the extractor.
enum AssignmentFixture {
    static func document(_ texts: [String]) -> Document {
        let clauses = texts.enumerated().map { index, text in
            Clause(id: "c\(index)", path: [String(index + 1)], label: "\(index + 1).", text: text)
        }
        return Document(id: "t", source: "t.txt", clauses: clauses)
    }

    /// The assignments of one clause text, with no convention in force.
    static func assignments(_ text: String) -> [Assignment] {
        AssignmentExtractor().apply(to: document([text])).clauses[0].assignments
    }

    static func only(_ text: String) -> Assignment? {
        let found = assignments(text)
        return found.count == 1 ? found[0] : nil
    }

    static func fixture(_ name: String) -> String {
        guard let url = Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures/units"),
              let text = try? String(contentsOf: url, encoding: .utf8) else { return "" }
        return text
    }
}
