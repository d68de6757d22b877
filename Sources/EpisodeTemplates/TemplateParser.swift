/// Turns a template's pieces into a node tree, checking that every block is closed.
struct TemplateParser {
    /// Tags a template may use, for the "unknown tag" message.
    static let knownTags = ["if", "elif", "else", "endif", "for", "endfor", "choose", "or", "endchoose", "include"]

    /// A parsed block tag.
    private enum BlockTag {
        case ifTag(TemplateExpression)
        case elifTag(TemplateExpression)
        case elseTag
        case endifTag
        case forTag(variable: String, sequence: TemplateExpression)
        case endforTag
        case chooseTag(slot: String)
        case orTag
        case endchooseTag
        case includeTag(name: String)

        var keyword: String {
            switch self {
            case .ifTag: return "if"
            case .elifTag: return "elif"
            case .elseTag: return "else"
            case .endifTag: return "endif"
            case .forTag: return "for"
            case .endforTag: return "endfor"
            case .chooseTag: return "choose"
            case .orTag: return "or"
            case .endchooseTag: return "endchoose"
            case .includeTag: return "include"
            }
        }
    }

    /// The block a nested parse is inside, for "expected … to close …" messages.
    private struct OpenBlock {
        let opener: String
        let closer: String
        let position: SourcePosition
    }

    private let info: CompiledTemplateInfo
    private let pieces: [TemplatePiece]
    private let end: SourcePosition
    private var index = 0

    private init(info: CompiledTemplateInfo, pieces: [TemplatePiece], end: SourcePosition) {
        self.info = info
        self.pieces = pieces
        self.end = end
    }

    /// Parses one template.
    /// - Throws: `TemplateError` of kind `.syntax` at the first mistake.
    static func parse(name: String, source: TemplateSource) throws -> CompiledTemplate {
        let (pieces, end) = try TemplateLexer.lex(source, name: name)
        var parser = TemplateParser(info: CompiledTemplateInfo(name: name, path: source.path), pieces: pieces, end: end)
        let (nodes, _) = try parser.parseNodes(until: [], inside: nil)
        return CompiledTemplate(name: name, source: source, nodes: nodes)
    }

    private func syntaxError(_ message: String, at position: SourcePosition) -> TemplateError {
        TemplateError(kind: .syntax, message: message, location: info.location(position))
    }

    /// Parses nodes until one of the `until` tags; returns the nodes and the tag that stopped
    /// them (nil at the end of the template, which is an error inside a block).
    private mutating func parseNodes(
        until stops: Set<String>, inside open: OpenBlock?
    ) throws -> ([TemplateNode], (tag: BlockTag, position: SourcePosition)?) {
        var nodes: [TemplateNode] = []
        while index < pieces.count {
            let piece = pieces[index]
            index += 1
            switch piece.kind {
            case .text:
                if !piece.text.isEmpty { nodes.append(.text(piece.text)) }
            case .comment:
                continue
            case .output:
                let tokens = try ExpressionTokenizer.tokenize(piece.text, start: piece.bodyPosition, template: info)
                var parser = ExpressionParser(tokens: tokens, template: info)
                if parser.current.kind == .end {
                    throw syntaxError("expected a value inside '{{ }}', found nothing", at: piece.position)
                }
                let expression = try parser.parseExpression()
                try parser.expectEnd("'}}' or a filter ('| name')")
                nodes.append(.output(expression, piece.position))
            case .block:
                let tag = try parseTag(piece)
                if stops.contains(tag.keyword) { return (nodes, (tag, piece.position)) }
                switch tag {
                case .ifTag(let condition):
                    nodes.append(try parseConditional(first: condition, at: piece.position))
                case .forTag(let variable, let sequence):
                    nodes.append(try parseLoop(variable: variable, sequence: sequence, at: piece.position))
                case .chooseTag(let slot):
                    nodes.append(try parseChoose(slot: slot, at: piece.position))
                case .includeTag(let name):
                    nodes.append(.include(name: name, lineBreak: piece.includeLineBreak, piece.position))
                default:
                    if let open {
                        throw syntaxError(
                            "expected '{% \(open.closer) %}' to close '{% \(open.opener)' opened at line \(open.position.line), found '{% \(tag.keyword) %}'",
                            at: piece.position)
                    }
                    throw syntaxError("unexpected '{% \(tag.keyword) %}' with no open block it belongs to", at: piece.position)
                }
            }
        }
        if let open {
            throw syntaxError(
                "expected '{% \(open.closer) %}' to close '{% \(open.opener)' opened at line \(open.position.line), found end of file",
                at: end)
        }
        return (nodes, nil)
    }

