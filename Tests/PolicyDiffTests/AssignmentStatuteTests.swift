import Foundation
import Testing
@testable import PolicyDiff

/// Responsible units of laws, regulations and 实施办法: the subject of a duty
/// (X应当…, 由X…, X会同Y…), levels shared in a list, names kept whole, roles that make a
/// law's department and a province's 厅 one line — and the subjects that are not
/// units (合作社, 经营者, 消费者协会, 人民法院) or offices named only as objects
/// (向X申请, 经X批准). Sentences written for these tests in the genre.
@Suite struct AssignmentStatuteTests {
    let catalog = UnitRoleCatalog.standard

    static let law = """
    中华人民共和国农产品质量促进法

    第一章 总则

    第一条 为了提高农产品质量，促进农业高质量发展，制定本法。

    第二条 国务院农业农村主管部门负责全国农产品质量促进工作。

    县级以上地方人民政府农业农村主管部门负责本行政区域内的农产品质量促进工作。

    第三条 县级以上人民政府市场监督管理部门应当加强对农产品批发市场的监督检查。

    第四条 县级以上人民政府发展改革、财政部门和其他有关部门按照各自职责，负责农产品质量促进的有关工作。

    第五条 农民专业合作社应当建立农产品生产记录。经营者应当如实标明农产品的产地。

    第六条 生产者向县级以上人民政府农业农村主管部门申请认证，经县级以上人民政府农业农村主管部门批准后，方可使用认证标志。

    第七条 消费者协会应当支持消费者依法维权。人民法院应当及时审理农产品质量纠纷案件。

    第八条 违反本法第五条规定的，由县级以上人民政府农业农村主管部门责令改正，可以处一千元以上一万元以下的罚款。

    第九条 市场监督管理部门、农业农村主管部门应当会同卫生健康主管部门建立农产品质量信息通报制度。

    第十条 农业农村主管部门发现农产品存在质量安全隐患的，应当及时通报同级市场监督管理部门。

    第十一条 本法自2030年1月1日起施行。
    """

    static let regulation = """
    某省农产品质量促进条例

    第一条 根据《中华人民共和国农产品质量促进法》，结合本省实际，制定本条例。

    第二条 省农业农村厅负责全省农产品质量促进工作。市、区人民政府应当将农产品质量促进工作纳入国民经济和社会发展规划。

    第三条 设区的市和县（市、区）人民政府农业农村部门应当加强检测能力建设，乡镇人民政府（街道办事处）应当做好农产品质量安全的日常巡查。

    第四条 区县（自治县）人民政府应当建立农产品质量促进协调机制。

    第五条 本条例自2031年1月1日起施行。
    """

    private func document(_ text: String) throws -> Document {
        let path = NSTemporaryDirectory() + "assign-statute-\(UUID().uuidString).txt"
        defer { try? FileManager.default.removeItem(atPath: path) }
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return try Pipeline().document(at: path)
    }

    /// Every assignment of an article (its paragraphs and items), in order.
    private func assignments(_ d: Document, article: String) -> [Assignment] {
        d.clauses.filter { $0.path.first == article }.flatMap(\.assignments)
    }

    /// The responsible units of each duty of one sentence.
    private func duties(_ sentence: String) -> [[String]] {
        StatutoryDuty().readings(in: Array(sentence)).map(\.responsible)
    }

    private func responsible(_ d: Document, _ article: String) -> [String] {
        assignments(d, article: article).flatMap(\.responsible)
    }

    @Test func subjectsOfDutiesInALawAreResponsible() throws {
        let d = try document(Self.law)
        #expect(responsible(d, "第二条") == ["国务院农业农村主管部门", "县级以上地方人民政府农业农村主管部门"])
        #expect(responsible(d, "第三条") == ["县级以上人民政府市场监督管理部门"])
        #expect(responsible(d, "第八条") == ["县级以上人民政府农业农村主管部门"])
        // X…的，应当…: the subject of the condition carries the duty.
        #expect(responsible(d, "第十条") == ["农业农村主管部门"])
        #expect(assignments(d, article: "第二条").allSatisfy { $0.source == .prose && $0.lead.isEmpty })
    }

