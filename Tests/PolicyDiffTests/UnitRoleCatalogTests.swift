import Foundation
import Testing
@testable import PolicyDiff

/// The same office at another level or under another name is one role.
@Suite struct UnitRoleCatalogTests {
    let catalog = UnitRoleCatalog.standard

    @Test func theShippedTableLoads() {
        #expect(catalog.entries.count > 50)
        #expect(catalog.entries.contains { $0.role == "质监局" && $0.related.contains("市场监管局") })
    }

    @Test(arguments: [
        ("省质监局", "质监局"), ("市质监局", "质监局"), ("甘肃省质监局", "质监局"), ("张掖市质量技术监督局", "质监局"),
        ("省发展改革委", "发改委"), ("市发改委", "发改委"), ("国家发展改革委", "发改委"), ("县发展和改革局", "发改委"),
        ("省食品药品监管局", "食药监局"), ("市食药监局", "食药监局"),
        ("省卫生计生委", "卫计委"), ("市卫计委", "卫计委"),
        ("省人力资源社会保障厅", "人社局"), ("省人社厅", "人社局"), ("市人社局", "人社局"), ("人力资源社会保障部", "人社局"),
        ("省建设厅", "建设局"), ("市建设局", "建设局"), ("省住房城乡建设厅", "建设局"),
        ("省经济和信息化委", "工信委"), ("省工信委", "工信委"), ("工业和信息化部", "工信委"),
        ("省水利厅", "水利局"), ("市水务局", "水务局"),
        ("省政府国资委", "国资委"), ("省国资委", "国资委"),
        ("省委宣传部", "宣传部"), ("中央宣传部", "宣传部"), ("市委组织部", "组织部"),
        ("团省委", "团委"), ("共青团中央", "团委"),
        ("省市场监管局", "市场监管局"), ("市场监管总局", "市场监管局"), ("市市场监督管理局", "市场监管局"),
        ("甘肃出入境检验检疫局", "出入境检验检疫局"), ("合肥海关", "海关"), ("安徽银监局", "银监局"),
        ("内蒙古自治区农牧厅", "农牧局"), ("省政府办公厅", "政府办公厅"), ("国务院办公厅", "政府办公厅"),
    ])
    func sameOfficeAcrossLevelsAndAliases(name: String, role: String) {
        #expect(catalog.role(of: name) == role)
    }

    @Test(arguments: [
        ("各市州", "各地政府"), ("各县区", "各地政府"), ("各市、州政府", "各地政府"), ("各县(市、区)人民政府", "各地政府"),
        ("各省级人民政府", "各地政府"), ("各有关省级人民政府", "各地政府"),
        ("各有关部门", "各有关部门"), ("省直各有关部门", "各有关部门"), ("市直各相关部门", "各有关部门"),
        ("各有关部门和单位", "各有关部门"),
    ])
    func collectivesHaveOneRole(name: String, role: String) {
        #expect(catalog.role(of: name) == role)
    }

    @Test func unknownNamesLoseOnlyTheirLevel() {
        #expect(catalog.role(of: "省国防科工办") == "国防科工办")
        #expect(catalog.role(of: "张掖市城投公司") == "城投公司")
        #expect(catalog.role(of: "兰州新区") == "兰州新区")
        #expect(catalog.role(of: "行业协会") == "行业协会")
        // 市场 is not 市 + 场: the head of a name is stripped only where it is a level.
        #expect(catalog.role(of: "市场营销协会") == "市场营销协会")
        #expect(catalog.role(of: "省级人民政府") == "省级人民政府")
    }

    @Test func fullWidthAndSpacesDoNotChangeTheRole() {
        #expect(catalog.role(of: " 市质监局\u{3000}") == "质监局")
        #expect(catalog.role(of: "各县（市、区）人民政府") == "各地政府")
    }

    @Test func reformsRelateRolesBothWays() {
        #expect(catalog.areRelated("质监局", "市场监管局"))
        #expect(catalog.areRelated("市场监管局", "工商局"))
        #expect(catalog.areRelated("水利局", "水务局"))
        #expect(!catalog.areRelated("财政局", "税务局"))
    }

    @Test func anOverrideFileWinsForTheNamesItLists() throws {
        let extra = try UnitRoleCatalog(tsv: """
        # a researcher's additions
        市场监管局\t质监局,工商局\t\tcompare pre- and post-2018 plans as one line of work
        新区\t兰州新区,天府新区
        """, source: "extra.tsv")
        let merged = catalog.merged(with: extra)
        #expect(merged.role(of: "省质监局") == "市场监管局")
        #expect(merged.role(of: "兰州新区") == "新区")
        #expect(merged.role(of: "省发展改革委") == "发改委")
        let a = AssignmentExtractor(catalog: merged).apply(to: AssignmentFixture.document([
            "(牵头单位:市质监局;责任单位:各县区)",
        ])).clauses[0].assignments[0]
        #expect(a.leadRoles == ["市场监管局"])
    }

    @Test func anOverrideFileLoadsFromDisk() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("unit-roles-\(UUID().uuidString).tsv").path
        try "\u{FEFF}城投\t城投公司,城市建设投资公司\n".write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let extra = try UnitRoleCatalog(contentsOf: path)
        #expect(catalog.merged(with: extra).role(of: "张掖市城投公司") == "城投")
    }

    @Test func aBrokenLineIsReportedWithItsNumber() {
        #expect(throws: UnitRoleCatalog.LoadError(source: "bad.tsv", line: 3, reason: "role 质监局 lists no names")) {
            try UnitRoleCatalog(tsv: "# comment\n发改委\t发改委\n质监局\t\n", source: "bad.tsv")
        }
        #expect(throws: UnitRoleCatalog.LoadError.self) {
            try UnitRoleCatalog(tsv: "only one column\n", source: "bad.tsv")
        }
        #expect(throws: UnitRoleCatalog.LoadError.self) {
            try UnitRoleCatalog(contentsOf: "/nonexistent/unit-roles.tsv")
        }
    }
}
