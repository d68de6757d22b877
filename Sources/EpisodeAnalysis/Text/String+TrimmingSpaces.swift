import Foundation

extension String {
    /// The text without surrounding spaces, tabs and newlines.
    func trimmingSpaces() -> String { self[...].trimmingSpaces() }
}

extension Substring {
    /// The text without surrounding spaces, tabs and newlines (Foundation's `whitespacesAndNewlines`).
    func trimmingSpaces() -> String {
        // Fast path: when the first and last bytes kept are ASCII, Foundation would stop at the
        // same places, because only ASCII whitespace was dropped.
        let bytes = utf8
        var start = bytes.startIndex
        var end = bytes.endIndex
        while start != end, ASCIIText.isWhitespace(bytes[start]) { start = bytes.index(after: start) }
        while end != start, ASCIIText.isWhitespace(bytes[bytes.index(before: end)]) { end = bytes.index(before: end) }
        if start == end { return "" }
        if bytes[start] < 0x80, bytes[bytes.index(before: end)] < 0x80 { return String(self[start..<end]) }
        return String(self).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
