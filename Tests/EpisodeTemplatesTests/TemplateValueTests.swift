import Testing
import EpisodeTemplates

@Suite struct TemplateValueTests {
    @Test func literalsBuildTheExpectedCases() {
        let value: TemplateValue = ["name": "Go", "count": 2, "rate": 1.5, "on": true, "list": [1, "a"], "none": nil]
        #expect(value == .object([
            "name": .string("Go"), "count": .number(2), "rate": .number(1.5), "on": .bool(true),
            "list": .list([.number(1), .string("a")]), "none": .null,
        ]))
    }

    @Test(arguments: [
        (TemplateValue.string(""), false), ("x", true), (0, false), (0.5, true), (false, false), (true, true),
        ([], false), ([1], true), (.object([:]), false), (["a": 1], true), (nil, false),
    ] as [(TemplateValue, Bool)])
    func truthiness(_ value: TemplateValue, _ expected: Bool) {
        #expect(value.isTruthy == expected)
    }

    @Test func accessors() {
        #expect(TemplateValue.int(3).intValue == 3)
        #expect(TemplateValue.number(2.5).intValue == nil)
        #expect(TemplateValue.string("a").stringValue == "a")
        #expect(TemplateValue.string("a").numberValue == nil)
        #expect(TemplateValue.list([1]).listValue == [1])
        #expect(TemplateValue.object(["a": 1]).objectValue == ["a": 1])
    }
}
