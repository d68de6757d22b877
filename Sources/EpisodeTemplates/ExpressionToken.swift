/// One token inside a tag: `story`, `.`, `"or"`, `3`, `==`, `|`.
struct ExpressionToken: Sendable {
    enum Kind: Equatable, Sendable {
        case identifier(String)
        case number(Double)
        case string(String)
        case symbol(String)
        case end
    }

    var kind: Kind
    var position: SourcePosition

    /// How an error message names the token.
    var description: String {
        switch kind {
        case .identifier(let name): return "'\(name)'"
        case .number(let number): return "the number \(TemplateValueFormatter.format(number))"
        case .string(let text): return "the string \"\(text)\""
        case .symbol(let symbol): return "'\(symbol)'"
        case .end: return "the end of the tag"
        }
    }

    func isSymbol(_ symbol: String) -> Bool { kind == .symbol(symbol) }
    func isIdentifier(_ name: String) -> Bool { kind == .identifier(name) }
}
