/// Tidies rendered prose: the engine's whitespace rules keep tag lines out of the output,
/// but a variable that renders empty can still leave two spaces or a space before a comma.
public enum TemplateWhitespace {
    /// Collapses runs of spaces and tabs to one space, trims each line, removes a space
    /// before `, . ; : ! ?`, keeps at most one blank line between paragraphs, drops blank
    /// lines at the start and end, and ends non-empty text with exactly one newline.
    public static func normalizeProse(_ text: String) -> String {
        var lines: [String] = []
        for rawLine in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            lines.append(tidyLine(Substring(rawLine)))
        }
        var result: [String] = []
        var pendingBlank = false
        for line in lines {
            if line.isEmpty {
                pendingBlank = !result.isEmpty
                continue
            }
            if pendingBlank { result.append("") }
            pendingBlank = false
            result.append(line)
        }
        return result.isEmpty ? "" : result.joined(separator: "\n") + "\n"
    }

    /// One line: single spaces, no space at either end or before punctuation.
    private static func tidyLine(_ line: Substring) -> String {
        var output = ""
        output.reserveCapacity(line.utf8.count)
        var pendingSpace = false
        for character in line {
            if character == " " || character == "\t" || character == "\r" {
                pendingSpace = !output.isEmpty
                continue
            }
            if pendingSpace && !",.;:!?".contains(character) { output.append(" ") }
            pendingSpace = false
            output.append(character)
        }
        return output
    }
}
