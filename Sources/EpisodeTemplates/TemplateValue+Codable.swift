/// A `TemplateValue` reads and writes as plain JSON (`"text"`, `3`, `true`, `[…]`, `{…}`,
/// `null`), so a context can be saved for debugging a template and rendered again from
/// the file, and template tests can keep their contexts as JSON.
extension TemplateValue: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let flag = try? container.decode(Bool.self) {
            self = .bool(flag)
        } else if let number = try? container.decode(Double.self) {
            self = .number(number)
        } else if let text = try? container.decode(String.self) {
            self = .string(text)
        } else if let items = try? container.decode([TemplateValue].self) {
            self = .list(items)
        } else if let fields = try? container.decode([String: TemplateValue].self) {
            self = .object(fields)
        } else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "expected a string, number, boolean, list, object or null")
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .string(let text): try container.encode(text)
        case .number(let number):
            if let integer = intValue { try container.encode(integer) } else { try container.encode(number) }
        case .bool(let flag): try container.encode(flag)
        case .list(let items): try container.encode(items)
        case .object(let fields): try container.encode(fields)
        case .null: try container.encodeNil()
        }
    }
}
