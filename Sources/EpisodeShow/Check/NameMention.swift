/// Two capitalised words in a row that may be a person's name, and where they stand.
public struct NameMention: Equatable, Sendable {
    /// "Alan Donovan", non-ASCII kept exactly.
    public var name: String
    public var line: Int
    public var column: Int

    public init(name: String, line: Int, column: Int) {
        self.name = name
        self.line = line
        self.column = column
    }
}
