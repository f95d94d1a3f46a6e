import Foundation
import Testing
@testable import PolicyDiff

@Suite struct CSVWriterTests {
    @Test func startsWithTheByteOrderMarkAndEndsRecordsWithCRLF() {
        var csv = CSVWriter(header: ["document", "name"])
        csv.append(["gansu-2017-plan", "省质监局"])
        let text = csv.render()
        #expect(Array(text.utf8.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(text == "\u{FEFF}document,name\r\ngansu-2017-plan,省质监局\r\n")
    }

    @Test func quotesOnlyWhatRFC4180Requires() {
        #expect(CSVWriter.field("省质监局") == "省质监局")
        #expect(CSVWriter.field("(牵头单位:省质监局;责任单位:省科技厅)") == "(牵头单位:省质监局;责任单位:省科技厅)")
        #expect(CSVWriter.field("省发展改革委,各市州") == "\"省发展改革委,各市州\"")
        #expect(CSVWriter.field("打造“甘肃品牌\"") == "\"打造“甘肃品牌\"\"\"")
        #expect(CSVWriter.field("第一段\n第二段") == "\"第一段\n第二段\"")
        #expect(CSVWriter.field("a\r\nb") == "\"a\r\nb\"")
        #expect(CSVWriter.field("全角，逗号") == "全角，逗号")
    }

    @Test func aFieldWithCommaQuoteAndNewlineReadsBackAsOneField() {
        var csv = CSVWriter(header: ["text", "n"])
        csv.append(["合格率达到\"96.85%\",\n稳定提升", "1"])
        let body = csv.render().dropFirst()  // the BOM
        #expect(body == "text,n\r\n\"合格率达到\"\"96.85%\"\",\n稳定提升\",1\r\n")
        #expect(parse(String(body)) == [["text", "n"], ["合格率达到\"96.85%\",\n稳定提升", "1"]])
    }

    @Test func rowsHaveAsManyFieldsAsTheHeader() {
        var csv = CSVWriter(header: ["a", "b", "c"])
        csv.append(["1"])
        csv.append(["1", "2", "3", "4"])
        #expect(csv.rows == [["1", "", ""], ["1", "2", "3"]])
    }

    @Test func numbersPrintLikeTheJSON() {
        #expect(CSVWriter.number(180000.0) == "180000")
        #expect(CSVWriter.number(96.85) == "96.85")
        #expect(CSVWriter.number(1.57) == "1.57")
        #expect(CSVWriter.number(Double?.none) == "")
        #expect(CSVWriter.number(2020) == "2020")
    }

    @Test func unitTableHasOneRowPerNamedUnit() {
        let document = AssignmentExtractor().apply(to: AssignmentFixture.document([
            "提升中小企业质量管理水平。(牵头单位:省质监局;责任单位:省发展改革委、省科技厅,各市州、兰州新区)",
        ]))
        let text = DocumentCSV.render(.units, of: [document])
        let rows = parse(String(text.dropFirst()))
        #expect(rows.first == DocumentCSV.unitHeader)
        #expect(rows.dropFirst().map { [$0[3], $0[4], $0[5]] } == [
            ["lead", "省质监局", "质监局"],
            ["responsible", "省发展改革委", "发改委"],
            ["responsible", "省科技厅", "科技局"],
            ["responsible", "各市州", "各地政府"],
            ["responsible", "兰州新区", "兰州新区"],
        ])
        #expect(rows[1][6] == "(牵头单位:省质监局;责任单位:省发展改革委、省科技厅,各市州、兰州新区)")
        #expect(text.contains("\"(牵头单位:省质监局;责任单位:省发展改革委、省科技厅,各市州、兰州新区)\""))
    }

    @Test func targetTableHasOneRowPerTarget() {
        var clause = Clause(id: "c3", path: ["一", "(二)"], text: "…")
        clause.targets = [
            Target(indicator: "重点消费品质量监督抽查合格率", value: 90, unit: "%", comparator: .atLeast, year: 2020,
                   text: "重点消费品质量监督抽查合格率稳定在90%以上"),
            Target(indicator: "培育品牌", value: 3, valueMax: 5, unit: "个", comparator: .equal, period: .yearly,
                   text: "每年培育品牌3—5个,\"精品\""),
        ]
        let text = DocumentCSV.render(.targets, of: [Document(id: "gansu-2017-plan", source: "g.txt", clauses: [clause])])
        #expect(text == "\u{FEFF}document,clause,path,indicator,comparator,value,value_max,unit,year,period,text\r\n"
            + "gansu-2017-plan,c3,一/(二),重点消费品质量监督抽查合格率,>=,90,,%,2020,,重点消费品质量监督抽查合格率稳定在90%以上\r\n"
            + "gansu-2017-plan,c3,一/(二),培育品牌,=,3,5,个,,yearly,\"每年培育品牌3—5个,\"\"精品\"\"\"\r\n")
    }

    /// A minimal RFC 4180 reader, to check that what is written reads back.
    private func parse(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var chars = Array(text.unicodeScalars)[...]
        while let c = chars.popFirst() {
            if quoted {
                if c == "\"" {
                    if chars.first == "\"" { field.unicodeScalars.append("\""); chars.removeFirst() } else { quoted = false }
                } else { field.unicodeScalars.append(c) }
            } else if c == "\"" {
                quoted = true
            } else if c == "," {
                row.append(field); field = ""
            } else if c == "\r", chars.first == "\n" {
                chars.removeFirst()
                row.append(field); rows.append(row); row = []; field = ""
            } else {
                field.unicodeScalars.append(c)
            }
        }
        if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
        return rows
    }
}
