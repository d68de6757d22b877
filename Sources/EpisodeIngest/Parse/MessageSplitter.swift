import EpisodeModel
import EpisodeText

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Splits a commit message into subject, body and trailers, by the rules of
/// `git interpret-trailers` (trailer.c). Pure, byte-level; the one splitter both input paths
/// use: a log message without git's 4-space indent and a `%B` message are the same text.
///
/// - Subject: the first line. The rest of the title paragraph belongs to the body.
/// - Trailer block: the last paragraph, never the title paragraph. Scanning it, a line is a
///   trailer when it starts with a key of ASCII letters, digits and `-`, optionally followed by
///   spaces, then `:`; `Signed-off-by: ` and `(cherry picked from commit ` lines count as
///   git-generated trailers; a line starting with whitespace is a continuation (it counts with
///   the line above it); `#` lines are comments and are skipped. The paragraph is the trailer
///   block when all its lines are trailers, or when it has a git-generated one and at least a
///   quarter of its lines are trailers.
/// - Trailers: `Key: value` pairs in order; continuation lines fold into the value with one
///   space. Lines of the block that are not trailers (`[jc: ...]` notes, the cherry-pick line)
///   go to the end of the body, after a blank line, so no text is lost.
/// - Body: the lines between, without leading and trailing blank lines. CR before LF is dropped.
enum MessageSplitter {
    struct Parts: Equatable, Sendable {
        var subject: String
        var body: String
        var trailers: [Trailer]
    }

    /// A line as `[start, end)` byte offsets; `end` is its `\n` or the end of the text.
    private typealias LineSpan = (start: Int, end: Int)

    static func split(_ message: String) -> Parts {
        var copy = Array(message.utf8)
        return copy.withUnsafeMutableBufferPointer { split(UnsafeBufferPointer($0)) }
    }

    /// Works on byte offsets without collecting the lines: this runs once for every commit of a log.
    static func split(_ message: UnsafeBufferPointer<UInt8>) -> Parts {
        if hasCarriageReturnLineEnd(message) {
            let clean = withoutCarriageReturns(message)
            return clean.withUnsafeBufferPointer { split($0) }
        }
        // Leading blank lines are skipped; the subject is the first line that is not blank.
        var subject = line(message, startingAt: 0)
        while isBlank(message, subject) {
            guard subject.end < message.count else { return Parts(subject: "", body: "", trailers: []) }
            subject = line(message, startingAt: subject.end + 1)
        }
        // Trailing blank lines are dropped: `last` is the last line that is not blank.
        var last = line(message, endingAt: message.count)
        while last.start > subject.start, isBlank(message, last) { last = line(message, endingAt: last.start - 1) }
        let subjectText = TextDecoding.string(slice(message, subject))
        guard last.start > subject.start else { return Parts(subject: subjectText, body: "", trailers: []) }

        // git: the first paragraph is the title and is never trailers; it ends at the first blank line.
        var titleBlank: LineSpan? = nil
        var cursor = line(message, startingAt: subject.end + 1)
        while cursor.start < last.start {
            if isBlank(message, cursor) {
                titleBlank = cursor
                break
            }
            cursor = line(message, startingAt: cursor.end + 1)
        }
        var blockStart: Int? = nil
        var trailers: [Trailer] = []
        var otherLines: [LineSpan] = []
        if let titleBlank, let start = trailerBlockStart(message, last: last, titleBlank: titleBlank) {
            (trailers, otherLines) = parseBlock(message, from: start, through: last)
            if !trailers.isEmpty { blockStart = start } else { otherLines = [] }
        }

        // The body: after the subject line, up to the block (or the end), without blank lines at either end.
        var bodyFirst = line(message, startingAt: subject.end + 1)
        let bodyLimit = blockStart ?? (last.end + 1)
        while bodyFirst.start < bodyLimit, isBlank(message, bodyFirst) { bodyFirst = line(message, startingAt: bodyFirst.end + 1) }
        var bodyLast = line(message, endingAt: bodyLimit - 1)
        while bodyLast.start > bodyFirst.start, isBlank(message, bodyLast) { bodyLast = line(message, endingAt: bodyLast.start - 1) }
        let hasBody = bodyFirst.start < bodyLimit
        let bodySpan: LineSpan = hasBody ? (bodyFirst.start, bodyLast.end) : (0, 0)
        guard !otherLines.isEmpty else {
            return Parts(subject: subjectText, body: TextDecoding.string(slice(message, bodySpan)), trailers: trailers)
        }
        var bodyBytes = Array(slice(message, bodySpan))
        for (index, other) in otherLines.enumerated() {
            if index > 0 { bodyBytes.append(0x0A) } else if !bodyBytes.isEmpty { bodyBytes += [0x0A, 0x0A] }
            bodyBytes.append(contentsOf: slice(message, other))
        }
        return Parts(subject: subjectText, body: TextDecoding.string(bodyBytes), trailers: trailers)
    }

