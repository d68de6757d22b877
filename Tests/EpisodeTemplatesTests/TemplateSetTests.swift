import Testing
import EpisodeTemplates

/// One construct, its template, and what it must render to with `sampleContext`.
struct RenderCase: CustomTestStringConvertible, Sendable {
    let name: String
    let template: String
    let expected: String
    var testDescription: String { name }
}

@Suite struct TemplateSetTests {
    static let constructs: [RenderCase] = [
        RenderCase(name: "plain text", template: "Hello and welcome.", expected: "Hello and welcome."),
        RenderCase(name: "variable", template: "Welcome to {{ show.name }}.", expected: "Welcome to Go Tools Daily."),
        RenderCase(name: "deep path", template: "{{ lead.area.spoken }}", expected: "the gopls MCP server"),
        RenderCase(name: "list index", template: "{{ stories.1.author }}", expected: "Alan Donovan"),
        RenderCase(name: "number prints without fraction", template: "{{ count }} changes", expected: "3 changes"),
        RenderCase(name: "boolean prints as a word", template: "{{ quiet }}", expected: "false"),
        RenderCase(name: "string literal", template: "{{ \"a \\\"quoted\\\" word\" }}", expected: "a \"quoted\" word"),
        RenderCase(name: "filter chain", template: "{{ lead.area.spoken | capitalized }}", expected: "The gopls MCP server"),
        RenderCase(name: "join with and", template: "{{ people | join }}", expected: "Madeline Kalil, Alan Donovan and qmuntal"),
        RenderCase(name: "join with or", template: "{{ people | join: \"or\" }}", expected: "Madeline Kalil, Alan Donovan or qmuntal"),
        RenderCase(name: "count and plural", template: "{{ stories | count }} {{ count | plural: \"story\", \"stories\" }}",
                   expected: "3 stories"),
        RenderCase(name: "default on null", template: "{{ missing | default: \"nobody\" }}", expected: "nobody"),
        RenderCase(name: "if true", template: "{% if count %}busy{% endif %}", expected: "busy"),
        RenderCase(name: "if false with else", template: "{% if quiet %}quiet{% else %}loud{% endif %}", expected: "loud"),
        RenderCase(name: "elif", template: "{% if count == 1 %}one{% elif count > 2 %}many{% else %}two{% endif %}",
                   expected: "many"),
        RenderCase(name: "empty list is false", template: "{% if nobody %}yes{% else %}no{% endif %}", expected: "no"),
        RenderCase(name: "null is false", template: "{% if missing %}yes{% else %}no{% endif %}", expected: "no"),
        RenderCase(name: "zero is false", template: "{% if 0 %}yes{% else %}no{% endif %}", expected: "no"),
        RenderCase(name: "empty string is false", template: "{% if \"\" %}yes{% else %}no{% endif %}", expected: "no"),
        RenderCase(name: "not", template: "{% if not quiet %}loud{% endif %}", expected: "loud"),
        RenderCase(name: "and or precedence", template: "{% if quiet and count or count > 2 %}yes{% endif %}", expected: "yes"),
        RenderCase(name: "parentheses", template: "{% if quiet and (count or count > 2) %}yes{% else %}no{% endif %}",
                   expected: "no"),
        RenderCase(name: "and short-circuits a missing field", template: "{% if missing and missing.name %}x{% else %}ok{% endif %}",
                   expected: "ok"),
        RenderCase(name: "comparisons", template: "{% if count >= 3 and count <= 3 and count != 4 and 2 < count %}ok{% endif %}",
                   expected: "ok"),
        RenderCase(name: "string equality", template: "{% if lead.author == \"Madeline Kalil\" %}ok{% endif %}", expected: "ok"),
        RenderCase(name: "filter in a condition", template: "{% if stories | count > 1 %}several{% endif %}", expected: "several"),
        RenderCase(name: "for loop", template: "{% for story in stories %}[{{ story.author }}]{% endfor %}",
                   expected: "[Madeline Kalil][Alan Donovan][qmuntal]"),
        RenderCase(name: "loop index first last",
                   template: "{% for p in people %}{{ loop.index }}{% if loop.first %}F{% endif %}{% if loop.last %}L{% endif %} {% endfor %}",
                   expected: "1F 2 3L "),
        RenderCase(name: "loop else on empty list", template: "{% for p in nobody %}{{ p }}{% else %}nobody{% endfor %}",
                   expected: "nobody"),
        RenderCase(name: "nested loops shadow loop", template: "{% for a in people %}{% for b in nobody %}{% else %}{{ loop.index }}{% endfor %}{% endfor %}",
                   expected: "123"),
        RenderCase(name: "comment", template: "a{# a note for editors #}b", expected: "ab"),
        RenderCase(name: "include sees loop variable",
                   template: "{% for story in stories %}{% include \"byline\" %};{% endfor %}",
                   expected: "by Madeline Kalil;by Alan Donovan;by qmuntal;"),
        RenderCase(name: "tag delimiters inside strings", template: "{{ \"%} and }}\" }}", expected: "%} and }}"),
    ]

