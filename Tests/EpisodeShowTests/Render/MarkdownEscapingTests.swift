import Testing
@testable import EpisodeShow

@Suite struct MarkdownEscapingTests {
    @Test(arguments: [
        ("plain text", "plain text"),
        ("set `remote.<name>.url` for <name>", "set `remote.<name>.url` for &lt;name>"),
        ("long && chains", "long && chains"),
        ("an &amp; entity and &#60;", "an &amp;amp; entity and &amp;#60;"),
        ("o->pos", "o->pos"),
        ("[x](javascript:y)", "[x]\\(javascript:y)"),
        ("``unclosed ` <b>", "``unclosed ` &lt;b>"),
        ("``code ` <b> `` <i>", "``code ` <b> `` &lt;i>"),
    ])
    func inertLeavesNoMarkupButKeepsCodeSpans(_ input: String, _ expected: String) {
        #expect(MarkdownEscaping.inert(input) == expected)
    }

    @Test func linksGoOnlyToWebAddresses() {
        #expect(MarkdownEscaping.link("x", "javascript:alert(1)") == "x")
        #expect(MarkdownEscaping.link("x", "JAVASCRIPT:alert(1)") == "x")
        #expect(MarkdownEscaping.link("x", "data:text/html,<b>") == "x")
        #expect(MarkdownEscaping.link("x", "https://example.com/a b") == "[x](https://example.com/a%20b)")
    }

    /// Many unclosed backtick runs of different lengths stay fast (each length is searched for once).
    @Test(.timeLimit(.minutes(1))) func manyUnclosedBackticksStayFast() {
        var text = ""
        for length in 1...300 { text += String(repeating: "`", count: length) + " <x> " }
        text = String(repeating: text, count: 20)
        #expect(MarkdownEscaping.inert(text).contains("&lt;x>"))
    }
}
