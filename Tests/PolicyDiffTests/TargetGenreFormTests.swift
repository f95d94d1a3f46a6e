import Testing
@testable import PolicyDiff

/// The target forms of issue 11 (deadlines written 到…年底 / …年底前 / 至…年,
/// shares in words, counts of built things, periods, lists sharing a value,
/// indicator tables) and its traps, on sentences written for these tests in the
/// genre of municipal and district plans, laws and 实施办法.
@Suite struct TargetGenreFormTests {
    private func targets(_ text: String, title: String? = nil) -> [Target] {
        TargetExtractor().targets(in: text, title: title)
    }

    private func only(_ text: String) -> Target? {
        let found = targets(text)
        return found.count == 1 ? found[0] : nil
    }

    // MARK: Deadlines

    @Test func deadlinesWrittenWithYearEnd() throws {
        let a = try #require(only("到2026年底，全区生活垃圾回收利用率达到45%以上。"))
        #expect(a.year == 2026 && a.value == 45 && a.comparator == .atLeast)
        let b = try #require(only("2027年底前，各街镇建成标准化中转站9座。"))
        #expect(b.year == 2027 && b.value == 9 && b.unit == "座")
        let c = try #require(only("至2031年，全县污水集中处理率达到98%。"))
        #expect(c.year == 2031 && c.value == 98)
    }

    @Test func deadlinesOfAGoalClauseHoldForEachLaterHead() {
        let found = targets("主要目标\n到2026年底，建筑垃圾资源化利用率达到50%以上。到2032年底，资源化利用率达到85%以上。",
                            title: "主要目标")
        #expect(found.map(\.value) == [50, 85])
        #expect(found.map(\.year) == [2026, 2032])
    }

    // MARK: Shares in words

    @Test func sharesWrittenInWords() throws {
        let more = try #require(only("到2027年，超过一半的行政村建成垃圾分类示范点。"))
        #expect(more.value == 50 && more.unit == "%" && more.comparator == .greaterThan && more.year == 2027)
        #expect(more.indicator.contains("行政村"))
        let atLeast = try #require(only("专任教师中具有硕士学位的教师占一半以上。"))
        #expect(atLeast.value == 50 && atLeast.comparator == .atLeast)
        let twoThirds = try #require(only("社区卫生服务中心达标率达到三分之二。"))
        #expect(abs(twoThirds.value - 66.666667) < 1e-6 && twoThirds.unit == "%")
        let half = try #require(only("会议须有过半数的代表出席。"))
        #expect(half.value == 50 && half.comparator == .greaterThan)
    }

    @Test func fractionsNeedTwoNumerals() {
        // 百分之… is a percentage of its own; 分之 without a numerator is no number.
        #expect(targets("合格率达到百分之九十五。").map(\.value) == [95])
        #expect(targets("十分之重要的工作。").isEmpty)
    }

    // MARK: Counts of built things

    @Test func countsOfBuiltThingsTakeTheNounWithoutTheVerb() {
        let found = targets("到2026年，新建污水提升泵站12座，新增公交专用道27条，打造“口袋公园”41个。")
        #expect(found.map(\.value) == [12, 27, 41])
        #expect(found.map(\.unit) == ["座", "条", "个"])
        #expect(found.map(\.indicator) == ["污水提升泵站", "公交专用道", "“口袋公园”"])
        #expect(found.allSatisfy { $0.year == 2026 })
    }

    @Test func scopeAndVerbsInFrontAreNotPartOfTheIndicator() throws {
        let t = try #require(only("各区要在继续巩固落实好社区养老服务设施覆盖率达到90%的基础上逐步提高服务质量。"))
        #expect(t.indicator == "社区养老服务设施覆盖率")
        #expect(t.value == 90)
        // A noun that holds a verb keeps it: 城镇新增就业 is the indicator's name.
        let jobs = try #require(only("城镇新增就业不少于8万人。"))
        #expect(jobs.indicator == "城镇新增就业")
    }

    // MARK: Periods

