import Foundation

// Two trims, because two jobs: `trimmingWhitespace()` reads input (commit messages, mailmaps,
// configuration), where any Unicode whitespace is noise; `trimmingSpaces()` tidies text the
// show wrote itself, which only ever pads with spaces, tabs and line breaks.

extension String {
    /// Without Foundation's `whitespacesAndNewlines` (any Unicode space or line break) at either end.
    package func trimmingWhitespace() -> String { self[...].trimmingWhitespace() }

    /// Without spaces, tabs, `\r` and `\n` at either end, compared as `Character`s (so a
    /// `\r\n` pair, one `Character`, stays); other whitespace such as a no-break space stays.
    package func trimmingSpaces() -> String {
        var text = Substring(self)
        while let first = text.first, first == " " || first == "\t" || first == "\r" || first == "\n" { text = text.dropFirst() }
        while let last = text.last, last == " " || last == "\t" || last == "\r" || last == "\n" { text = text.dropLast() }
        return String(text)
    }
}

extension Substring {
    /// Without Foundation's `whitespacesAndNewlines` (any Unicode space or line break) at either end.
    package func trimmingWhitespace() -> String {
        // Fast path: when the first and last bytes kept are ASCII, Foundation would stop at the
        // same places, because only ASCII whitespace was dropped.
        let bytes = utf8
        var start = bytes.startIndex
        var end = bytes.endIndex
        while start != end, ByteText.isWhitespace(bytes[start]) { start = bytes.index(after: start) }
        while end != start, ByteText.isWhitespace(bytes[bytes.index(before: end)]) { end = bytes.index(before: end) }
        if start == end { return "" }
        if bytes[start] < 0x80, bytes[bytes.index(before: end)] < 0x80 { return String(self[start..<end]) }
        return String(self).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
