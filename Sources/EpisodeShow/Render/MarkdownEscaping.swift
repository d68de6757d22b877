import EpisodeText

/// Escaping for text placed into Markdown.
enum MarkdownEscaping {
    /// A table cell: `|` escaped, line breaks flattened.
    static func cell(_ text: String) -> String {
        text.replacingAll("\\", with: "\\\\").replacingAll("|", with: "\\|").replacingAll("\r", with: " ").replacingAll("\n", with: " ")
    }

    /// Text with its asterisks escaped, so Markdown reads none as emphasis (nor as the end of a `**bold**` headline).
    static func asterisks(_ text: String) -> String {
        text.replacingAll("*", with: "\\*")
    }

    /// Inline code that survives backticks in the text.
    static func code(_ text: String) -> String {
        if !text.contains("`") { return "`" + text + "`" }
        return "`` " + text + " ``"
    }

    /// `[text](url)` or plain text when there is no link.
    static func link(_ text: String, _ url: String?) -> String {
        guard let url, !url.isEmpty else { return text }
        return "[\(text)](\(url.replacingAll(")", with: "%29").replacingAll(" ", with: "%20")))"
    }
}