    @Test(arguments: constructs)
    func rendersConstruct(_ example: RenderCase) throws {
        let output = try renderMain(example.template, context: sampleContext, partials: ["byline": "by {{ story.author }}"])
        #expect(output == example.expected)
    }

    @Test func callerFiltersReceiveArgumentsAndCanReturnMarkedText() throws {
        let emphasis: TemplateFilter = { value, arguments in
            .string("*" + (value.stringValue ?? "") + "*" + (arguments.first?.stringValue ?? ""))
        }
        let output = try renderMain("{{ lead.author | emphasis: \"!\" }}", context: sampleContext, filters: ["emphasis": emphasis])
        #expect(output == "*Madeline Kalil*!")
    }

    @Test func callerFilterReplacesBuiltInOfTheSameName() throws {
        let shout: TemplateFilter = { value, _ in .string((value.stringValue ?? "") + "!") }
        #expect(try renderMain("{{ \"hi\" | capitalized }}", filters: ["capitalized": shout]) == "hi!")
    }

    @Test func replacedBuiltInIsNotHeldToTheBuiltInArgumentCount() throws {
        let plural: TemplateFilter = { value, arguments in
            .string((arguments.first?.stringValue ?? "") + (value.intValue == 1 ? "" : "s"))
        }
        #expect(try renderMain("{{ 2 | plural: \"story\" }}", filters: ["plural": plural]) == "storys")
    }

    @Test func overridesReplaceOnlyNamedTemplates() throws {
        let set = try TemplateSet(
            defaults: ["script": "{% include \"opening\" %} {% include \"closing\" %}", "opening": "Hello.", "closing": "Bye."],
            overrides: ["opening": TemplateSource(text: "Good morning.", path: "/shows/x/opening.tmpl")])
        #expect(try set.render("script", context: [:], seed: "s") == "Good morning. Bye.")
        #expect(set.path(of: "opening") == "/shows/x/opening.tmpl")
        #expect(set.path(of: "closing") == nil)
        #expect(set.templateNames == ["closing", "opening", "script"])
    }

    @Test func misnamedOverrideIsReportedAsNotReachable() throws {
        let set = try TemplateSet(
            defaults: [
                "script": "{% if a %}{% include \"opening\" %}{% endif %}",
                "opening": "{% include \"greeting\" %}",
                "greeting": "Hi.",
                "notes": "Notes.",
            ],
            overrides: ["openning": TemplateSource(text: "Morning.", path: "Inputs/templates/openning.tmpl")])
        #expect(set.templatesNotReachable(from: ["script", "notes"]) == ["openning"])
        #expect(set.templatesNotReachable(from: ["script"]) == ["notes", "openning"])
    }

    @Test func renderingIsLinearEnoughForALongList() throws {
        let items = TemplateValue.list((0..<2_000).map { .int($0) })
        let output = try renderMain("{% for n in items %}{{ n }}{% if not loop.last %},{% endif %}{% endfor %}",
                                    context: ["items": items])
        #expect(output.split(separator: ",").count == 2_000)
        #expect(output.hasSuffix("1999"))
    }

    @Test func declaredVariablesAcceptLoopVariablesAndIncludes() throws {
        let set = try TemplateSet(
            defaults: [
                "script": "{% for story in stories %}{% include \"story\" %}{% endfor %}{{ show.name }}",
                "story": "{{ story.title }} ({{ loop.index }})",
            ],
            declaredVariables: ["show", "stories"])
        let output = try set.render("script", context: sampleContext, seed: "s")
        #expect(output.hasPrefix("a fix in the MCP server (1)"))
    }

    /// The "syntax at a glance" example of Docs/TEMPLATES.md, rendered.
    @Test func documentedExampleRendersAsDescribed() throws {
        let template = """
            {# A comment for editors: never rendered. #}
            {% choose "opening" %}
            Hello and welcome to {{ show.name }} for {{ date.spoken }}.
            {% or %}
            This is {{ show.name }}, for {{ date.spoken }}.
            {% endchoose %}

            {% if stories | count > 1 %}
            {{ stories | count }} stories today, from {{ people | join }}.
            {% elif stories %}
            One story today.
            {% else %}
            A quiet day.
            {% endif %}

            {% for story in stories %}
            {% include "story" %}
            {% else %}
            Nothing landed.
            {% endfor %}

            """
        var fields = sampleContext.objectValue ?? [:]
        fields["date"] = ["spoken": "Monday, June eighth"]
        let output = try renderMain(template, context: .object(fields), partials: ["story": "- {{ story.title }}\n"])
        let openings = [
            "Hello and welcome to Go Tools Daily for Monday, June eighth.\n",
            "This is Go Tools Daily, for Monday, June eighth.\n",
        ]
        let rest = """

            3 stories today, from Madeline Kalil, Alan Donovan and qmuntal.

            - a fix in the MCP server
            - generic methods in SSA
            - a test of go packages

            """
        #expect(openings.map { $0 + rest }.contains(output), "was:\n\(output)")
    }
}
