import Foundation
import Testing
import EpisodeTemplates

/// A template laid out the way an editor writes one (indented blocks, comments, partials,
/// alternatives) must render as clean prose: no double spaces, no blank-line runs, no
/// indentation, for every date.
@Suite struct ScriptLayoutTests {
    static let templates: [String: String] = [
        "script": """
            {# Greeting and framing. #}
            {% choose "opening" %}
            Hello and welcome to {{ show.name }} for {{ date }}.
            {% or %}
            This is {{ show.name }}, for {{ date }}.
            {% or %}
            Welcome to {{ show.name }}. It is {{ date }}.
            {% endchoose %}
            {% if stories | count > 1 %}
            {{ stories | count }} changes landed today from {{ people | join }}.
            {% else %}
            Just one change landed today.
            {% endif %}

            {% for story in stories %}
              {% if loop.first %}
            Our lead is {{ story.title }}, from {{ story.author }}.
              {% else %}
                {% include "hand-over" %}
              {% endif %}

            {% endfor %}
            {% include "sign-off" %}

            """,
        "hand-over": """
            {% choose "hand-over" %}
            Next, {{ story.author }} brings us {{ story.title }}.
            {% or %}
            {{ story.author }} also landed {{ story.title }}.
            {% endchoose %}

            """,
        "sign-off": """
            {% choose "sign-off" %}
            That's all for today.
            {% or %}
            See you tomorrow.
            {% endchoose %}

            """,
    ]

    static func context(stories: Int) -> TemplateValue {
        let all = sampleContext.objectValue?["stories"]?.listValue ?? []
        return [
            "show": ["name": "Go Tools Daily"],
            "date": "Monday, June eighth",
            "stories": .list(Array(all.prefix(stories))),
            "people": ["Madeline Kalil", "Alan Donovan", "qmuntal"],
        ]
    }

    @Test(arguments: [1, 3])
    func rendersCleanProseForEveryDate(stories: Int) throws {
        let set = try TemplateSet(defaults: Self.templates, declaredVariables: ["show", "date", "stories", "people"])
        for day in 1...30 {
            let seed = String(format: "2026-06-%02d", day)
            let script = try set.render("script", context: Self.context(stories: stories), seed: seed)
            #expect(!script.contains("  "), "double space on \(seed):\n\(script)")
            #expect(!script.contains("\n\n\n"), "blank-line run on \(seed):\n\(script)")
            #expect(!script.contains("\n "), "indented line on \(seed):\n\(script)")
            #expect(!script.contains("{"), "tag left in output on \(seed):\n\(script)")
            for mark in [",", ".", ";", ":", "!", "?"] { #expect(!script.contains(" " + mark), "space before \(mark) on \(seed):\n\(script)") }
            let paragraphs = script.split(separator: "\n\n", omittingEmptySubsequences: false)
            #expect(paragraphs.count == stories + 2, "paragraphs on \(seed):\n\(script)")
        }
    }

    @Test func oneDayReadsExactly() throws {
        let set = try TemplateSet(defaults: Self.templates)
        let script = try set.render("script", context: Self.context(stories: 3), seed: "2026-06-08")
        let opening = ["Hello and welcome to Go Tools Daily for Monday, June eighth.",
                       "This is Go Tools Daily, for Monday, June eighth.",
                       "Welcome to Go Tools Daily. It is Monday, June eighth."]
        let lines = script.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(opening.contains(lines[0]))
        #expect(lines[1] == "3 changes landed today from Madeline Kalil, Alan Donovan and qmuntal.")
        #expect(lines[2] == "")
        #expect(lines[3] == "Our lead is a fix in the MCP server, from Madeline Kalil.")
        #expect(["Next, Alan Donovan brings us generic methods in SSA.", "Alan Donovan also landed generic methods in SSA."]
                .contains(lines[5]))
        #expect(["Next, qmuntal brings us a test of go packages.", "qmuntal also landed a test of go packages."]
                .contains(lines[7]))
        #expect(["That's all for today.", "See you tomorrow."].contains(lines[9]))
        #expect(lines.count == 11, "was:\n\(script)")
        #expect(lines[10] == "")
    }
}
