/// One thing the editor should look at, placed in the edited script.
public struct CheckFinding: Codable, Equatable, Hashable, Sendable {
    /// 1-based line of the edited script.
    public var line: Int
    /// 1-based column (in characters) of the token at fault, when the finding is about one token.
    public var column: Int?
    public var kind: CheckFindingKind
    /// The same as `kind.severity`, stored so the JSON report says it.
    public var severity: CheckSeverity
    /// What is wrong and what to do, for a person.
    public var message: String

    public init(line: Int, column: Int? = nil, kind: CheckFindingKind, message: String) {
        self.line = line
        self.column = column
        self.kind = kind
        self.severity = kind.severity
        self.message = message
    }
}
