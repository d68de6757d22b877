/// A number said in a script: its value and how it was written.
public struct NumberMention: Equatable, Sendable {
    /// The value as digits: "6", "23", "2026", "1.27".
    public var value: String
    /// As written: "Six", "twenty-three", "2026", "eighth".
    public var written: String
    /// Where it starts.
    public var line: Int
    public var column: Int

    public init(value: String, written: String, line: Int, column: Int) {
        self.value = value
        self.written = written
        self.line = line
        self.column = column
    }
}
