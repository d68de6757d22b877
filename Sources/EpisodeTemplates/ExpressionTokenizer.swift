/// Splits the inner text of a tag into tokens, keeping each token's line and column.
enum ExpressionTokenizer {
    private static let twoCharacterSymbols: Set<String> = ["==", "!=", "<=", ">="]
    private static let oneCharacterSymbols: Set<Character> = ["|", ":", ",", ".", "(", ")", "<", ">", "-"]

    static func tokenize(_ body: String, start: SourcePosition, template: CompiledTemplateInfo) throws -> [ExpressionToken] {
        let characters = Array(body)
        var tokens: [ExpressionToken] = []
        var index = 0
        var position = start

        func step() {
            position.advance(over: characters[index])
            index += 1
        }
        func error(_ message: String, at spot: SourcePosition) -> TemplateError {
            TemplateError(kind: .syntax, message: message, location: template.location(spot))
        }

        while index < characters.count {
            let character = characters[index]
            if character.isWhitespace {
                step()
                continue
            }
            let tokenStart = position
            if character.isLetter || character == "_" {
                var name = ""
                while index < characters.count,
                      characters[index].isLetter || characters[index].isNumber || characters[index] == "_" {
                    name.append(characters[index])
                    step()
                }
                tokens.append(ExpressionToken(kind: .identifier(name), position: tokenStart))
            } else if character.isASCII && character.isNumber {
                var digits = ""
                let afterDot = tokens.last?.isSymbol(".") ?? false
                while index < characters.count, characters[index].isASCII,
                      characters[index].isNumber || (!afterDot && characters[index] == "." && !digits.contains(".")
                          && index + 1 < characters.count && characters[index + 1].isNumber) {
                    digits.append(characters[index])
                    step()
                }
                tokens.append(ExpressionToken(kind: .number(Double(digits) ?? 0), position: tokenStart))
            } else if character == "\"" || character == "'" {
                step()
                var text = ""
                var closed = false
                while index < characters.count {
                    let next = characters[index]
                    step()
                    if next == character {
                        closed = true
                        break
                    }
                    if next == "\\", index < characters.count {
                        let escaped = characters[index]
                        step()
                        switch escaped {
                        case "n": text.append("\n")
                        case "t": text.append("\t")
                        default: text.append(escaped)
                        }
                    } else {
                        text.append(next)
                    }
                }
                guard closed else {
                    throw error("expected \(character) to close the string opened here, found the end of the tag", at: tokenStart)
                }
                tokens.append(ExpressionToken(kind: .string(text), position: tokenStart))
            } else if index + 1 < characters.count,
                      twoCharacterSymbols.contains(String([character, characters[index + 1]])) {
                let symbol = String([character, characters[index + 1]])
                step()
                step()
                tokens.append(ExpressionToken(kind: .symbol(symbol), position: tokenStart))
            } else if oneCharacterSymbols.contains(character) {
                step()
                tokens.append(ExpressionToken(kind: .symbol(String(character)), position: tokenStart))
            } else {
                let hint = character == "=" ? " (use '==' to compare)" : ""
                throw error("unexpected character '\(character)'\(hint)", at: tokenStart)
            }
        }
        tokens.append(ExpressionToken(kind: .end, position: position))
        return tokens
    }
}
