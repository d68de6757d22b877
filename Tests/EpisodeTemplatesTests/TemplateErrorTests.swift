import Testing
import EpisodeTemplates

/// A template mistake and the exact error it must produce.
struct ErrorCase: CustomTestStringConvertible, Sendable {
    let name: String
    let template: String
    let kind: TemplateError.Kind
    let line: Int
    let column: Int
    /// A part of the message that tells the editor what was expected.
    let says: String
    var testDescription: String { name }
}

@Suite struct TemplateErrorTests {
    /// Found while loading (`TemplateSet.init`).
    static let loadErrors: [ErrorCase] = [
        ErrorCase(name: "unclosed if", template: "Hi\n\n\n{% if count %}\nbusy\n", kind: .syntax, line: 5, column: 5,
                  says: "expected '{% endif %}' to close '{% if' opened at line 4, found end of file"),
        ErrorCase(name: "wrong closer", template: "{% for p in people %}\n  {% endif %}", kind: .syntax, line: 2, column: 3,
                  says: "expected '{% endfor %}' to close '{% for' opened at line 1, found '{% endif %}'"),
        ErrorCase(name: "stray closer", template: "a\nb {% endfor %}", kind: .syntax, line: 2, column: 3,
                  says: "unexpected '{% endfor %}' with no open block"),
        ErrorCase(name: "unclosed output tag", template: "Hello {{ show.name", kind: .syntax, line: 1, column: 19,
                  says: "expected '}}' to close '{{' opened at line 1, column 7, found end of file"),
        ErrorCase(name: "unclosed comment", template: "a\n{# note", kind: .syntax, line: 2, column: 8,
                  says: "expected '#}' to close '{#'"),
        ErrorCase(name: "unknown tag", template: "{% iff count %}{% endif %}", kind: .syntax, line: 1, column: 4,
                  says: "unknown tag 'iff' — known tags: if, elif, else"),
        ErrorCase(name: "unknown filter", template: "\n  {{ show.name | capitalise }}", kind: .unknownFilter, line: 2, column: 18,
                  says: "unknown filter 'capitalise' — known filters: capitalized, count, default"),
        ErrorCase(name: "unknown include", template: "{% include \"persn\" %}", kind: .unknownTemplate, line: 1, column: 1,
                  says: "unknown template 'persn' in include — known templates: main"),
        ErrorCase(name: "single equals", template: "{% if count = 1 %}x{% endif %}", kind: .syntax, line: 1, column: 13,
                  says: "unexpected character '=' (use '==' to compare)"),
        ErrorCase(name: "missing in", template: "{% for p people %}{% endfor %}", kind: .syntax, line: 1, column: 10,
                  says: "expected 'in' after 'for p', found 'people'"),
        ErrorCase(name: "trailing words in output", template: "{{ show.name show }}", kind: .syntax, line: 1, column: 14,
                  says: "expected '}}' or a filter"),
        ErrorCase(name: "empty output", template: "a {{ }}", kind: .syntax, line: 1, column: 3,
                  says: "expected a value inside '{{ }}'"),
        ErrorCase(name: "choose with one branch", template: "{% choose \"opening\" %}Hi{% endchoose %}", kind: .syntax,
                  line: 1, column: 1, says: "expected at least two alternatives separated by '{% or %}'"),
        ErrorCase(name: "choose without slot name", template: "{% choose %}a{% or %}b{% endchoose %}", kind: .syntax,
                  line: 1, column: 11, says: "expected the slot name in quotes after 'choose'"),
        ErrorCase(name: "unterminated string", template: "{{ \"abc }}", kind: .syntax, line: 1, column: 11,
                  says: "expected '}}' to close '{{'"),
        ErrorCase(name: "missing filter name", template: "{{ count | }}", kind: .syntax, line: 1, column: 12,
                  says: "expected a filter name after '|', found the end of the tag"),
        ErrorCase(name: "loop variable named loop", template: "{% for loop in people %}{% endfor %}", kind: .syntax,
                  line: 1, column: 4, says: "other than 'loop'"),
        ErrorCase(name: "wrong argument count of a built-in", template: "\n{{ count | plural: \"story\" }}", kind: .typeMismatch,
                  line: 2, column: 12, says: "'plural' takes 2 arguments, got 1"),
        ErrorCase(name: "argument to a filter that takes none", template: "{{ a | capitalized: \"x\" }}", kind: .typeMismatch,
                  line: 1, column: 8, says: "'capitalized' takes 0 arguments, got 1"),
        ErrorCase(name: "else after else", template: "{% if a %}{% else %}{% else %}{% endif %}", kind: .syntax,
                  line: 1, column: 21, says: "expected '{% endif %}' to close '{% if' opened at line 1, found '{% else %}'"),
    ]

