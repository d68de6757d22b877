import Testing
import EpisodeTemplates

/// The whitespace rules, checked on exact output through the public API.
@Suite struct TemplateLexerTests {
    static let cases: [RenderCase] = [
        RenderCase(
            name: "block tags alone on their lines leave no line behind",
            template: "Hello.\n{% if count %}\nBusy day.\n{% endif %}\nBye.\n",
            expected: "Hello.\nBusy day.\nBye."),
        RenderCase(
            name: "indented tag lines vanish with their indentation",
            template: "A\n  {% for p in people %}\n  - {{ p }}\n  {% endfor %}\nB",
            expected: "A\n  - Madeline Kalil\n  - Alan Donovan\n  - qmuntal\nB"),
        RenderCase(
            name: "two tags on one line vanish together",
            template: "A\n{% if quiet %}{% else %}\nB\n{% endif %}\nC",
            expected: "A\nB\nC"),
        RenderCase(
            name: "comment line vanishes",
            template: "A\n{# the editor's note #}\nB",
            expected: "A\nB"),
        RenderCase(
            name: "multi-line comment vanishes",
            template: "A\n{# one\n   two #}\nB",
            expected: "A\nB"),
        RenderCase(
            name: "tag at the very start and end of the text",
            template: "{% if count %}\nX\n{% endif %}",
            expected: "X\n"),
        RenderCase(
            name: "tags inside a sentence keep the spaces around them",
            template: "We had {% if quiet %}a quiet{% else %}a busy{% endif %} day.",
            expected: "We had a busy day."),
        RenderCase(
            name: "a line with an output tag is kept",
            template: "A\n{% if count %}{{ count }}\n{% endif %}B",
            expected: "A\n3\nB"),
        RenderCase(
            name: "minus trims all whitespace before and after",
            template: "A   \n\n  {%- if count -%}  \n\n  B  {{- \"!\" }}\n{%- endif %}",
            expected: "AB!"),
        RenderCase(
            name: "minus on output and comment tags",
            template: "A {{- \" x \" -}} B {#- note -#} C",
            expected: "A x BC"),
        RenderCase(
            name: "final newline of a template is dropped",
            template: "One line.\n",
            expected: "One line."),
        RenderCase(
            name: "a blank line between paragraphs survives",
            template: "First.\n{% if count %}\n\nSecond.\n{% endif %}\n",
            expected: "First.\n\nSecond.\n"),
        RenderCase(
            name: "include alone on a line keeps its line break, partial adds none",
            template: "A\n{% include \"line\" %}\nB",
            expected: "A\nthe line\nB"),
        RenderCase(
            name: "indented include alone on a line loses its indentation",
            template: "A\n    {% include \"line\" %}\nB",
            expected: "A\nthe line\nB"),
        RenderCase(
            name: "include of text that ends in a line break adds no second one",
            template: "A\n{% include \"block\" %}\nB",
            expected: "A\nthe block\nB"),
        RenderCase(
            name: "include that renders nothing leaves no line",
            template: "A\n{% include \"nothing\" %}\nB",
            expected: "A\nB"),
        RenderCase(
            name: "include inside a sentence stays inline",
            template: "Say {% include \"line\" %} twice.\n",
            expected: "Say the line twice."),
        RenderCase(
            name: "loop with tags on own lines makes one line per item",
            template: "{% for story in stories %}\n{{ loop.index }}. {{ story.title }}\n{% endfor %}\n",
            expected: "1. a fix in the MCP server\n2. generic methods in SSA\n3. a test of go packages\n"),
        RenderCase(
            name: "CRLF line ends follow the same rule",
            template: "A\r\n{% if count %}\r\nB\r\n{% endif %}\r\nC\r\n",
            expected: "A\r\nB\r\nC"),
    ]

    @Test(arguments: cases)
    func whitespaceRule(_ example: RenderCase) throws {
        let output = try renderMain(example.template, context: sampleContext, partials: [
            "line": "the line\n",
            "block": "{% if count %}\nthe block\n{% endif %}\n",
            "nothing": "{% if quiet %}\nquiet\n{% endif %}\n",
        ])
        #expect(output == example.expected)
    }
}
