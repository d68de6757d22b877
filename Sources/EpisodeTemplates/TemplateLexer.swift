/// Splits template text into pieces and applies the whitespace rules of Docs/TEMPLATES.md:
/// 1. a line holding only block tags and comments (and spaces or tabs) leaves nothing
///    behind, not even its newline;
/// 2. an include alone on its line loses its indentation and line break, and the renderer
///    ends the included text with that line break (`TemplatePiece.includeLineBreak`);
/// 3. `{%-`, `{{-`, `{#-` remove all whitespace before the tag, newlines included, and
///    `-%}`, `-}}`, `-#}` all whitespace after it;
/// 4. the template's final line break is dropped.
struct TemplateLexer {
    private let characters: [Character]
    private let info: CompiledTemplateInfo
    private var index = 0
    private var position = SourcePosition.start

    init(text: String, templateName: String, path: String?) {
        var characters = Array(text)
        // A file's final newline belongs to the file, not to the text: an included
        // partial then adds no line break of its own.
        if let last = characters.last, SourcePosition.isLineBreak(last) { characters.removeLast() }
        self.characters = characters
        self.info = CompiledTemplateInfo(name: templateName, path: path)
    }

    /// The pieces, whitespace rules applied, and the position of the end of the text.
    static func lex(_ source: TemplateSource, name: String) throws -> (pieces: [TemplatePiece], end: SourcePosition) {
        var lexer = TemplateLexer(text: source.text, templateName: name, path: source.path)
        var pieces = try lexer.scan()
        applyLineRule(&pieces)
        applyTrimMarkers(&pieces)
        return (pieces, lexer.position)
    }

    // MARK: Scanning

    private mutating func scan() throws -> [TemplatePiece] {
        var pieces: [TemplatePiece] = []
        var text = ""
        var textStart = position
        while index < characters.count {
            if characters[index] == "{", index + 1 < characters.count,
               let kind = Self.tagKind(opener: characters[index + 1]) {
                if !text.isEmpty {
                    pieces.append(TemplatePiece(kind: .text, text: text, position: textStart, bodyPosition: textStart))
                    text = ""
                }
                pieces.append(try scanTag(kind))
                textStart = position
                continue
            }
            text.append(characters[index])
            step()
        }
        if !text.isEmpty {
            pieces.append(TemplatePiece(kind: .text, text: text, position: textStart, bodyPosition: textStart))
        }
        return pieces
    }

    private static func tagKind(opener: Character) -> TemplatePiece.Kind? {
        switch opener {
        case "{": return .output
        case "%": return .block
        case "#": return .comment
        default: return nil
        }
    }

    private static func closer(for kind: TemplatePiece.Kind) -> (opener: String, closer: String) {
        switch kind {
        case .output: return ("{{", "}}")
        case .block: return ("{%", "%}")
        case .comment, .text: return ("{#", "#}")
        }
    }

    /// Scans one tag starting at `{`; strings inside `{{ }}` and `{% %}` may contain the closer.
    private mutating func scanTag(_ kind: TemplatePiece.Kind) throws -> TemplatePiece {
        let start = position
        let (opener, closer) = Self.closer(for: kind)
        let closeFirst = closer.first!
        step()
        step()
        var trimBefore = false
        if index < characters.count, characters[index] == "-" {
            trimBefore = true
            step()
        }
        let bodyStart = position
        var body = ""
        var quote: Character?
        while index < characters.count {
            let character = characters[index]
            if let open = quote {
                body.append(character)
                step()
                if character == "\\", index < characters.count {
                    body.append(characters[index])
                    step()
                } else if character == open {
                    quote = nil
                }
                continue
            }
            if kind != .comment, character == "\"" || character == "'" {
                quote = character
                body.append(character)
                step()
                continue
            }
            if character == closeFirst, index + 1 < characters.count, characters[index + 1] == "}" {
                step()
                step()
                var trimAfter = false
                if body.hasSuffix("-") {
                    trimAfter = true
                    body.removeLast()
                }
                return TemplatePiece(
                    kind: kind, text: body, position: start, bodyPosition: bodyStart,
                    trimBefore: trimBefore, trimAfter: trimAfter)
            }
            body.append(character)
            step()
        }
        let location = info.location(position)
        let what = quote == nil ? "" : " (a string in the tag is not closed)"
        throw TemplateError(
            kind: .syntax,
            message: "expected '\(closer)' to close '\(opener)' opened at line \(start.line), column \(start.column), found end of file\(what)",
            location: location)
    }

    private mutating func step() {
        position.advance(over: characters[index])
        index += 1
    }

    // MARK: Whitespace rules

