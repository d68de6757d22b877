/// Escaping for the markup episodegen writes (SSML, the feed's XML, the review page's HTML):
/// one table of the five markup characters, and one loop that applies any table. Pure.
public enum MarkupEscaping {
    /// `& < > " '` as XML's predefined entities (HTML5 knows them all); other scalars as they are.
    public static func escape(_ scalar: Unicode.Scalar) -> String? {
        switch scalar {
        case "&": return "&amp;"
        case "<": return "&lt;"
        case ">": return "&gt;"
        case "\"": return "&quot;"
        case "'": return "&apos;"
        default: return nil
        }
    }

    /// `value` with every scalar for which `replacement` gives text replaced by it (`""` drops it).
    public static func replacing(_ value: String, _ replacement: (Unicode.Scalar) -> String?) -> String {
        var result = ""
        result.reserveCapacity(value.utf8.count)
        for scalar in value.unicodeScalars {
            if let text = replacement(scalar) { result += text } else { result.unicodeScalars.append(scalar) }
        }
        return result
    }

    /// Text safe in an element or a quoted attribute value.
    public static func text(_ value: String) -> String { replacing(value, escape) }
}
