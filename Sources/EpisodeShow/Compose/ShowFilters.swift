import EpisodeTemplates
import EpisodeText

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
    /// `trimperiod`: without a final period, to go on with the sentence;
    /// `actions`: a list of actions joined like `join`, saying a phrase they all end with once
    /// ("computed object hash and compat object ID in odb write object ext").
    /// `quoted`: in double quotes, its own double quotes made single ('a change titled "X"').
    public static let all: [String: TemplateFilter] = [
        "actions": actions,
        "quoted": quoted,
        "words": words,
        "emphasis": emphasis,
        "article": article,
        "lowerfirst": lowerfirst,
        "trimperiod": trimperiod,
    ]

    /// Every show filter takes no arguments: "'words' takes no arguments".
    private static func noArguments(_ arguments: [TemplateValue], filter: String) throws {
        guard arguments.isEmpty else { throw TemplateFilterError("'\(filter)' takes no arguments", isTypeMismatch: true) }
    }

    /// The value as a string, or the error a template author reads: "'article' needs a string, got a list".
    private static func string(_ value: TemplateValue, filter: String) throws -> String {
        guard let text = value.stringValue else { throw TemplateFilterError("'\(filter)' needs a string, got \(value.kindDescription)", isTypeMismatch: true) }
        return text
    }

    @Sendable static func words(_ value: TemplateValue, _ arguments: [TemplateValue]) throws -> TemplateValue {
        try noArguments(arguments, filter: "words")
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
        try noArguments(arguments, filter: "emphasis")
        let text = try string(value, filter: "emphasis")
        return .string(text.isEmpty ? text : String(emphasisStart) + text + String(emphasisEnd))
    }

    @Sendable static func article(_ value: TemplateValue, _ arguments: [TemplateValue]) throws -> TemplateValue {
        try noArguments(arguments, filter: "article")
        let text = try string(value, filter: "article")
        return .string(EnglishGrammar.article(for: text) + " " + text)
    }

    @Sendable static func lowerfirst(_ value: TemplateValue, _ arguments: [TemplateValue]) throws -> TemplateValue {
        try noArguments(arguments, filter: "lowerfirst")
        let text = try string(value, filter: "lowerfirst")
        return .string(EnglishGrammar.lowerFirst(text))
    }

    @Sendable static func trimperiod(_ value: TemplateValue, _ arguments: [TemplateValue]) throws -> TemplateValue {
        try noArguments(arguments, filter: "trimperiod")
        let text = try string(value, filter: "trimperiod")
        return .string(text.trimmingTrailing("."))
    }

    @Sendable static func actions(_ value: TemplateValue, _ arguments: [TemplateValue]) throws -> TemplateValue {
        try noArguments(arguments, filter: "actions")
        guard case .list(let items) = value else { throw TemplateFilterError("'actions' needs a list, got \(value.kindDescription)", isTypeMismatch: true) }
        let texts = try items.map { item -> String in
            guard let text = item.stringValue else { throw TemplateFilterError("'actions' needs a list of strings, got \(item.kindDescription)", isTypeMismatch: true) }
            return text
        }
        return .string(sharingTail(texts))
    }

    @Sendable static func quoted(_ value: TemplateValue, _ arguments: [TemplateValue]) throws -> TemplateValue {
        try noArguments(arguments, filter: "quoted")
        let text = try string(value, filter: "quoted")
        let inner = text.replacingAll("\"", with: "'").replacingAll("“", with: "'").replacingAll("”", with: "'")
        return .string("\"" + inner + "\"")
    }

    /// Words that may open the phrase several actions share.
    static let tailOpeners: Set<String> = ["in", "for", "to", "on", "from", "with", "at", "into", "across", "inside", "via"]

    /// Joins actions as "A, B and C", and when they all end with the same phrase of two words
    /// or more that opens with a preposition or follows a comma ("in odb write object ext",
    /// ", used in the cmd slash digraph package"), says that phrase once, at the end.
    static func sharingTail(_ actions: [String]) -> String {
        var unique: [String] = []
        for action in actions where !unique.contains(action) { unique.append(action) }
        let words = unique.map { $0.split(separator: " ").map(String.init) }
        if let named = sharingNoun(words) { return named }
        guard words.count > 1, let shortest = words.map(\.count).min() else { return EnglishGrammar.list(unique) }
        var shared = 0
        while shared < shortest - 1, Set(words.map { $0[$0.count - 1 - shared] }).count == 1 { shared += 1 }
        guard shared >= 2 else { return EnglishGrammar.list(unique) }
        let first = words[0]
        // The longest shared phrase that opens at a preposition or after a comma.
        guard let open = (first.count - shared..<first.count - 1).first(where: { index in
            tailOpeners.contains(first[index].lowercased()) || (index > 0 && first[index - 1].hasSuffix(","))
        }) else { return EnglishGrammar.list(unique) }
        let tail = first[open...]
        let afterComma = first[open - 1].hasSuffix(",")
        let heads = words.map { item -> String in
            var head = item.dropLast(tail.count).joined(separator: " ")
            if head.hasSuffix(",") { head.removeLast() }
            return head
        }
        return EnglishGrammar.list(heads) + (afterComma ? ", " : " ") + tail.joined(separator: " ")
    }

    /// "added the "update" subcommand, the "delete" subcommand and the "create" subcommand" ->
    /// "added the "update", "delete" and "create" subcommands": items that are each "the", one
    /// name and the same count noun (the first may start with its verb) share "the" and the noun.
    static func sharingNoun(_ words: [[String]]) -> String? {
        guard words.count > 1, let noun = words.last?.last, ObjectArticles.countNouns.contains(noun) else { return nil }
        var names: [String] = []
        var prefix: [String] = []
        for (index, item) in words.enumerated() {
            guard item.count >= 3, item[item.count - 1] == noun, item[item.count - 3] == "the" else { return nil }
            guard index == 0 || item.count == 3 else { return nil }
            if index == 0 { prefix = Array(item.dropLast(3)) }
            names.append(item[item.count - 2])
        }
        return (prefix + ["the", EnglishGrammar.list(names), noun + "s"]).joined(separator: " ")
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