    /// git's `find_trailer_block_start`: scans the last paragraph from its end (`last`) and returns
    /// the offset of its first line when it is a trailer block, else nil. `titleBlank` is the blank
    /// line that ends the title paragraph: the scan never goes above it.
    private static func trailerBlockStart(_ text: UnsafeBufferPointer<UInt8>, last: LineSpan, titleBlank: LineSpan) -> Int? {
        var trailerLines = 0
        var nonTrailerLines = 0
        var possibleContinuationLines = 0
        var recognizedPrefix = false
        var span = last
        while span.start >= titleBlank.start {
            let line = slice(text, span)
            if line.first == 0x23 {
                nonTrailerLines += possibleContinuationLines
                possibleContinuationLines = 0
            } else if ByteText.isBlank(line) {
                nonTrailerLines += possibleContinuationLines
                let isBlock = (recognizedPrefix && trailerLines * 3 >= nonTrailerLines) || (trailerLines > 0 && nonTrailerLines == 0)
                return isBlock ? span.end + 1 : nil
            } else if ByteText.hasPrefix(line, "Signed-off-by: ") || ByteText.hasPrefix(line, "(cherry picked from commit ") {
                trailerLines += 1
                possibleContinuationLines = 0
                recognizedPrefix = true
            } else if separatorIndex(line) != nil {
                trailerLines += 1
                possibleContinuationLines = 0
            } else if isSpace(line[0]) {
                possibleContinuationLines += 1
            } else {
                nonTrailerLines += 1 + possibleContinuationLines
                possibleContinuationLines = 0
            }
            guard span.start > 0 else { return nil }
            span = self.line(text, endingAt: span.start - 1)
        }
        return nil
    }

    /// The block's trailers in order, and its other lines (kept for the body).
    private static func parseBlock(
        _ text: UnsafeBufferPointer<UInt8>, from start: Int, through last: LineSpan
    ) -> (trailers: [Trailer], otherLines: [LineSpan]) {
        var trailers: [Trailer] = []
        var otherLines: [LineSpan] = []
        var value: [UInt8] = []
        var key: String? = nil
        func flush() {
            if let key { trailers.append(Trailer(key: key, value: TextDecoding.string(value))) }
            key = nil
            value.removeAll(keepingCapacity: true)
        }
        var next = start
        while next <= last.start {
            let span = line(text, startingAt: next)
            next = span.end + 1
            let line = slice(text, span)
            if line.first == 0x23 { continue }
            if key != nil, let first = line.first, isSpace(first) {
                let piece = ByteText.trimmingSpacesAndTabs(line)
                if !piece.isEmpty {
                    if !value.isEmpty { value.append(0x20) }
                    value.append(contentsOf: piece)
                }
                continue
            }
            flush()
            if let separator = separatorIndex(line) {
                key = TextDecoding.string(ByteText.trimmingSpacesAndTabs(ByteText.slice(line, 0, separator)))
                value.append(contentsOf: ByteText.trimmingSpacesAndTabs(ByteText.drop(line, separator + 1)))
            } else {
                otherLines.append(span)
            }
        }
        flush()
        return (trailers, otherLines)
    }

    /// git's `find_separator` with `:`: a key of letters, digits and `-`, then optional spaces,
    /// then the colon. Returns the colon's index, or nil (also for a colon in first place).
    private static func separatorIndex(_ line: UnsafeBufferPointer<UInt8>) -> Int? {
        var whitespaceFound = false
        var index = 0
        while index < line.count {
            let byte = line[index]
            if byte == 0x3A { return index >= 1 ? index : nil }
            let isKeyByte = ByteText.isDigit(byte) || (byte | 0x20) &- 0x61 < 26 || byte == 0x2D
            if !whitespaceFound && isKeyByte {
                index += 1
                continue
            }
            if index > 0 && (byte == 0x20 || byte == 0x09) {
                whitespaceFound = true
                index += 1
                continue
            }
            return nil
        }
        return nil
    }

    /// The line that starts at `start` (which must be a line start, at most `text.count`).
    @inline(__always)
    private static func line(_ text: UnsafeBufferPointer<UInt8>, startingAt start: Int) -> LineSpan {
        guard let base = text.baseAddress, start < text.count,
              let found = memchr(base + start, 0x0A, text.count - start)
        else { return (start, text.count) }
        return (start, base.distance(to: found.assumingMemoryBound(to: UInt8.self)))
    }

    /// The line whose end (its `\n`, or the end of the text) is at `end`.
    @inline(__always)
    private static func line(_ text: UnsafeBufferPointer<UInt8>, endingAt end: Int) -> LineSpan {
        var start = end
        while start > 0, text[start - 1] != 0x0A { start -= 1 }
        return (start, end)
    }

    private static func hasCarriageReturnLineEnd(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = text.baseAddress else { return false }
        var from = 0
        while from < text.count, let found = memchr(base + from, 0x0D, text.count - from) {
            let index = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            if index + 1 == text.count || text[index + 1] == 0x0A { return true }
            from = index + 1
        }
        return false
    }

    private static func withoutCarriageReturns(_ text: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var clean: [UInt8] = []
        clean.reserveCapacity(text.count)
        for (index, byte) in text.enumerated() where !(byte == 0x0D && (index + 1 == text.count || text[index + 1] == 0x0A)) {
            clean.append(byte)
        }
        return clean
    }

    @inline(__always)
    private static func slice(_ text: UnsafeBufferPointer<UInt8>, _ span: LineSpan) -> UnsafeBufferPointer<UInt8> {
        ByteText.slice(text, span.start, span.end)
    }

    @inline(__always)
    private static func isBlank(_ text: UnsafeBufferPointer<UInt8>, _ span: LineSpan) -> Bool {
        ByteText.isBlank(slice(text, span))
    }

    /// git's `isspace`: space, tab, LF, VT, FF, CR.
    @inline(__always)
    private static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) }
}