    @Test func periodsOfRecurringTargets() throws {
        let revise = try #require(only("行业标准每5年修订1次。"))
        #expect(revise.period == .everyFiveYears && revise.value == 1 && revise.unit == "次")
        #expect(!revise.indicator.contains("5年"))
        let check = try #require(only("每两年开展1次全面检查。"))
        #expect(check.period == .everyTwoYears)
        let quarter = try #require(only("每季度通报3家以上典型企业。"))
        #expect(quarter.period == .quarterly)
        let yearly = try #require(only("每年培训基层执法人员2000人次。"))
        #expect(yearly.period == .yearly)
        let half = try #require(only("每半年抽查不少于20个工地。"))
        #expect(half.period == .halfYearly)
    }

    // MARK: Lists sharing a value

    @Test func respectiveValuesKeepEachItemsFullIndicator() {
        let found = targets("小麦耕种、收获机械化率分别达到92%和96%。")
        #expect(found.map(\.indicator) == ["小麦耕种机械化率", "小麦收获机械化率"])
        #expect(found.map(\.value) == [92, 96])
        let each = targets("大豆播种、收获机械化率均达到85%。")
        #expect(each.map(\.indicator) == ["大豆播种机械化率", "大豆收获机械化率"])
        #expect(each.map(\.value) == [85, 85])
        // 平均 holds a 均 but means "on average": one indicator.
        let average = targets("各县区城市空气质量优良天数比例平均达到85%以上。")
        #expect(average.map(\.indicator) == ["各县区城市空气质量优良天数比例"])
        let both = targets("城镇、农村居民人均可支配收入分别增长6%和8%。")
        #expect(both.map(\.value) == [6, 8])
        #expect(both.first?.indicator.hasPrefix("城镇") == true)
    }

    // MARK: Laws and regulations

    @Test func modalBoundsOfLaws() {
        let found = targets("单张不记名储值卡金额不得超过三千元，成员大会的决议应当由成员表决权总数三分之二以上通过。")
        #expect(found.map(\.comparator) == [.atMost, .atLeast])
        #expect(found.first?.indicator == "单张不记名储值卡金额")
    }

    @Test func shareOfABaseTakesTheBoundBeforeTheBase() throws {
        let t = try #require(only("农村集体经济组织成员至少应当占理事会成员总数的百分之六十。"))
        #expect(t.value == 60 && t.comparator == .atLeast)
        #expect(t.indicator == "农村集体经济组织成员")
        let own = try #require(only("原则上工地内部回填量不少于出土总量的20%（地下工程除外）。"))
        #expect(own.comparator == .atLeast && own.indicator == "工地内部回填量")
    }

    @Test func timeLimitsOfLaws() throws {
        let refund = try #require(only("经营者应当自收到退回商品之日起十日内返还货款。"))
        #expect(refund.value == 10 && refund.unit == "日" && refund.comparator == .atMost)
        #expect(refund.indicator == "返还货款")
        let warranty = try #require(only("防水工程的保修期限不得少于五年。"))
        #expect(warranty.value == 5 && warranty.unit == "年" && warranty.comparator == .atLeast)
        let reply = try #require(only("主管部门应当在三十日内作出书面答复。"))
        #expect(reply.value == 30 && reply.indicator == "作出书面答复")
        let either = try #require(targets("电动自行车自售出之日起九十日内或者骑行里程二千公里内，消费者可以选择免费更换。").first)
        #expect(either.value == 90 && !either.indicator.hasPrefix("或"))
        let defect = try #require(only("消费者自收货之日起三个月内发现质量问题。"))
        #expect(defect.value == 3 && defect.unit == "个月" && defect.comparator == .atMost)
        let notice = try #require(only("经营者停业的，应当提前十五日告知会员。"))
        #expect(notice.value == 15 && notice.unit == "日")
        let grant = try #require(only("应当给予二千元以上的一次性补偿。"))
        #expect(grant.value == 2000 && grant.comparator == .atLeast && grant.indicator.contains("补偿"))
        let distance = targets("电动汽车自交付之日起一年内或者行驶里程二万公里内出现电池故障，予以免费更换。")
        #expect(distance.map(\.value) == [1, 20_000])
        #expect(distance.allSatisfy { $0.comparator == .atMost })
        let waiting = try #require(only("新设经营者自登记之日起三个月后，方可开展预收费业务。"))
        #expect(waiting.value == 3 && waiting.comparator == .atLeast)
        let meeting = try #require(only("理事会每年至少召开一次。"))
        #expect(meeting.value == 1 && meeting.comparator == .atLeast && meeting.period == .yearly)
        // dates and deadlines stay what they are
        #expect(targets("本条例自2026年3月1日起施行。").isEmpty)
        #expect(targets("2027年底前完成清理。").isEmpty)
        #expect(targets("每年3月31日前报送上一年度报告。").isEmpty)
    }

