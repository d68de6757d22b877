import EpisodeTemplates

/// Filters the show's templates use on top of the engine's built-ins.
public enum ShowFilters {
    /// Marks the start and end of emphasised text in rendered output; the composer turns
    /// them into `EmphasisSpan`s and removes them. Private-use characters never occur in commits.
    static let emphasisStart: Character = "\u{E000}"
    static let emphasisEnd: Character = "\u{E001}"

    /// `words`: a count as the show says it ("six", "twenty-three", "480");
    /// `emphasis`: stress this text when spoken (SSML `<emphasis>`);
    /// `article`: the text with "a" or "an" in front ("an MCP tool");
    /// `lowerfirst`: the first letter in lower case;
    /// `trimperiod`: without a final period, to go on with the sentence.
    public static let all: [String: TemplateFilter] = [
        "words": words,
        "emphasis": emphasis,
        "article": article,
        "lowerfirst": lowerfirst,
        "trimperiod": trimperiod,
    ]

    @Sendable static func words(_ value: TemplateValue, _ arguments: [TemplateValue]) throws -> TemplateValue {
        guard arguments.isEmpty else { throw TemplateFilterError("'words' takes no arguments", isTypeMismatch: true) }
        switch value {
        case .number:
            guard let n = value.intValue else { throw TemplateFilterError("'words' needs a whole number, got \(value.numberValue ?? 0)", isTypeMismatch: true) }
            return .string(SpokenNumber.cardinal(n))
        case .list(let items):
            return .string(SpokenNumber.cardinal(items.count))
        default:
            throw TemplateFilterError("'words' needs a number, got \(value.kindDescription)", isTypeMismatch: true)
        }
    }

    @Sendable static func emphasis(_ value: TemplateValue, _ arguments: [TemplateValue]) throws -> TemplateValue {
        guard arguments.isEmpty else { throw TemplateFilterError("'emphasis' takes no arguments", isTypeMismatch: true) }
        guard let text = value.stringValue else { throw TemplateFilterError("'emphasis' needs a string, got \(value.kindDescription)", isTypeMismatch: true) }
        return .string(text.isEmpty ? text : String(emphasisStart) + text + String(emphasisEnd))
    }

    @Sendable static func article(_ value: TemplateValue, _ arguments: [TemplateValue]) throws -> TemplateValue {
        guard arguments.isEmpty else { throw TemplateFilterError("'article' takes no arguments", isTypeMismatch: true) }
        guard let text = value.stringValue else { throw TemplateFilterError("'article' needs a string, got \(value.kindDescription)", isTypeMismatch: true) }
        return .string(EnglishGrammar.article(for: text) + " " + text)
    }

    @Sendable static func lowerfirst(_ value: TemplateValue, _ arguments: [TemplateValue]) throws -> TemplateValue {
        guard arguments.isEmpty else { throw TemplateFilterError("'lowerfirst' takes no arguments", isTypeMismatch: true) }
        guard let text = value.stringValue else { throw TemplateFilterError("'lowerfirst' needs a string, got \(value.kindDescription)", isTypeMismatch: true) }
        return .string(StoryFacts.lowerFirst(text))
    }

    @Sendable static func trimperiod(_ value: TemplateValue, _ arguments: [TemplateValue]) throws -> TemplateValue {
        guard arguments.isEmpty else { throw TemplateFilterError("'trimperiod' takes no arguments", isTypeMismatch: true) }
        guard let text = value.stringValue else { throw TemplateFilterError("'trimperiod' needs a string, got \(value.kindDescription)", isTypeMismatch: true) }
        return .string(text.trimmingTrailing("."))
    }

    /// Text without emphasis markers, and where they were (in Unicode scalars).
    static func extractEmphasis(_ text: String) -> (text: String, spans: [EmphasisSpan]) {
        var out = String.UnicodeScalarView()
        var spans: [EmphasisSpan] = []
        var start: Int?
        for scalar in text.unicodeScalars {
            if Character(scalar) == emphasisStart { start = out.count; continue }
            if Character(scalar) == emphasisEnd {
                if let begin = start, out.count > begin { spans.append(EmphasisSpan(start: begin, length: out.count - begin)) }
                start = nil
                continue
            }
            out.append(scalar)
        }
        return (String(out), spans)
    }
}
