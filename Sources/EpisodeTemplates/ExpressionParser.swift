/// Recursive-descent parser for the tokens of one tag.
///
/// Precedence, loosest first: `or`, `and`, `not`, comparisons, filters (`|`), then
/// literals, dotted paths and parentheses.
struct ExpressionParser {
    /// Words that cannot name a variable.
    static let keywords: Set<String> = ["and", "or", "not", "in", "true", "false", "null"]

    private let tokens: [ExpressionToken]
    private let template: CompiledTemplateInfo
    private(set) var index = 0
    /// Parentheses and `not`s open around the current token; the parser recurses once per level.
    private var depth = 0
    /// Deeper nesting is refused: found by fuzzing, a few thousand `(` overflowed the stack.
    static let maximumDepth = 64

    init(tokens: [ExpressionToken], template: CompiledTemplateInfo) {
        self.tokens = tokens
        self.template = template
    }

    var current: ExpressionToken { tokens[index] }

    mutating func advance() { if index < tokens.count - 1 { index += 1 } }

    func error(_ expected: String, found token: ExpressionToken? = nil) -> TemplateError {
        let token = token ?? current
        return TemplateError(
            kind: .syntax, message: "expected \(expected), found \(token.description)",
            location: template.location(token.position))
    }

    /// Consumes an identifier that is not a keyword.
    mutating func expectName(_ what: String) throws -> String {
        guard case .identifier(let name) = current.kind, !Self.keywords.contains(name) else {
            throw error(what)
        }
        advance()
        return name
    }

    /// Consumes a string literal.
    mutating func expectString(_ what: String) throws -> String {
        guard case .string(let text) = current.kind else { throw error(what) }
        advance()
        return text
    }

    mutating func expectEnd(_ what: String) throws {
        guard current.kind == .end else { throw error(what) }
    }

    // MARK: Grammar

    mutating func parseExpression() throws -> TemplateExpression {
        depth += 1
        defer { depth -= 1 }
        guard depth <= Self.maximumDepth else { throw error("at most \(Self.maximumDepth) levels of '(' and 'not'") }
        var left = try parseAnd()
        while current.isIdentifier("or") {
            advance()
            left = .or(left, try parseAnd())
        }
        return left
    }

    private mutating func parseAnd() throws -> TemplateExpression {
        var left = try parseNot()
        while current.isIdentifier("and") {
            advance()
            left = .and(left, try parseNot())
        }
        return left
    }

    private mutating func parseNot() throws -> TemplateExpression {
        if current.isIdentifier("not") {
            advance()
            depth += 1
            defer { depth -= 1 }
            guard depth <= Self.maximumDepth else { throw error("at most \(Self.maximumDepth) levels of '(' and 'not'") }
            return .not(try parseNot())
        }
        return try parseComparison()
    }

    private mutating func parseComparison() throws -> TemplateExpression {
        let left = try parseFiltered()
        if case .symbol(let symbol) = current.kind, let comparison = ComparisonOperator(rawValue: symbol) {
            let position = current.position
            advance()
            let right = try parseFiltered()
            return .comparison(comparison, left, right, position)
        }
        return left
    }

    private mutating func parseFiltered() throws -> TemplateExpression {
        var value = try parsePrimary()
        while current.isSymbol("|") {
            advance()
            let position = current.position
            guard case .identifier(let name) = current.kind else { throw error("a filter name after '|'") }
            advance()
            var arguments: [TemplateExpression] = []
            if current.isSymbol(":") {
                advance()
                arguments.append(try parsePrimary())
                while current.isSymbol(",") {
                    advance()
                    arguments.append(try parsePrimary())
                }
            }
            value = .filter(value, name: name, arguments: arguments, position)
        }
        return value
    }

    private mutating func parsePrimary() throws -> TemplateExpression {
        let token = current
        switch token.kind {
        case .string(let text):
            advance()
            return .literal(.string(text))
        case .number(let number):
            advance()
            return .literal(.number(number))
        case .symbol("-"):
            advance()
            guard case .number(let number) = current.kind else { throw error("a number after '-'") }
            advance()
            return .literal(.number(-number))
        case .symbol("("):
            advance()
            let inner = try parseExpression()
            guard current.isSymbol(")") else { throw error("')' to close '(' at column \(token.position.column)") }
            advance()
            return inner
        case .identifier("true"):
            advance()
            return .literal(.bool(true))
        case .identifier("false"):
            advance()
            return .literal(.bool(false))
        case .identifier("null"):
            advance()
            return .literal(.null)
        case .identifier(let name) where !Self.keywords.contains(name):
            advance()
            var segments = [name]
            while current.isSymbol(".") {
                advance()
                switch current.kind {
                case .identifier(let key):
                    segments.append(key)
                case .number(let number) where number >= 0 && number.rounded() == number:
                    segments.append(TemplateValueFormatter.format(number))
                default:
                    throw error("a field name or list index after '.'")
                }
                advance()
            }
            return .path(segments, token.position)
        default:
            throw error("a value (a variable, a string in quotes, a number, true, false or null)")
        }
    }
}
