import EpisodeModel

/// Splits a raw commit message (`%B`) into subject, body and trailers, by the rules of
/// `git interpret-trailers`. Pure.
///
/// The trailer block is the message's last paragraph, never its first (the title). It counts as
/// trailers when every line is a `Key: value` trailer or a continuation (a line starting with
/// whitespace), or when at least a quarter of its lines are trailers and one of them is one git
/// writes itself (`Signed-off-by:`, `(cherry picked from commit ...)`). Continuation lines are
/// folded into the value before them with one space. Lines of the block that are not trailers
/// stay at the end of the body.
public enum CommitMessageSplitter {
    public struct Parts: Equatable, Sendable {
        public var subject: String
        public var body: String
        public var trailers: [Trailer]
    }

    /// - Parameter message: the whole message, as `%B` prints it.
    public static func split(_ message: String) -> Parts {
        var lines = message.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }).map { line -> Substring in
            line.last == "\r" ? line.dropLast() : line
        }
        while let last = lines.last, isBlank(last) { lines.removeLast() }
        while let first = lines.first, isBlank(first) { lines.removeFirst() }
        guard let subjectLine = lines.first else { return Parts(subject: "", body: "", trailers: []) }
        let subject = String(subjectLine)

        // The title paragraph ends at the first blank line.
        var bodyStart = 1
        while bodyStart < lines.count, !isBlank(lines[bodyStart]) { bodyStart += 1 }
        // git treats the whole first paragraph as the title; its further lines belong to the body here.
        var rest = Array(lines[1...])
        while let first = rest.first, isBlank(first) { rest.removeFirst() }

        guard bodyStart < lines.count else {
            return Parts(subject: subject, body: rest.joined(separator: "\n"), trailers: [])
        }
        // The last paragraph: after the last blank line.
        var blockStart = lines.count
        while blockStart > bodyStart, !isBlank(lines[blockStart - 1]) { blockStart -= 1 }
        let block = lines[blockStart...]
        guard let trailerBlock = parseBlock(block) else {
            return Parts(subject: subject, body: rest.joined(separator: "\n"), trailers: [])
        }
        var bodyLines = Array(lines[1..<blockStart])
        while let first = bodyLines.first, isBlank(first) { bodyLines.removeFirst() }
        while let last = bodyLines.last, isBlank(last) { bodyLines.removeLast() }
        if !trailerBlock.otherLines.isEmpty {
            if !bodyLines.isEmpty { bodyLines.append("") }
            bodyLines += trailerBlock.otherLines
        }
        return Parts(subject: subject, body: bodyLines.joined(separator: "\n"), trailers: trailerBlock.trailers)
    }

    private static func parseBlock(_ block: ArraySlice<Substring>) -> (trailers: [Trailer], otherLines: [Substring])? {
        var trailers: [Trailer] = []
        var otherLines: [Substring] = []
        var trailerLines = 0
        var nonTrailerLines = 0
        var hasGitTrailer = false
        var lastWasTrailer = false
        for line in block {
            if line.first == "#" { continue }
            if let first = line.first, first == " " || first == "\t" {
                if lastWasTrailer {
                    let continuation = line.drop { $0 == " " || $0 == "\t" }
                    trailers[trailers.count - 1].value += " " + continuation
                    trailerLines += 1
                } else {
                    otherLines.append(line)
                    nonTrailerLines += 1
                }
                continue
            }
            if line.hasPrefix("(cherry picked from commit ") { hasGitTrailer = true }
            if let trailer = trailer(in: line) {
                if trailer.key == "Signed-off-by" { hasGitTrailer = true }
                trailers.append(trailer)
                trailerLines += 1
                lastWasTrailer = true
            } else {
                otherLines.append(line)
                nonTrailerLines += 1
                lastWasTrailer = false
            }
        }
        guard trailerLines > 0 else { return nil }
        if nonTrailerLines == 0 { return (trailers, []) }
        if hasGitTrailer && trailerLines * 3 >= nonTrailerLines { return (trailers, otherLines) }
        return nil
    }

    /// `Key: value` where the key is letters, digits and `-`, optionally followed by spaces before the colon.
    private static func trailer(in line: Substring) -> Trailer? {
        guard let colon = line.firstIndex(of: ":") else { return nil }
        let rawKey = line[..<colon]
        let key = rawKey.reversed().drop { $0 == " " || $0 == "\t" }.reversed()
        guard !key.isEmpty, key.allSatisfy({ ($0.isASCII && ($0.isLetter || $0.isNumber)) || $0 == "-" }) else { return nil }
        let value = line[line.index(after: colon)...].drop { $0 == " " || $0 == "\t" }
        var trimmed = Substring(value)
        while let last = trimmed.last, last == " " || last == "\t" { trimmed = trimmed.dropLast() }
        return Trailer(key: String(key), value: String(trimmed))
    }

    private static func isBlank(_ line: Substring) -> Bool { line.allSatisfy { $0 == " " || $0 == "\t" } }
}
