/// Escaping for the review page. Pure.
public enum HTMLEscaping {
    /// Text safe inside an element or a quoted attribute value: `& < > " '` become references.
    public static func text(_ value: String) -> String { MarkupEscaping.text(value) }

    /// JSON safe inside `<script type="application/json">`: `<`, `>` and `&` become `\u003c`,
    /// `\u003e` and `\u0026` (still the same JSON), so no text can close the element or open a
    /// comment; U+2028 and U+2029 are escaped too, for old script parsers.
    public static func scriptJSON(_ json: String) -> String {
        MarkupEscaping.replacing(json) { scalar in
            switch scalar {
            case "<": return "\\u003c"
            case ">": return "\\u003e"
            case "&": return "\\u0026"
            case "\u{2028}": return "\\u2028"
            case "\u{2029}": return "\\u2029"
            default: return nil
            }
        }
    }
}
