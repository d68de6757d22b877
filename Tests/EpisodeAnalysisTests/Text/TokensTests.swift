import Testing
@testable import EpisodeAnalysis

@Suite struct TokensTests {
    /// The tokenizer as it was before the byte cursor: the reference the cursor must match.
    static func referenceSplit(_ text: String) -> [Substring] {
        var result: [Substring] = []
        let utf8 = text.utf8
        var index = utf8.startIndex
        while index != utf8.endIndex {
            while index != utf8.endIndex, Tokens.isSpace(utf8[index]) || Tokens.isPunctuation(utf8[index]) { index = utf8.index(after: index) }
            guard index != utf8.endIndex else { break }
            let start = index
            var lastKept = index
            while index != utf8.endIndex, !Tokens.isSpace(utf8[index]) {
                if !Tokens.isPunctuation(utf8[index]) { lastKept = index }
                index = utf8.index(after: index)
            }
            result.append(text[start...lastKept])
        }
        return result
    }

    static let texts = [
        "", "   ", "Fixes #12, golang/go#34 (see https://go.dev/issue/56).",
        "runtime: fix a crash\n\nCL 12345 broke it; reverts 6757911448d2.", "\"quoted\" [bracketed] (parens)!?",
        "café) naïve… «quoted» René's", "e\u{301}) x\u{301}", "tabs\tand\r\nCRLF lines", "trailing punctuation...",
    ]

    @Test(arguments: texts) func splitMatchesTheReference(_ text: String) {
        #expect(Tokens.split(text) == TokensTests.referenceSplit(text))
    }

    @Test func cursorMarksASCIITokens() {
        let text = "plain café (x)"
        let tokens: [Tokens.Token] = Tokens.withBytes(text) { bytes in
            var cursor = Tokens.Cursor(bytes)
            var tokens: [Tokens.Token] = []
            while let token = cursor.next() { tokens.append(token) }
            return tokens
        }
        #expect(tokens.map(\.isASCII) == [true, false, true])
        #expect(tokens.map { $0.substring(of: text) } == ["plain", "café", "x"])
    }
}