    @Test func linesSharingOneDepartmentWordAndTheirLevel() throws {
        let d = try document(Self.law)
        #expect(responsible(d, "第四条") == ["县级以上人民政府发展改革部门", "县级以上人民政府财政部门", "其他有关部门"])
        #expect(assignments(d, article: "第四条").first?.responsibleRoles == ["发改委", "财政局", CollectiveUnit.departments])
    }

    @Test func officesThatActTogetherLeadTheirPartners() throws {
        let d = try document(Self.law)
        let a = assignments(d, article: "第九条")
        #expect(a.count == 1)
        #expect(a.first?.lead == ["市场监督管理部门", "农业农村主管部门"])
        #expect(a.first?.responsible == ["卫生健康主管部门"])
    }

    @Test func notUnitsAndOfficesNamedAsObjects() throws {
        let d = try document(Self.law)
        // 合作社 and 经营者 are not offices; 向X申请 and 经X批准 are no duties of X;
        // 消费者协会 and 人民法院 are not administrative units.
        #expect(assignments(d, article: "第五条").isEmpty)
        #expect(assignments(d, article: "第六条").isEmpty)
        #expect(assignments(d, article: "第七条").isEmpty)
        #expect(assignments(d, article: "第一条").isEmpty)
    }

    @Test func aSharedLevelIsDistributedAndBracketsStay() throws {
        let d = try document(Self.regulation)
        #expect(responsible(d, "第二条") == ["省农业农村厅", "市人民政府", "区人民政府"])
        #expect(responsible(d, "第三条") == ["设区的市人民政府农业农村部门", "县（市、区）人民政府农业农村部门",
                                           "乡镇人民政府（街道办事处）"])
        #expect(responsible(d, "第四条") == ["区县（自治县）人民政府"])
        #expect(assignments(d, article: "第四条").first?.responsibleRoles == [catalog.role(of: "市人民政府")])
    }

    @Test func theLawsDepartmentAndTheProvincesBureauAreOneLine() throws {
        let law = try document(Self.law), province = try document(Self.regulation)
        let national = assignments(law, article: "第二条").flatMap(\.responsibleRoles)
        let local = assignments(province, article: "第二条").first?.responsibleRoles.first
        #expect(national == [local, local])
        #expect(local == catalog.role(of: "区农业农村局"))
        let roles = StatutoryUnitRole(catalog: catalog)
        #expect(roles.role(of: "县级以上人民政府市场监督管理部门") == catalog.role(of: "省市场监管局"))
        #expect(roles.role(of: "各级人民政府工商行政管理部门") == catalog.role(of: "市工商局"))
        #expect(roles.role(of: "公安机关") == catalog.role(of: "公安部"))
        #expect(roles.role(of: "乡（镇）市场监督管理所") == catalog.role(of: "市场监管总局"))
        #expect(roles.role(of: "有关国家机关") == CollectiveUnit.departments)
        #expect(roles.role(of: "县级以上人民政府") == catalog.role(of: "省人民政府"))
        // Lines named as laws of their time name them, related to their successors.
        #expect(catalog.areRelated(roles.role(of: "县级以上地方人民政府劳动行政部门"), catalog.role(of: "省人力资源社会保障厅")))
        #expect(catalog.areRelated(roles.role(of: "县级以上人民政府卫生行政部门"), catalog.role(of: "市卫生计生委")))
        #expect(catalog.areRelated(roles.role(of: "道路运输管理机构"), catalog.role(of: "交通运输部")))
    }

    @Test func theArticleNumberDoesNotHideTheSubjectOfTheFirstParagraph() {
        // The same 会同 sentence, first paragraph (after 第十二条) and a later one.
        let first = ProseResponsibility().read(Array("第十二条 省民政厅会同省财政厅制定养老服务补贴办法"))
        let later = ProseResponsibility().read(Array("省民政厅会同省财政厅制定养老服务补贴办法"))
        #expect(first != nil)
        #expect(first?.tag == later?.tag)
        #expect(ArticleLabel.dropped(from: ArraySlice(Array("第一百零二条 本法自公布之日起施行"))).first == "本")
        #expect(ArticleLabel.dropped(from: ArraySlice(Array("第二批试点"))).first == "第")
    }

    @Test func plansKeepTheirOwnReaders() throws {
        // 应当 in a plan's measure is no statutory duty: plan clauses are not articles.
        let d = try document("""
        某市农产品质量提升行动方案

        一、重点任务

        （一）加强检测。市农业农村局应当加强农产品检测能力建设。
        """)
        #expect(d.clauses.flatMap(\.assignments).isEmpty)
    }

    @Test func departmentsNamedByTheirWorkAndOfficesReferredBack() {
        // A law names departments by what they are charged with: each line its department.
        #expect(duties("县级以上人民政府负责种子、农药、兽药等管理工作的部门应当加强对农业投入品的监督。")
                == [["县级以上人民政府种子部门", "县级以上人民政府农药部门", "县级以上人民政府兽药部门"]])
        // 该部门 is the office named before it in the sentence.
        #expect(duties("生产者向县级以上人民政府农业农村主管部门报告的，该部门应当在五日内组织核查。")
                == [["县级以上人民政府农业农村主管部门"]])
        // With no office before it, 该部门 is nobody the comparison can name.
        #expect(duties("该部门应当在五日内组织核查。").isEmpty)
    }

    @Test(arguments: [
        // X按照各自职责，对…进行指导: no modal, the law's frame charges them.
        ("县级以上人民政府农业农村主管部门、市场监督管理部门和其他有关部门按照各自职责，对农产品质量促进工作进行指导和服务。",
         ["县级以上人民政府农业农村主管部门", "市场监督管理部门", "其他有关部门"]),
        ("国务院农业农村主管部门依照本法规定，制定农产品质量分级标准。", ["国务院农业农村主管部门"]),
        // X及其有关部门: X's own departments.
        ("县级以上人民政府及其有关部门应当加强农产品质量促进的宣传。", ["县级以上人民政府", "县级以上人民政府有关部门"]),
        // Bare levels share the rest of the next name.
        ("国务院和省、自治区、直辖市人民政府应当安排专项资金。", ["国务院", "省人民政府", "自治区人民政府", "直辖市人民政府"]),
        ("市、区县（自治县）农业农村主管部门应当建立农产品质量档案。", ["市农业农村主管部门", "区县（自治县）农业农村主管部门"]),
    ])
    func dutiesFramedByTheLawAndTheDepartmentsOfAGovernment(sentence: String, units: [String]) {
        #expect(duties(sentence) == [units])
    }

    @Test(arguments: [
        // 由…组成 with non-offices in the list; a relative clause (受理投诉的…确定的机构).
        "农产品质量委员会由有关部门和行业协会、生产者代表等组成。",
        "可以由受理投诉的行政管理部门确定的检测机构进行检测。",
        // The condition has a subject of its own after it (当事人可以…).
        "农业农村主管部门和消费者协会调解达成协议的，当事人可以申请确认。",
        // 其所在单位 and 上级机关 name no office.
        "由其所在单位或者上级机关给予处分。",
    ])
    func subjectsThatRunIntoTheirPredicateAreRefused(sentence: String) {
        #expect(duties(sentence).isEmpty)
    }

    @Test func linesBeforeASharedDepartmentWordAndItsOtherForm() {
        // Lines listed before a shared 主管部门, its other form after 或者.
        #expect(duties("由农业、林业等主管部门或者管理机构按照各自职责责令改正。") == [["农业主管部门", "林业主管部门"]])
    }
}
