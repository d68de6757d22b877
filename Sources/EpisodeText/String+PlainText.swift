import Foundation

/// Plain-text helpers for the show stage's prose, kept in one place so that words are
/// split and ends trimmed by one rule.
extension StringProtocol {
    /// The words between spaces, tabs and newlines, empty ones dropped. A `\r\n` pair is a
    /// single `Character` and does not split (`ScriptParagraph` splits an edited file itself).
    package func wordsBetweenSpaces() -> [SubSequence] {
        split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" })
    }

    /// Without any of `characters` at either end: `"(foo_bar),".trimming("(),")` is "foo_bar".
    package func trimming(_ characters: String) -> String {
        var s = Substring(self)
        while let f = s.first, characters.contains(f) { s = s.dropFirst() }
        while let l = s.last, characters.contains(l) { s = s.dropLast() }
        return String(s)
    }
}

extension String {
    /// Without any of `characters` at the end: `"twice before:;".trimmingTrailing(",;:")`.
    package func trimmingTrailing(_ characters: String) -> String {
        var s = self
        while let last = s.last, characters.contains(last) { s.removeLast() }
        return s
    }

    /// Every occurrence of `target` replaced (Foundation's `replacingOccurrences`); an empty
    /// target changes nothing.
    package func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty else { return self }
        return replacingOccurrences(of: target, with: replacement)
    }
}
