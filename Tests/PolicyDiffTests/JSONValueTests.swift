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