    @Test(arguments: loadErrors)
    func loadErrorNamesPlaceAndExpectation(_ example: ErrorCase) {
        let error = templateError { _ = try TemplateSet(defaults: ["main": example.template]) }
        #expect(error?.kind == example.kind)
        #expect(error?.location?.template == "main")
        #expect(error?.location?.line == example.line)
        #expect(error?.location?.column == example.column)
        #expect(error?.message.contains(example.says) == true, "message was: \(error?.message ?? "no error")")
    }

    /// Found while rendering with `sampleContext`.
    static let renderErrors: [ErrorCase] = [
        ErrorCase(name: "unknown variable", template: "Hi\n {{ stroy.title }}", kind: .unknownVariable, line: 2, column: 5,
                  says: "unknown variable 'stroy' — known here: count, lead"),
        ErrorCase(name: "unknown field", template: "{{ lead.authr }}", kind: .unknownVariable, line: 1, column: 4,
                  says: "'lead' has no field 'authr' — its fields: area, author"),
        ErrorCase(name: "field of null", template: "{{ missing.name }}", kind: .typeMismatch, line: 1, column: 4,
                  says: "'missing' is null, so it has no field 'name'"),
        ErrorCase(name: "loop over non-list", template: "\n{% for s in show %}{% endfor %}", kind: .typeMismatch, line: 2, column: 1,
                  says: "'for s in show' needs a list, got an object"),
        ErrorCase(name: "printing null", template: "{{ missing }}", kind: .typeMismatch, line: 1, column: 1,
                  says: "'missing' is null"),
        ErrorCase(name: "printing a list", template: "{{ people }}", kind: .typeMismatch, line: 1, column: 1,
                  says: "'people' is a list and cannot be printed"),
        ErrorCase(name: "filter argument of the wrong type", template: "{{ people | join: 3 }}", kind: .typeMismatch,
                  line: 1, column: 13, says: "'join' takes the joining word as a string"),
        ErrorCase(name: "filter input of the wrong type", template: "{{ show | plural: \"a\", \"b\" }}", kind: .typeMismatch,
                  line: 1, column: 11, says: "'plural' needs a number or a list, got an object"),
        ErrorCase(name: "ordering non-numbers", template: "{% if lead.author > 2 %}{% endif %}", kind: .typeMismatch,
                  line: 1, column: 19, says: "'>' compares numbers, got a string and a number"),
        ErrorCase(name: "list index out of range", template: "{{ people.7 }}", kind: .typeMismatch, line: 1, column: 4,
                  says: "'people' has 3 items, so there is no index 7"),
    ]

    @Test(arguments: renderErrors)
    func renderErrorNamesPlaceAndProblem(_ example: ErrorCase) {
        let error = templateError { _ = try renderMain(example.template, context: sampleContext) }
        #expect(error?.kind == example.kind)
        #expect(error?.location?.line == example.line)
        #expect(error?.location?.column == example.column)
        #expect(error?.message.contains(example.says) == true, "message was: \(error?.message ?? "no error")")
    }

