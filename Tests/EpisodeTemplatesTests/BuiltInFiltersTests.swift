import Testing
import EpisodeTemplates

@Suite struct BuiltInFiltersTests {
    static let cases: [RenderCase] = [
        RenderCase(name: "capitalized changes only the first letter", template: "{{ \"the go SSA package\" | capitalized }}",
                   expected: "The go SSA package"),
        RenderCase(name: "capitalized keeps non-ASCII", template: "{{ \"évaluation\" | capitalized }}", expected: "Évaluation"),
        RenderCase(name: "capitalized of empty", template: "[{{ \"\" | capitalized }}]", expected: "[]"),
        RenderCase(name: "lowercased", template: "{{ \"The Linker\" | lowercased }}", expected: "the linker"),
        RenderCase(name: "uppercased", template: "{{ \"mcp\" | uppercased }}", expected: "MCP"),
        RenderCase(name: "join one", template: "{{ one | join }}", expected: "Alan Donovan"),
        RenderCase(name: "join two", template: "{{ two | join }}", expected: "Alan Donovan and qmuntal"),
        RenderCase(name: "join none", template: "[{{ none | join }}]", expected: "[]"),
        RenderCase(name: "join numbers", template: "{{ numbers | join: \"or\" }}", expected: "1, 2 or 3"),
        RenderCase(name: "count list", template: "{{ two | count }}", expected: "2"),
        RenderCase(name: "count string", template: "{{ \"Jiang\" | count }}", expected: "5"),
        RenderCase(name: "count object", template: "{{ object | count }}", expected: "1"),
        RenderCase(name: "default keeps a value", template: "{{ \"x\" | default: \"y\" }}", expected: "x"),
        RenderCase(name: "default replaces empty string", template: "{{ \"\" | default: \"y\" }}", expected: "y"),
        RenderCase(name: "default keeps zero", template: "{{ 0 | default: 5 }}", expected: "0"),
        RenderCase(name: "plural one", template: "{{ 1 | plural: \"change\", \"changes\" }}", expected: "change"),
        RenderCase(name: "plural zero", template: "{{ 0 | plural: \"change\", \"changes\" }}", expected: "changes"),
        RenderCase(name: "plural of a list", template: "{{ one | plural: \"person\", \"people\" }}", expected: "person"),
        RenderCase(name: "first and last", template: "{{ two | first }}/{{ two | last }}", expected: "Alan Donovan/qmuntal"),
        RenderCase(name: "first of empty is null", template: "{{ none | first | default: \"-\" }}", expected: "-"),
        RenderCase(name: "number formatting", template: "{{ 2.5 }} {{ -3 }} {{ 10 }}", expected: "2.5 -3 10"),
    ]

    static let context: TemplateValue = [
        "one": ["Alan Donovan"], "two": ["Alan Donovan", "qmuntal"], "none": [], "numbers": [1, 2, 3],
        "object": ["a": 1],
    ]

    @Test(arguments: cases)
    func filter(_ example: RenderCase) throws {
        #expect(try renderMain(example.template, context: Self.context) == example.expected)
    }

    @Test func builtInNamesAreListed() {
        #expect(TemplateSet.builtInFilterNames == [
            "capitalized", "lowercased", "uppercased", "join", "count", "default", "plural", "first", "last",
        ])
    }
}
