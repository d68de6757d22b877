/// A value a template can print, test, loop over or pass to a filter.
///
/// The show stage builds one `.object` from its typed episode values; the engine never
/// sees Swift types of other stages. Numbers are `Double` so templates compare `3 > 1`
/// and `2.5 > 1` alike; integral numbers print without a fraction (`3`, not `3.0`).
public enum TemplateValue: Equatable, Sendable {
    case string(String)
    case number(Double)
    case bool(Bool)
    case list([TemplateValue])
    case object([String: TemplateValue])
    case null

    /// Truthiness used by `{% if %}`, `not`, `and`, `or`: empty string, empty list,
    /// empty object, `0`, `false` and `null` are false; everything else is true.
    public var isTruthy: Bool {
        switch self {
        case .string(let text): return !text.isEmpty
        case .number(let number): return number != 0
        case .bool(let flag): return flag
        case .list(let items): return !items.isEmpty
        case .object(let fields): return !fields.isEmpty
        case .null: return false
        }
    }

    /// The string, if this is a `.string`.
    public var stringValue: String? {
        if case .string(let text) = self { return text }
        return nil
    }

    /// The number, if this is a `.number`.
    public var numberValue: Double? {
        if case .number(let number) = self { return number }
        return nil
    }

    /// The number as an `Int`, if this is a `.number` without a fraction.
    public var intValue: Int? {
        guard case .number(let number) = self, number.rounded() == number,
              abs(number) < 9.0e15 else { return nil }
        return Int(number)
    }

    /// The items, if this is a `.list`.
    public var listValue: [TemplateValue]? {
        if case .list(let items) = self { return items }
        return nil
    }

    /// The fields, if this is an `.object`.
    public var objectValue: [String: TemplateValue]? {
        if case .object(let fields) = self { return fields }
        return nil
    }

    /// A short name of the kind of value, for error messages ("a list", "a number").
    public var kindDescription: String {
        switch self {
        case .string: return "a string"
        case .number: return "a number"
        case .bool: return "a boolean"
        case .list: return "a list"
        case .object: return "an object"
        case .null: return "null"
        }
    }

    /// A number from an `Int`, the common case for counts.
    public static func int(_ value: Int) -> TemplateValue { .number(Double(value)) }
}

extension TemplateValue: ExpressibleByStringLiteral {
    public init(stringLiteral value: String) { self = .string(value) }
}

extension TemplateValue: ExpressibleByIntegerLiteral {
    public init(integerLiteral value: Int) { self = .number(Double(value)) }
}

extension TemplateValue: ExpressibleByFloatLiteral {
    public init(floatLiteral value: Double) { self = .number(value) }
}

extension TemplateValue: ExpressibleByBooleanLiteral {
    public init(booleanLiteral value: Bool) { self = .bool(value) }
}

extension TemplateValue: ExpressibleByArrayLiteral {
    public init(arrayLiteral elements: TemplateValue...) { self = .list(elements) }
}

extension TemplateValue: ExpressibleByDictionaryLiteral {
    /// Later duplicate keys win, as in a JSON object.
    public init(dictionaryLiteral elements: (String, TemplateValue)...) {
        var fields: [String: TemplateValue] = [:]
        for (key, value) in elements { fields[key] = value }
        self = .object(fields)
    }
}

extension TemplateValue: ExpressibleByNilLiteral {
    public init(nilLiteral: ()) { self = .null }
}
