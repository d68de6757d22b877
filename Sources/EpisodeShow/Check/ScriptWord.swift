import EpisodeText

/// One whitespace-separated word of a script, with where it stands in the file.
public struct ScriptWord: Equatable, Sendable {
    /// The word as written, punctuation included.
    public var text: String
    /// 1-based line.
    public var line: Int
    /// 1-based column, in characters.
    public var column: Int

    public init(text: String, line: Int, column: Int) {
        self.text = text
        self.line = line
        self.column = column
    }

    /// The words of a text that has no place in a file (a draft segment's, or a test's), at line
    /// and column 0.
    static func unplaced(in text: String) -> [ScriptWord] {
        text.wordsBetweenSpaces().map { ScriptWord(text: String($0), line: 0, column: 0) }
    }

    /// The word without surrounding punctuation or quotes ("Donovan's," gives "Donovan's").
    public var core: String {
        let edge: (Character) -> Bool = { !($0.isLetter || $0.isNumber) }
        guard let first = text.firstIndex(where: { !edge($0) }), let last = text.lastIndex(where: { !edge($0) }) else { return "" }
        return String(text[first...last])
    }
}
