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

    /// `[text](url)`, or plain text when there is no link or its target is not http(s):
    /// notes are published on web pages, where a `javascript:` link would run.
    static func link(_ text: String, _ url: String?) -> String {
        guard let url, isWebAddress(url) else { return text }
        return "[\(text)](\(url.replacingAll(")", with: "%29").replacingAll(" ", with: "%20").replacingAll("<", with: "%3C").replacingAll(">", with: "%3E")))"
    }

    static func isWebAddress(_ url: String) -> Bool {
        let lowered = url.lowercased()
        return lowered.hasPrefix("https://") || lowered.hasPrefix("http://")
    }

    /// Text taken from commits, made inert for a Markdown renderer that allows HTML: `<` becomes
    /// an entity (so no tag and no autolink can start; a `>` alone starts nothing inside a
    /// line), an `&` that would start an entity is escaped, and
    /// `](` gets a backslash so the text cannot form a link of its own. Code spans (between
    /// matching backtick runs) are left alone: renderers show their contents literally.
    static func inert(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        guard scalars.contains(where: { $0 == "<" || $0 == "&" || $0 == "]" }) else { return text }
        var out = String.UnicodeScalarView()
        // Run lengths with no closing run further on; a later search for them would fail too.
        var unclosed = Set<Int>()
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "`" {
                var run = 0
                while index + run < scalars.count, scalars[index + run] == "`" { run += 1 }
                let close = unclosed.contains(run) ? nil : closingRun(of: run, in: scalars, after: index + run)
                if close == nil { unclosed.insert(run) }
                if let close {
                    out.append(contentsOf: scalars[index..<(close + run)])
                    index = close + run
                } else {
                    out.append(contentsOf: scalars[index..<(index + run)])
                    index += run
                }
                continue
            }
            switch scalar {
            case "<": out.append(contentsOf: "&lt;".unicodeScalars)
            case "&" where index + 1 < scalars.count && (scalars[index + 1] == "#" || scalars[index + 1].properties.isAlphabetic):
                out.append(contentsOf: "&amp;".unicodeScalars)
            case "]" where index + 1 < scalars.count && scalars[index + 1] == "(":
                out.append(contentsOf: "]\\".unicodeScalars)
            default: out.append(scalar)
            }
            index += 1
        }
        return String(out)
    }

    /// Where a run of exactly `length` backticks starts after `start`, closing a code span.
    private static func closingRun(of length: Int, in scalars: [Unicode.Scalar], after start: Int) -> Int? {
        var index = start
        while index < scalars.count {
            guard scalars[index] == "`" else {
                index += 1
                continue
            }
            var run = 0
            while index + run < scalars.count, scalars[index + run] == "`" { run += 1 }
            if run == length { return index }
            index += run
        }
        return nil
    }
}