    private static func isBlank(_ character: Character) -> Bool { character == " " || character == "\t" }

    /// True when `text` is spaces and tabs only, with no newline.
    private static func isInlineBlank(_ text: String) -> Bool { text.allSatisfy(isBlank) }

    /// True when only spaces or tabs stand between the start of the line (or of the template)
    /// and the piece at `index`.
    private static func startsLine(_ pieces: [TemplatePiece], at index: Int) -> Bool {
        guard index > 0 else { return true }
        guard pieces[index - 1].kind == .text else { return false }
        let text = pieces[index - 1].text
        if let newline = text.lastIndex(where: SourcePosition.isLineBreak) {
            return text[text.index(after: newline)...].allSatisfy(isBlank)
        }
        return index - 1 == 0 && isInlineBlank(text)
    }

    /// The line break that ends the line after the piece at `last` when only spaces or tabs
    /// come before it; "" when the template ends instead; nil when something else follows.
    private static func endsLine(_ pieces: [TemplatePiece], after last: Int) -> String? {
        guard last + 1 < pieces.count else { return "" }
        guard pieces[last + 1].kind == .text else { return nil }
        let text = pieces[last + 1].text
        if let newline = text.firstIndex(where: SourcePosition.isLineBreak) {
            return text[..<newline].allSatisfy(isBlank) ? String(text[newline]) : nil
        }
        return last + 2 == pieces.count && isInlineBlank(text) ? "" : nil
    }

    /// Rules 1 and 2: decide on the original texts first, then cut, so one cut never hides the
    /// newline the next decision needs.
    static func applyLineRule(_ pieces: inout [TemplatePiece]) {
        let count = pieces.count
        var cutLeadingLine = [Bool](repeating: false, count: count)
        var cutTrailingIndent = [Bool](repeating: false, count: count)
        var clear = [Bool](repeating: false, count: count)
        var index = 0
        while index < count {
            if pieces[index].isInclude {
                // An include alone on its line: the line's indentation and line break go, and
                // the renderer ends the included text with that line break (unless it is empty).
                if startsLine(pieces, at: index), let lineBreak = endsLine(pieces, after: index) {
                    if index > 0 { cutTrailingIndent[index - 1] = true }
                    if index + 1 < count { cutLeadingLine[index + 1] = true }
                    pieces[index].includeLineBreak = lineBreak.isEmpty ? nil : lineBreak
                }
                index += 1
                continue
            }
            guard pieces[index].isLineTag else {
                index += 1
                continue
            }
            let startsLine = startsLine(pieces, at: index)
            var last = index
            var middles: [Int] = []
            while true {
                if last + 1 < count, pieces[last + 1].isLineTag {
                    last += 1
                } else if last + 2 < count, pieces[last + 1].kind == .text, isInlineBlank(pieces[last + 1].text),
                          pieces[last + 2].isLineTag {
                    middles.append(last + 1)
                    last += 2
                } else {
                    break
                }
            }
            let endsLine = endsLine(pieces, after: last) != nil
            if startsLine && endsLine {
                if index > 0 { cutTrailingIndent[index - 1] = true }
                for middle in middles { clear[middle] = true }
                if last + 1 < count { cutLeadingLine[last + 1] = true }
            }
            index = last + 1
        }
        for index in pieces.indices where pieces[index].kind == .text {
            if clear[index] {
                pieces[index].text = ""
                continue
            }
            let text = pieces[index].text
            var lower = text.startIndex
            var upper = text.endIndex
            if cutLeadingLine[index] {
                if let newline = text.firstIndex(where: SourcePosition.isLineBreak) {
                    lower = text.index(after: newline)
                } else {
                    lower = text.endIndex
                }
            }
            if cutTrailingIndent[index] {
                if let newline = text.lastIndex(where: SourcePosition.isLineBreak) {
                    upper = text.index(after: newline)
                } else {
                    upper = text.startIndex
                }
            }
            pieces[index].text = lower < upper ? String(text[lower..<upper]) : ""
        }
    }

    /// Rule 3: the explicit `-` markers.
    static func applyTrimMarkers(_ pieces: inout [TemplatePiece]) {
        for index in pieces.indices where pieces[index].kind != .text {
            if pieces[index].trimBefore, index > 0, pieces[index - 1].kind == .text {
                let text = pieces[index - 1].text
                pieces[index - 1].text = String(text.reversed().drop(while: \.isWhitespace).reversed())
            }
            if pieces[index].trimAfter, index + 1 < pieces.count, pieces[index + 1].kind == .text {
                pieces[index + 1].text = String(pieces[index + 1].text.drop(while: \.isWhitespace))
            }
        }
    }
}