    @Test func fineRangesAreOneRange() throws {
        let t = try #require(only("由市场监督管理部门责令改正，处二万元以上二十万元以下的罚款。"))
        #expect(t.value == 20_000 && t.valueMax == 200_000 && t.comparator == .equal)
        #expect(t.indicator == "罚款")
        let agency = try #require(only("由住房城乡建设主管部门处五万元以上二十万元以下的罚款。"))
        #expect(agency.indicator == "罚款" && agency.valueMax == 200_000)
        let cap = try #require(only("可以处三千元以下罚款。"))
        #expect(cap.value == 3000 && cap.comparator == .atMost && cap.indicator == "罚款")
    }

    // MARK: Traps

    @Test func phasesAndBatchesInNamesAreNoTargets() {
        #expect(targets("加快建设临港生态公园二期，启动第二批试点街镇申报，推进轨道交通三期工程。").isEmpty)
        #expect(targets("笫三十二条规定的情形除外。").isEmpty)
        #expect(targets("依照本法笫五十四条的规定处理。").isEmpty)
    }

    @Test func standardLevelsThatAreNamesAreNoTargets() {
        #expect(targets("严格保护一级水源保护区，创建3A级以上旅游景区，发动机的主要零件须可追溯。").isEmpty)
    }

    @Test func returnPeriodsAreTargetsOnlyAsLevels() throws {
        let flood = try #require(only("到2030年，中心城区防洪能力提高到200年一遇。"))
        #expect(flood.value == 200 && flood.unit == "年一遇" && flood.year == 2030)
        #expect(targets("新建堤防按50年一遇标准设计，排涝泵站按20年一遇暴雨校核。").isEmpty)
    }

    @Test func durationsThatDescribeHowAreNoTargets() {
        #expect(targets("到2027年，学生跟岗实习一般为3个月，原则上不超过5个工作日完成审批。").isEmpty)
        // a duration set as a commitment is a target
        let t = targets("到2027年，企业开办时间压缩至2个工作日以内。")
        #expect(t.map(\.value) == [2])
    }

    @Test func shareQualifyingANounInsideAPhraseIsNoTarget() {
        #expect(targets("按照社会保险费50%的标准给予补贴。").isEmpty)
    }
}

/// Indicator tables (指标 | 单位 | 基期 | 2025年 | 2030年): one target per year cell,
/// on rows as the segmenter gives them (`Clause.tableRow`).
@Suite struct TargetTableTests {
    private func document(_ rows: [TableRow]) -> Document {
        var clauses = [Clause(id: "c0", path: ["附件"], kind: .numbered, title: "附件 主要指标", text: "附件\n主要指标")]
        for (k, row) in rows.enumerated() {
            clauses.append(Clause(id: "c\(k + 1)", parent: "c0", path: ["附件", String(k + 1)], text: row.cells.joined(separator: "\n"),
                                  tableRow: row))
        }
        return TargetExtractor().apply(to: Document(id: "d", source: "d.txt", metadata: DocumentMetadata(), clauses: clauses))
    }

