import Testing
@testable import PolicyDiff

@Suite struct JSONValueTests {
    @Test func writesCJKAsUTF8AndKeepsFieldOrder() {
        let json = JSONValue.object([("title", .string("关于开展质量提升行动实施方案")), ("a", .number(1))]).serialized()
        #expect(json == "{\n  \"title\": \"关于开展质量提升行动实施方案\",\n  \"a\": 1\n}")
    }

    @Test func numbersPrintExactDecimals() {
        #expect(JSONValue.number(96.85).serialized() == "96.85")
        #expect(JSONValue.number(1.57).serialized() == "1.57")
        #expect(JSONValue.number(180000).serialized() == "180000")
    }

    @Test func escapesQuotesAndControlCharacters() {
        #expect(JSONValue.string("a\"b\\c\n\u{01}").serialized() == "\"a\\\"b\\\\c\\n\\u0001\"")
    }
}

@Suite struct DocumentJSONTests {
    @Test func garbledSpansAreWrittenAsCharacterOffsetsIntoTheClauseText() throws {
        let text = "(二十)加快形成国家质量基础设施体系??构抑柿炕∩枋┬窦坝τ檬痉痘亟ㄉ?,助推中小企业全面加强质量提升。"
        let source = SourceText(path: "fragment.txt", format: .plainText, encoding: "UTF-8", paragraphs: [text])
        let document = Pipeline().document(from: source, id: "fragment")
        let clause = try #require(document.clauses.first { !$0.garbledSpans.isEmpty })
        let json = DocumentJSON.render(document)
        let span = try #require(clause.garbledSpans.first)
        #expect(json.contains("\"garbledSpans\": [\n        [\(span.lowerBound), \(span.upperBound)]"))
        let characters = Array(clause.text)
        #expect(String(characters[span]).hasPrefix("??构抑柿炕"))
        // Clauses without garbled text carry no such field.
        #expect(json.components(separatedBy: "garbledSpans").count == 2)
    }
}
