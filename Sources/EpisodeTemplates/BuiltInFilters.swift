/// The filters every template set knows. Each checks its input and arguments and says
/// what it expected, so a template mistake reads like "plural needs a number".
enum BuiltInFilters {
    static let names: [String] = [
        "capitalized", "lowercased", "uppercased", "join", "count", "default", "plural", "first", "last",
    ]

    static let table: [String: TemplateFilter] = [
        "capitalized": capitalized,
        "lowercased": lowercased,
        "uppercased": uppercased,
        "join": join,
        "count": count,
        "default": defaultValue,
        "plural": plural,
        "first": first,
        "last": last,
    ]

    /// How many arguments each built-in takes, so a wrong count fails when the set loads.
    static let argumentCounts: [String: ClosedRange<Int>] = [
        "capitalized": 0...0, "lowercased": 0...0, "uppercased": 0...0, "join": 0...1, "count": 0...0,
        "default": 1...1, "plural": 2...2, "first": 0...0, "last": 0...0,
    ]

    /// The message for a wrong number of arguments, shared by load-time and render-time checks.
    static func argumentCountMessage(filter: String, allowed: ClosedRange<Int>, given: Int) -> String {
        let wanted = allowed.lowerBound == allowed.upperBound
            ? "\(allowed.lowerBound)" : "\(allowed.lowerBound) to \(allowed.upperBound)"
        return "'\(filter)' takes \(wanted) argument\(allowed.upperBound == 1 ? "" : "s"), got \(given)"
    }

    private static func mismatch(_ message: String) -> TemplateFilterError {
        TemplateFilterError(message, isTypeMismatch: true)
    }

    private static func string(_ value: TemplateValue, filter: String) throws -> String {
        switch value {
        case .string(let text): return text
        case .number(let number): return TemplateValueFormatter.format(number)
        default: throw mismatch("'\(filter)' needs a string, got \(value.kindDescription)")
        }
    }

    /// Render-time check of the argument count, against the same `argumentCounts` the set checks at load time.
    private static func arguments(_ arguments: [TemplateValue], filter: String) throws {
        let allowed = argumentCounts[filter]!
        guard allowed.contains(arguments.count) else {
            throw mismatch(argumentCountMessage(filter: filter, allowed: allowed, given: arguments.count))
        }
    }

    /// Upper-cases the first letter only: "the linker" -> "The linker".
    @Sendable static func capitalized(_ value: TemplateValue, _ args: [TemplateValue]) throws -> TemplateValue {
        try arguments(args, filter: "capitalized")
        let text = try string(value, filter: "capitalized")
        guard let first = text.first else { return .string(text) }
        return .string(first.uppercased() + text.dropFirst())
    }

    @Sendable static func lowercased(_ value: TemplateValue, _ args: [TemplateValue]) throws -> TemplateValue {
        try arguments(args, filter: "lowercased")
        return .string(try string(value, filter: "lowercased").lowercased())
    }

    @Sendable static func uppercased(_ value: TemplateValue, _ args: [TemplateValue]) throws -> TemplateValue {
        try arguments(args, filter: "uppercased")
        return .string(try string(value, filter: "uppercased").uppercased())
    }

    /// A list as prose: "A", "A and B", "A, B and C"; `join: "or"` changes the last word.
    @Sendable static func join(_ value: TemplateValue, _ args: [TemplateValue]) throws -> TemplateValue {
        try arguments(args, filter: "join")
        guard case .list(let items) = value else {
            throw mismatch("'join' needs a list, got \(value.kindDescription)")
        }
        var conjunction = "and"
        if let argument = args.first {
            guard case .string(let word) = argument else {
                throw mismatch("'join' takes the joining word as a string, as in join: \"or\"; got \(argument.kindDescription)")
            }
            conjunction = word
        }
        let texts = try items.map { try string($0, filter: "join") }
        switch texts.count {
        case 0: return .string("")
        case 1: return .string(texts[0])
        default:
            return .string(texts.dropLast().joined(separator: ", ") + " \(conjunction) " + texts[texts.count - 1])
        }
    }

    /// Items of a list, fields of an object, or characters of a string.
    @Sendable static func count(_ value: TemplateValue, _ args: [TemplateValue]) throws -> TemplateValue {
        try arguments(args, filter: "count")
        switch value {
        case .list(let items): return .int(items.count)
        case .object(let fields): return .int(fields.count)
        case .string(let text): return .int(text.count)
        default: throw mismatch("'count' needs a list, an object or a string, got \(value.kindDescription)")
        }
    }

    /// The argument when the value is null or an empty string; the value otherwise.
    @Sendable static func defaultValue(_ value: TemplateValue, _ args: [TemplateValue]) throws -> TemplateValue {
        try arguments(args, filter: "default")
        switch value {
        case .null, .string(""): return args[0]
        default: return value
        }
    }

    /// `n | plural: "change", "changes"`: the first word when n is 1, the second otherwise.
    @Sendable static func plural(_ value: TemplateValue, _ args: [TemplateValue]) throws -> TemplateValue {
        try arguments(args, filter: "plural")
        let number: Double
        switch value {
        case .number(let given): number = given
        case .list(let items): number = Double(items.count)
        default: throw mismatch("'plural' needs a number or a list, got \(value.kindDescription)")
        }
        guard case .string = args[0], case .string = args[1] else {
            throw mismatch("'plural' takes two strings, the singular and the plural: plural: \"change\", \"changes\"")
        }
        return number == 1 ? args[0] : args[1]
    }

    @Sendable static func first(_ value: TemplateValue, _ args: [TemplateValue]) throws -> TemplateValue {
        try arguments(args, filter: "first")
        guard case .list(let items) = value else { throw mismatch("'first' needs a list, got \(value.kindDescription)") }
        return items.first ?? .null
    }

    @Sendable static func last(_ value: TemplateValue, _ args: [TemplateValue]) throws -> TemplateValue {
        try arguments(args, filter: "last")
        guard case .list(let items) = value else { throw mismatch("'last' needs a list, got \(value.kindDescription)") }
        return items.last ?? .null
    }
}