    @Test func oneTargetPerYearCellWithItsYear() throws {
        let headers = ["序号", "指标", "单位", "2020年（基期）", "2025年", "2030年", "属性"]
        let doc = document([
            TableRow(headers: headers, cells: ["1", "建筑垃圾资源化利用率", "%", "30", "≥55", "80以上", "约束性"]),
            TableRow(headers: headers, cells: ["2", "消纳场所数量", "座", "4", "7", "10", "预期性"]),
            TableRow(headers: headers, cells: ["3", "再生产品年产能", "万吨", "150", "300", "——", "预期性"]),
        ])
        let first = doc.clauses[1].targets
        #expect(first.map(\.year) == [2025, 2030])
        #expect(first.map(\.value) == [55, 80])
        #expect(first.map(\.comparator) == [.atLeast, .atLeast])
        #expect(first.allSatisfy { $0.indicator == "建筑垃圾资源化利用率" && $0.unit == "%" })
        #expect(doc.clauses[2].targets.map(\.value) == [7, 10])
        #expect(doc.clauses[2].targets.map(\.unit) == ["座", "座"])
        // 万吨 in the unit column: the value in tonnes; a dash is no target.
        let capacity = doc.clauses[3].targets
        #expect(capacity.map(\.value) == [3_000_000])
        #expect(capacity.map(\.unit) == ["吨"])
        #expect(capacity.map(\.year) == [2025])
    }

    @Test func unitInBracketsAfterTheIndicator() throws {
        let headers = ["主要指标", "2026年目标值", "2028年目标值"]
        let doc = document([TableRow(headers: headers, cells: ["绿色建筑占新建建筑比例（%）", "70", "100"])])
        let found = doc.clauses[1].targets
        #expect(found.map(\.indicator) == ["绿色建筑占新建建筑比例", "绿色建筑占新建建筑比例"])
        #expect(found.map(\.unit) == ["%", "%"])
        #expect(found.map(\.year) == [2026, 2028])
    }

    @Test func taskTableRowsAreReadAsProse() {
        // No year column: a row of a task table is read as text (its 完成时限 a deadline).
        let headers = ["序号", "重点任务", "牵头单位", "完成时限"]
        let doc = document([TableRow(headers: headers, cells: ["1", "新建装修垃圾分拣中心3座", "区绿化市容局", "2026年底前"])])
        #expect(doc.clauses[1].targets.map(\.value) == [3])
        #expect(doc.clauses[1].targets.map(\.year) == [2026])
    }
}

/// Deterministic pseudo-random text over the characters the new readers react to
/// (shares in words, periods, time limits, prose duties, broken brackets, table cells):
/// nothing traps, every value is finite and every range is ordered.
@Suite struct ExtractRandomTextTests {
    static let alphabet = Array("0123456789一二两三四五六七八九十百千万半过分之每季度月年日天内或者以上下不得少于超过处元罚款期第笫均分别、，。；\n（）()区市省各街镇局委厅会同牵头负责配合由要的部门".unicodeScalars)

    private func texts(_ count: Int, seed: UInt64) -> [String] {
        var state = seed
        var result: [String] = []
        for _ in 0..<count {
            var text = String.UnicodeScalarView()
            state = state &* 6364136223846793005 &+ 1442695040888963407
            let length = Int((state >> 33) % 48) + 1
            for _ in 0..<length {
                state = state &* 6364136223846793005 &+ 1442695040888963407
                text.append(Self.alphabet[Int((state >> 33) % UInt64(Self.alphabet.count))])
            }
            result.append(String(text))
        }
        return result
    }

    @Test func targetsOfRandomText() {
        for text in texts(3000, seed: 0xC0FFEE) {
            for t in TargetExtractor().targets(in: text) {
                #expect(t.value.isFinite)
                #expect(t.valueMax.map { $0 > t.value } ?? true)
            }
        }
    }

    @Test func assignmentsAndTableRowsOfRandomText() {
        let pieces = texts(1200, seed: 0xBADC0DE)
        var clauses: [Clause] = []
        for (k, text) in pieces.enumerated() {
            let row = k % 3 == 0 ? TableRow(headers: ["序号", "牵头单位", "配合单位", "2025年", "完成时限"],
                                            cells: [text, text, String(text.reversed()), text, text]) : nil
            clauses.append(Clause(id: "c\(k)", path: [String(k)], text: text, tableRow: row))
        }
        let document = Document(id: "r", source: "r.txt", clauses: clauses)
        let out = AssignmentExtractor().apply(to: TargetExtractor().apply(to: document))
        for clause in out.clauses {
            for a in clause.assignments {
                #expect(a.leadRoles.count == a.lead.count && a.responsibleRoles.count == a.responsible.count)
            }
            for t in clause.targets { #expect(t.value.isFinite) }
        }
    }
}
