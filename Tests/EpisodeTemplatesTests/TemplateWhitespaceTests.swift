import Testing
import EpisodeTemplates

@Suite struct TemplateWhitespaceTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let input: String
        let expected: String
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "double spaces collapse", input: "Six  changes\tlanded.", expected: "Six changes landed.\n"),
        Case(name: "space before punctuation goes", input: "From Alan , and qmuntal .", expected: "From Alan, and qmuntal.\n"),
        Case(name: "lines are trimmed", input: "  Hello.  \n  Bye.  ", expected: "Hello.\nBye.\n"),
        Case(name: "blank lines collapse to one", input: "A.\n\n\n\nB.", expected: "A.\n\nB.\n"),
        Case(name: "whitespace-only lines count as blank", input: "A.\n   \n\t\nB.", expected: "A.\n\nB.\n"),
        Case(name: "leading and trailing blank lines go", input: "\n\nA.\n\n", expected: "A.\n"),
        Case(name: "empty stays empty", input: " \n \n", expected: ""),
        Case(name: "CRLF line ends become LF", input: "A.  \r\n\r\n\r\nB.\r\n", expected: "A.\n\nB.\n"),
        Case(name: "non-ASCII is kept", input: "Hongxiang  Jiang and Jérôme  .", expected: "Hongxiang Jiang and Jérôme.\n"),
    ]

    @Test(arguments: cases)
    func normalizeProse(_ example: Case) {
        #expect(TemplateWhitespace.normalizeProse(example.input) == example.expected)
    }
}