    @Test func errorInAnOverrideFileNamesThePath() {
        let error = templateError {
            _ = try TemplateSet(
                defaults: ["script": "fine"],
                overrides: ["opening": TemplateSource(text: "Hello\n{% if x %}", path: "Inputs/templates/opening.tmpl")])
        }
        #expect(error?.description.hasPrefix("Inputs/templates/opening.tmpl:2:11: expected '{% endif %}'") == true,
                "was: \(error?.description ?? "no error")")
    }

    @Test func errorInABuiltInNamesTheTemplate() {
        let error = templateError { _ = try TemplateSet(defaults: ["closing": "{{ a | nope }}"]) }
        #expect(error?.description.hasPrefix("built-in template 'closing':1:8: unknown filter 'nope'") == true,
                "was: \(error?.description ?? "no error")")
    }

    @Test func errorInAnIncludedTemplateNamesThatTemplate() {
        let error = templateError {
            _ = try renderMain("{% include \"byline\" %}", context: sampleContext, partials: ["byline": "x\nby {{ author }}"])
        }
        #expect(error?.location?.template == "byline")
        #expect(error?.location?.line == 2)
        #expect(error?.location?.column == 7)
    }

    @Test func undeclaredVariableFailsAtLoadTime() {
        let error = templateError {
            _ = try TemplateSet(
                defaults: [
                    "script": "{{ show.name }}\n{% for story in stories %}{% include \"story\" %}{% endfor %}",
                    "story": "{{ story.title }}\n{{ stroy.title }}",
                ],
                declaredVariables: ["show", "stories"])
        }
        #expect(error?.kind == .unknownVariable)
        #expect(error?.location?.template == "story")
        #expect(error?.location?.line == 2)
        #expect(error?.message == "unknown variable 'stroy' — known here: loop, show, stories, story")
    }

    @Test func loopVariableIsOutOfScopeAfterTheLoop() {
        let error = templateError {
            _ = try TemplateSet(
                defaults: ["script": "{% for story in stories %}{% endfor %}{{ story.title }}"],
                declaredVariables: ["stories"])
        }
        #expect(error?.kind == .unknownVariable)
        #expect(error?.location?.column == 42)
    }

    @Test func unknownTemplateAtRenderListsKnownOnes() {
        let error = templateError {
            _ = try TemplateSet(defaults: ["script": "a", "notes": "b"]).render("scirpt", context: [:], seed: "s")
        }
        #expect(error?.kind == .unknownTemplate)
        #expect(error?.message == "unknown template 'scirpt' — known templates: notes, script")
    }

    @Test func selfIncludeIsReportedAsACycle() {
        let error = templateError { _ = try renderMain("x{% include \"main\" %}") }
        #expect(error?.kind == .includeCycle)
    }

    /// Found by probing: each level including the next twice stays under the depth limit but is
    /// 2^27 renders (92 s, exit 0). The render budget stops it with a template error.
    @Test(.timeLimit(.minutes(1))) func doublingIncludesRunOutOfBudget() {
        var partials: [String: String] = [:]
        for level in 0..<27 { partials["l\(level)"] = "{% include \"l\(level + 1)\" %}{% include \"l\(level + 1)\" %}" }
        partials["l27"] = "x"
        let error = templateError { _ = try renderMain("{% include \"l0\" %}", partials: partials) }
        #expect(error?.kind == .tooMuchWork)
        #expect(error?.message.contains("rendering 'main' took more than 2000000 steps") == true, "was: \(error?.message ?? "")")
    }

    @Test(.timeLimit(.minutes(1))) func loopOverAHugeListRunsOutOfBudget() {
        let huge = TemplateValue.list(Array(repeating: "x", count: 3_000_000))
        let error = templateError { _ = try renderMain("{% for item in items %}{{ item }}{% endfor %}", context: ["items": huge]) }
        #expect(error?.kind == .tooMuchWork)
        #expect(error?.location?.line == 1)
    }

    @Test(.timeLimit(.minutes(1))) func outputOverTheLimitIsStopped() {
        let big = TemplateValue.string(String(repeating: "y", count: 1 << 20))
        let error = templateError { _ = try renderMain("{% for item in items %}{{ big }}{% endfor %}", context: ["items": TemplateValue.list(Array(repeating: 1, count: 100)), "big": big]) }
        #expect(error?.message.contains("produced more than") == true, "was: \(error?.message ?? "")")
    }

    @Test func workWithinTheBudgetRenders() throws {
        let items = TemplateValue.list(Array(repeating: "x", count: 10_000))
        #expect(try renderMain("{% for item in items %}{{ item }}{% endfor %}", context: ["items": items]).count == 10_000)
    }

    /// Found by fuzzing (Scripts/fuzz.sh template): `{% if ((((…` thousands deep overflowed the stack.
    @Test func deeplyNestedExpressionIsASyntaxError() throws {
        for opener in ["(", "not "] {
            let text = "{% if " + String(repeating: opener, count: 5000) + "x %}y{% endif %}"
            let error = templateError { _ = try TemplateSet(defaults: ["main": text]) }
            #expect(error?.kind == .syntax, "\(opener)")
            #expect(error?.message.contains("at most 64 levels") == true, "was: \(error?.message ?? "")")
        }
        #expect(try renderMain("{% if ((not not (x)) ) %}yes{% endif %}", context: ["x": true]) == "yes")
    }

    @Test func nonObjectContextIsRejected() {
        let error = templateError { _ = try TemplateSet(defaults: ["a": "x"]).render("a", context: [1, 2], seed: "s") }
        #expect(error?.kind == .typeMismatch)
    }

    @Test func callerFilterErrorsGetTheFilterPosition() {
        struct Broken: Error {}
        let failing: TemplateFilter = { _, _ in throw TemplateFilterError("no spoken name for 'cmd/xyz'") }
        let crashing: TemplateFilter = { _, _ in throw Broken() }
        let first = templateError { _ = try renderMain("\n  {{ count | spoken }}", context: sampleContext, filters: ["spoken": failing]) }
        #expect(first?.kind == .filterFailed)
        #expect(first?.message == "no spoken name for 'cmd/xyz'")
        #expect(first?.location?.line == 2)
        #expect(first?.location?.column == 14)
        let second = templateError { _ = try renderMain("{{ 1 | odd }}", filters: ["odd": crashing]) }
        #expect(second?.kind == .filterFailed)
        #expect(second?.message.hasPrefix("filter 'odd' failed") == true)
    }

    /// Mistakes a sample context catches at load time, in branches the sample would not take.
    static let sampleErrors: [ErrorCase] = [
        ErrorCase(name: "misspelled field in an untaken branch", template: "{% if quiet %}\n{{ lead.authr }}\n{% endif %}",
                  kind: .unknownVariable, line: 2, column: 4, says: "'lead' has no field 'authr' — its fields: area, author"),
        ErrorCase(name: "misspelled field of a loop item", template: "{% for s in stories %}{{ s.titel }}{% endfor %}",
                  kind: .unknownVariable, line: 1, column: 26, says: "'s' has no field 'titel' — its fields: author, changes, title"),
        ErrorCase(name: "field of a string", template: "{{ lead.author.name }}", kind: .typeMismatch, line: 1, column: 4,
                  says: "'lead.author' is a string, so it has no field 'name'"),
        ErrorCase(name: "loop over an object", template: "{% for x in lead %}{% endfor %}", kind: .typeMismatch,
                  line: 1, column: 1, says: "'for x in lead' needs a list, got an object"),
        ErrorCase(name: "unknown field of loop", template: "{% for p in people %}{{ loop.idx }}{% endfor %}",
                  kind: .unknownVariable, line: 1, column: 25, says: "'loop' has no field 'idx'"),
        ErrorCase(name: "unknown root", template: "{{ stroy.title }}", kind: .unknownVariable, line: 1, column: 4,
                  says: "unknown variable 'stroy' — known here: count, lead, missing, nobody, people, quiet, show, stories"),
    ]

    @Test(arguments: sampleErrors)
    func sampleContextCatchesMistakesAtLoadTime(_ example: ErrorCase) {
        let error = templateError { _ = try TemplateSet(defaults: ["main": example.template], sampleContext: sampleContext) }
        #expect(error?.kind == example.kind)
        #expect(error?.location?.line == example.line)
        #expect(error?.location?.column == example.column)
        #expect(error?.message.contains(example.says) == true, "message was: \(error?.message ?? "no error")")
    }

    @Test func sampleContextAcceptsNullsEmptyListsAndFieldsOfAnyItem() throws {
        let sample: TemplateValue = [
            "stories": [["title": "a", "quote": nil], ["title": "b", "quote": ["text": "q"], "extra": 1]],
            "nobody": [],
            "missing": nil,
        ]
        let template = """
            {% for s in stories %}{{ s.title }}{% if s.quote %}{{ s.quote.text }}{% endif %}{% if s.extra %}{{ s.extra }}{% endif %}{% endfor %}
            {% for n in nobody %}{{ n.anything.at.all }}{% endfor %}{% if missing %}{{ missing.deep.field }}{% endif %}
            {{ stories.1.quote.text }}
            """
        let set = try TemplateSet(defaults: ["main": template], sampleContext: sample)
        // Rendering stays strict: a real context gives every item every field.
        let context: TemplateValue = [
            "stories": [["title": "a", "quote": nil, "extra": 0], ["title": "b", "quote": ["text": "q"], "extra": 1]],
            "nobody": [],
            "missing": nil,
        ]
        #expect(try set.render("main", context: context, seed: "s") == "abq1\n\nq")
    }
}
