/// A paragraph of a (possibly edited) script file: lines between blank lines.
///
/// The renderer writes one paragraph a line, but an editor may wrap a paragraph over several
/// lines; the words keep their own line and column so findings point at the right place.
public struct ScriptParagraph: Equatable, Sendable {
    /// 1-based line of the paragraph's first line.
    public var firstLine: Int
    /// 1-based line of its last line.
    public var lastLine: Int
    /// Every word, in order.
    public var words: [ScriptWord]

    /// The words joined by single spaces: the paragraph as one line.
    public var text: String { words.map(\.text).joined(separator: " ") }

    /// Splits a script into paragraphs at blank (or whitespace-only) lines. `\r\n` is read as `\n`;
    /// any whitespace (a tab, a no-break space an editor typed) separates words.
    public static func paragraphs(of script: String) -> [ScriptParagraph] {
        var result: [ScriptParagraph] = []
        var current: ScriptParagraph?
        let lines = script.split(separator: "\n", omittingEmptySubsequences: false)
        for (offset, rawLine) in lines.enumerated() {
            let number = offset + 1
            var line = String(rawLine)
            if line.hasSuffix("\r") { line.removeLast() }
            let words = words(of: line, number: number)
            if words.isEmpty {
                if let done = current { result.append(done) }
                current = nil
                continue
            }
            if current == nil { current = ScriptParagraph(firstLine: number, lastLine: number, words: []) }
            current?.lastLine = number
            current?.words.append(contentsOf: words)
        }
        if let done = current { result.append(done) }
        return result
    }

    private static func words(of line: String, number: Int) -> [ScriptWord] {
        var words: [ScriptWord] = []
        var word = ""
        var start = 0
        for (index, character) in line.enumerated() {
            if character.isWhitespace {
                if !word.isEmpty { words.append(ScriptWord(text: word, line: number, column: start + 1)) }
                word = ""
            } else {
                if word.isEmpty { start = index }
                word.append(character)
            }
        }
        if !word.isEmpty { words.append(ScriptWord(text: word, line: number, column: start + 1)) }
        return words
    }
}