    private mutating func parseConditional(first: TemplateExpression, at position: SourcePosition) throws -> TemplateNode {
        let open = OpenBlock(opener: "if", closer: "endif", position: position)
        var branches: [ConditionalBranch] = []
        var condition = first
        while true {
            let (body, stop) = try parseNodes(until: ["elif", "else", "endif"], inside: open)
            branches.append(ConditionalBranch(condition: condition, body: body))
            switch stop?.tag {
            case .elifTag(let next)?:
                condition = next
            case .elseTag?:
                let (otherwise, _) = try parseNodes(until: ["endif"], inside: open)
                return .conditional(branches, otherwise: otherwise)
            default:
                return .conditional(branches, otherwise: nil)
            }
        }
    }

    private mutating func parseLoop(
        variable: String, sequence: TemplateExpression, at position: SourcePosition
    ) throws -> TemplateNode {
        let open = OpenBlock(opener: "for", closer: "endfor", position: position)
        let (body, stop) = try parseNodes(until: ["else", "endfor"], inside: open)
        var empty: [TemplateNode]?
        if case .elseTag? = stop?.tag {
            empty = try parseNodes(until: ["endfor"], inside: open).0
        }
        return .loop(variable: variable, sequence: sequence, body: body, empty: empty, position)
    }

    private mutating func parseChoose(slot: String, at position: SourcePosition) throws -> TemplateNode {
        let open = OpenBlock(opener: "choose", closer: "endchoose", position: position)
        var branches: [[TemplateNode]] = []
        while true {
            let (body, stop) = try parseNodes(until: ["or", "endchoose"], inside: open)
            branches.append(body)
            if case .endchooseTag? = stop?.tag { break }
        }
        guard branches.count >= 2 else {
            throw syntaxError(
                "expected at least two alternatives separated by '{% or %}' in '{% choose \"\(slot)\" %}'",
                at: position)
        }
        return .choose(slot: slot, branches: branches, position)
    }

    /// Parses the inside of one `{% … %}`.
    private func parseTag(_ piece: TemplatePiece) throws -> BlockTag {
        let tokens = try ExpressionTokenizer.tokenize(piece.text, start: piece.bodyPosition, template: info)
        var parser = ExpressionParser(tokens: tokens, template: info)
        guard case .identifier(let keyword) = parser.current.kind else {
            throw parser.error("a tag name (\(Self.knownTags.joined(separator: ", ")))")
        }
        let keywordToken = parser.current
        parser.advance()
        let tag: BlockTag
        switch keyword {
        case "if":
            tag = .ifTag(try parser.parseExpression())
        case "elif":
            tag = .elifTag(try parser.parseExpression())
        case "else": tag = .elseTag
        case "endif": tag = .endifTag
        case "for":
            let variable = try parser.expectName("a loop variable name after 'for'")
            guard variable != "loop" else {
                throw parser.error("a loop variable name other than 'loop', which names the loop itself",
                                   found: ExpressionToken(kind: .identifier(variable), position: keywordToken.position))
            }
            guard parser.current.isIdentifier("in") else { throw parser.error("'in' after 'for \(variable)'") }
            parser.advance()
            tag = .forTag(variable: variable, sequence: try parser.parseExpression())
        case "endfor": tag = .endforTag
        case "choose":
            tag = .chooseTag(slot: try parser.expectString("the slot name in quotes after 'choose', as in {% choose \"opening\" %}"))
        case "or": tag = .orTag
        case "endchoose": tag = .endchooseTag
        case "include":
            tag = .includeTag(name: try parser.expectString("a template name in quotes after 'include', as in {% include \"person\" %}"))
        default:
            throw TemplateError(
                kind: .syntax,
                message: "unknown tag '\(keyword)' — known tags: \(Self.knownTags.joined(separator: ", "))",
                location: info.location(keywordToken.position))
        }
        try parser.expectEnd("'%}' to end the '\(keyword)' tag")
        return tag
    }
}
