import Foundation
import Testing
@testable import PolicyDiff

/// Changes to real documents whose right answer follows from the change: the same plan
/// written by a district instead of its 直辖市 keeps every role; tags broken over lines
/// keep every name.
@Suite struct AssignmentMetamorphicTests {
    static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Corpus")

    private func document(_ relative: String, transform: (String) -> String = { $0 }) throws -> Document {
        let text = try String(contentsOf: Self.corpus.appendingPathComponent(relative), encoding: .utf8)
        let path = NSTemporaryDirectory() + "assign-meta-\(UUID().uuidString).txt"
        defer { try? FileManager.default.removeItem(atPath: path) }
        try transform(text).write(toFile: path, atomically: true, encoding: .utf8)
        return try Pipeline().document(at: path)
    }

    private func assignments(_ d: Document) -> [Assignment] { d.clauses.flatMap(\.assignments) }

    @Test func cityOfficesRenamedAsDistrictOfficesKeepTheirRoles() throws {
        let city = try document("construction-waste/cwaste-shanghai-2024.txt")
        // A district's names for the same offices (区建设管理委 for 市住房城乡建设管理委 …).
        let renames = [("市住房城乡建设管理委", "区建设管理委"), ("市规划资源局", "区规划资源局"), ("市绿化市容局", "区绿化市容局"),
                       ("市水务局", "区水务局"), ("市农业农村委", "区农业农村委"), ("市交通委", "区交通委"), ("市数据局", "区数据局")]
        let district = try document("construction-waste/cwaste-shanghai-2024.txt") { text in
            renames.reduce(text) { $0.replacingOccurrences(of: $1.0, with: $1.1) }
        }
        let a = assignments(city), b = assignments(district)
        #expect(a.count >= 5)
        #expect(a.count == b.count)
        #expect(a.map(\.leadRoles) == b.map(\.leadRoles))
        #expect(a.map(\.responsibleRoles) == b.map(\.responsibleRoles))
        #expect(a.allSatisfy { $0.source == .prose })
    }

    @Test func tagsBrokenAfterTheirLabelKeepTheirNames() throws {
        let plan = try document("zhangye-2018-plan.txt")
        let broken = try document("zhangye-2018-plan.txt") { $0.replacingOccurrences(of: "(牵头单位:", with: "(牵头单位:\n") }
        let a = assignments(plan), b = assignments(broken)
        #expect(a.count >= 10)
        #expect(a.map(\.lead) == b.map(\.lead))
        #expect(a.map(\.responsible) == b.map(\.responsible))
    }
}
