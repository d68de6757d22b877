/// A 1-based line and column inside one template's text.
struct SourcePosition: Equatable, Sendable {
    var line: Int
    var column: Int

    static let start = SourcePosition(line: 1, column: 1)

    /// What ends a line of a template: `\n`, or `\r\n` (one `Character`); other newline
    /// characters are text.
    static func isLineBreak(_ character: Character) -> Bool {
        character == "\n" || character == "\r\n"
    }

    /// Moves past one character.
    mutating func advance(over character: Character) {
        if Self.isLineBreak(character) {
            line += 1
            column = 1
        } else {
            column += 1
        }
    }
}
