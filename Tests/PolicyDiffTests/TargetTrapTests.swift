import Testing
@testable import PolicyDiff

/// Numbers of the genre that are names, titles, dates or plain words — never targets.
@Suite struct TargetTrapTests {
    private func targets(_ text: String) -> [Target] {
        TargetExtractor().targets(in: text)
    }

    @Test func congressesAndPlenums() {
        #expect(targets("全面贯彻党的十九大和十九届二中、三中全会精神。").isEmpty)
        #expect(targets("深入学习贯彻党的十八大精神。").isEmpty)
    }

    @Test func slogansQuotedOrNot() {
        #expect(targets("统筹推进“五位一体”总体布局和协调推进“四个全面”战略布局。").isEmpty)
        #expect(targets("统筹推进五位一体总体布局和协调推进四个全面战略布局。").isEmpty)
        #expect(targets("为突出创新引领、实现三个更加目标要求，落实一三三五工作思路。").isEmpty)
        #expect(targets("加快推进美丽乡村“十百千”工程。").isEmpty)
        #expect(targets("加快推进美丽乡村十百千工程。").isEmpty)
        #expect(targets("实施“千人千企”质量培训计划。").isEmpty)
        #expect(targets("深入实施“中国制造2025”行动纲要。").isEmpty)
        #expect(targets("深入实施中国制造2025行动纲要。").isEmpty)
    }

    @Test func fiveYearPlansAreNamesAndDeadlines() {
        #expect(targets("“十四五”期间，加快推进质量强市建设。").isEmpty)
        #expect(targets("十四五期间，加快推进质量强市建设。").isEmpty)
        #expect(targets("统筹两个市场，拓展两种资源。").isEmpty)
    }

    @Test func wordsThatContainNumerals() {
        #expect(targets("打造一批统一标识的高品质品牌，建设一流企业，深度融入一带一路建设。").isEmpty)
        #expect(targets("全国两会期间，严格实行一票否决，扩大三品一标农产品规模。").isEmpty)
        #expect(targets("年过半百的老字号企业进一步做强。").isEmpty)
        #expect(targets("确保当前和今后一个时期就业目标任务完成。").isEmpty)
        #expect(targets("引导零部件企业与整机企业协同创新。").isEmpty)
    }

    @Test func titlesAndDocumentNumbers() {
        #expect(targets("深入实施《消费品标准和质量提升规划(2016—2020年)》(国办发〔2016〕68号)。").isEmpty)
        #expect(targets("落实《关于推进新旧动能转换重大工程的实施意见》(青发〔2018〕22号)。").isEmpty)
    }

    @Test func datesOfIssueAndStages() {
        #expect(targets("组织启动阶段(2018年7月)。").isEmpty)
        #expect(targets("全面实施阶段(2018年7月-2020年12月)。").isEmpty)
        #expect(targets("中共张掖市委 张掖市人民政府 2018年7月23日").isEmpty)
        #expect(targets("发布时间: 2018-07-31 22:30").isEmpty)
        #expect(targets("已经市委常委会第52次会议研究通过。").isEmpty)
        #expect(targets("通过三年的努力，在前三年工作基础上持续推进。").isEmpty)
    }

    @Test func rankingListsAreNamesButTheCountOfFirmsIsATarget() {
        let world = targets("进入世界品牌实验室500强的企业达到4家以上。")
        #expect(world.map(\.value) == [4])
        #expect(world.first?.comparator == .atLeast)
        let china = targets("进入“中国500最具价值品牌”的企业达到17家。")
        #expect(china.map(\.value) == [17])
        #expect(targets("争创中国企业500强。").isEmpty)
    }

    @Test func codesAndFormulas() {
        let pm = targets("细颗粒物(PM2.5)平均浓度下降到35微克/立方米。")
        #expect(pm.map(\.value) == [35])
        #expect(pm.first?.unit == "微克/立方米")
        #expect(targets("加快5G网络和ISO9001认证推广。").isEmpty)
        #expect(targets("计算方法：日间手术台次数/同期出院患者择期手术总台次数×100%。").isEmpty)
    }

    @Test func achievementsOfTheBackgroundAreNoTargets() {
        #expect(targets("在已有工作基础上，全市工业产品合格率达到95%。").map(\.value) == [95])
        #expect(targets("全省已建成国家级质检中心20个。").isEmpty)
    }

    @Test func attributesAndConditions() {
        #expect(targets("禁止生产和使用厚度低于0.01毫米的地膜。").isEmpty)
        #expect(targets("可申请最高不超过15万元的创业担保贷款。").isEmpty)
        #expect(targets("对新招用人员超过100人并签订1年以上劳动合同的，给予补贴。").isEmpty)
    }
}
