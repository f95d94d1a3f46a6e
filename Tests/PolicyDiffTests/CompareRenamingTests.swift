import Testing
@testable import PolicyDiff

/// An office renamed between the reference and the local plan (水利厅 → 水务局, the
/// 2018 reform's 质监局/工商局 → 市场监管局) is a renaming, not one office dropped and
/// another brought in. Read through the real pipeline, tags and all.
@Suite struct CompareRenamingTests {
    static let water = "全面落实最严格水资源管理制度,严守用水总量控制、用水效率控制和水功能区限制纳污三条红线,推进节水型社会建设。"
    static let products = "开展重点工业产品质量提升行动,加强对重点工业产品质量的监督抽查,建立质量问题产品召回制度。"

    static func document(_ id: String, _ paragraphs: [String]) -> Document {
        Pipeline().document(from: SourceText(path: id + ".txt", format: .plainText, encoding: "UTF-8", paragraphs: paragraphs), id: id)
    }

    static func compare(referenceTags: (String, String), localTags: (String, String)) -> Comparison {
        let reference = document("province", [
            "一、重点任务",
            "(一)加强水资源保护。" + water + referenceTags.0,
            "(二)提升工业产品质量。" + products + referenceTags.1,
        ])
        let local = document("city", [
            "一、重点任务",
            "(一)加强水资源保护。" + water + localTags.0,
            "(二)提升工业产品质量。" + products + localTags.1,
        ])
        return Comparer().compare(reference: reference, local: local)
    }

    @Test func waterOfficeRenamedAndReformMergerAreRenamings() {
        let c = Self.compare(referenceTags: ("(牵头单位:省水利厅;责任单位:省发展改革委、省环保厅)",
                                             "(牵头单位:省质监局、省工商局;责任单位:省工信委)"),
                             localTags: ("(牵头单位:市水务局;责任单位:市发展改革委、市环保局)",
                                         "(牵头单位:市市场监管局;责任单位:市工信委)"))
        #expect(c.unitChanges.count == 2)
        let water = c.unitChanges.first { $0.leadRenamed.contains { $0.to == "水务局" } }
        #expect(water?.leadRenamed == [UnitRenaming(from: "水利局", to: "水务局")])
        #expect(water?.leadAdded == [] && water?.leadRemoved == [])
        #expect(water?.responsibleAdded == [] && water?.responsibleRemoved == [])
        let market = c.unitChanges.first { $0.leadRenamed.contains { $0.to == "市场监管局" } }
        #expect(market?.leadRenamed == [UnitRenaming(from: "质监局", to: "市场监管局"), UnitRenaming(from: "工商局", to: "市场监管局")])
        #expect(market?.leadAdded == [] && market?.leadRemoved == [])

        let json = ComparisonJSON.render(c)
        #expect(json.contains("\"leadRenamed\""))
        #expect(json.contains("\"from\": \"水利局\"") || json.contains("\"from\":\"水利局\""))
        #expect(json.contains("\"responsibleRenamed\""))
    }

    @Test func unrelatedOfficeIsStillAddedAndRemoved() {
        let c = Self.compare(referenceTags: ("(牵头单位:省水利厅)", "(牵头单位:省工信委)"),
                             localTags: ("(牵头单位:市农业局)", "(牵头单位:市工信委)"))
        #expect(c.unitChanges.count == 1)
        #expect(c.unitChanges.first?.leadAdded == ["农业局"])
        #expect(c.unitChanges.first?.leadRemoved == ["水利局"])
        #expect(c.unitChanges.first?.leadRenamed == [])
    }

    @Test func renamedResponsibleOfficeBesideAnUnrelatedOne() {
        // 卫计委 became 卫健委 in 2018; 教育局 is a different office the city added.
        let c = Self.compare(referenceTags: ("(牵头单位:省水利厅;责任单位:省卫生计生委)", "(牵头单位:省工信委)"),
                             localTags: ("(牵头单位:市水利局;责任单位:市卫生健康委、市教育局)", "(牵头单位:市工信委)"))
        #expect(c.unitChanges.count == 1)
        let u = c.unitChanges.first
        #expect(u?.responsibleRenamed == [UnitRenaming(from: "卫计委", to: "卫健委")])
        #expect(u?.responsibleAdded == ["教育局"])
        #expect(u?.responsibleRemoved == [] && u?.leadRenamed == [])
    }

    @Test func namesWithoutRolesAreStillRecognisedAsRenamed() {
        let finder = UnitChangeFinder()
        let r = finder.renamings(removed: [UnitChangeFinder.fallbackRole("省水利厅")], added: [UnitChangeFinder.fallbackRole("市水务局")])
        #expect(r.renamed.count == 1 && r.removed.isEmpty && r.added.isEmpty)
    }

    @Test func reportsShowTheRenamingInWordsAndInTheCSV() {
        let c = Self.compare(referenceTags: ("(牵头单位:省水利厅)", "(牵头单位:省工信委)"),
                             localTags: ("(牵头单位:市水务局)", "(牵头单位:市工信委)"))
        let html = ComparisonReport().render(c).withoutLanguageSpans
        #expect(html.contains("牵头单位 lead：省水利厅 → 市水务局"))
        #expect(html.contains("牵头单位更名：水利局 → 水务局（lead renamed）"))
        let csv = PairCSV.render(c)
        // One row per renamed office: the role renamed, the names as written, the status.
        #expect(csv.contains(",水利局 → 水务局,lead,省水利厅,市水务局,renamed,"))
    }
}
