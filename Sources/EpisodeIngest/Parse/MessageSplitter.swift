import EpisodeModel

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

    /// Lines (as `[start, end)` byte offsets) of the message, CR-free.
    private typealias LineSpan = (start: Int, end: Int)

    static func split(_ message: String) -> Parts {
        var copy = Array(message.utf8)
        return copy.withUnsafeMutableBufferPointer { split(UnsafeBufferPointer($0)) }
    }

    static func split(_ message: UnsafeBufferPointer<UInt8>) -> Parts {
        if hasCarriageReturnLineEnd(message) {
            let clean = withoutCarriageReturns(message)
            return clean.withUnsafeBufferPointer { split($0) }
        }
        var lines = lineSpans(message)
        while let last = lines.last, isBlank(message, last) { lines.removeLast() }
        var first = 0
        while first < lines.count, isBlank(message, lines[first]) { first += 1 }
        guard first < lines.count else { return Parts(subject: "", body: "", trailers: []) }
        let subject = TextDecoding.string(slice(message, lines[first]))

        // git: the first paragraph is the title and is never trailers; it ends at the first blank line.
        var titleEnd = first + 1
        while titleEnd < lines.count, !isBlank(message, lines[titleEnd]) { titleEnd += 1 }
        var block: (start: Int, trailers: [Trailer], otherLines: [LineSpan])? = nil
        if titleEnd < lines.count, let start = trailerBlockStart(message, lines, titleEnd: titleEnd) {
            let parsed = parseBlock(message, lines[start...])
            if !parsed.trailers.isEmpty { block = (start, parsed.trailers, parsed.otherLines) }
        }

        var bodyStart = first + 1
        var bodyEnd = block?.start ?? lines.count
        while bodyStart < bodyEnd, isBlank(message, lines[bodyStart]) { bodyStart += 1 }
        while bodyEnd > bodyStart, isBlank(message, lines[bodyEnd - 1]) { bodyEnd -= 1 }
        var bodyBytes: [UInt8] = []
        if bodyStart < bodyEnd {
            bodyBytes.append(contentsOf: ByteText.slice(message, lines[bodyStart].start, lines[bodyEnd - 1].end))
        }
        for (index, line) in (block?.otherLines ?? []).enumerated() {
            if index == 0, !bodyBytes.isEmpty { bodyBytes += [0x0A, 0x0A] } else if index > 0 { bodyBytes.append(0x0A) }
            bodyBytes.append(contentsOf: slice(message, line))
        }
        return Parts(subject: subject, body: TextDecoding.string(bodyBytes), trailers: block?.trailers ?? [])
    }

    /// git's `find_trailer_block_start`: scans the last paragraph from its end and returns the
    /// index of its first line when it is a trailer block, else nil.
    private static func trailerBlockStart(_ text: UnsafeBufferPointer<UInt8>, _ lines: [LineSpan], titleEnd: Int) -> Int? {
        var trailerLines = 0
        var nonTrailerLines = 0
        var possibleContinuationLines = 0
        var recognizedPrefix = false
        var index = lines.count - 1
        while index >= titleEnd {
            let line = slice(text, lines[index])
            defer { index -= 1 }
            if line.first == 0x23 {
                nonTrailerLines += possibleContinuationLines
                possibleContinuationLines = 0
                continue
            }
            if ByteText.isBlank(line) {
                nonTrailerLines += possibleContinuationLines
                let isBlock = (recognizedPrefix && trailerLines * 3 >= nonTrailerLines) || (trailerLines > 0 && nonTrailerLines == 0)
                return isBlock ? index + 1 : nil
            }
            if ByteText.hasPrefix(line, "Signed-off-by: ") || ByteText.hasPrefix(line, "(cherry picked from commit ") {
                trailerLines += 1
                possibleContinuationLines = 0
                recognizedPrefix = true
                continue
            }
            if separatorIndex(line) != nil {
                trailerLines += 1
                possibleContinuationLines = 0
            } else if isSpace(line[0]) {
                possibleContinuationLines += 1
            } else {
                nonTrailerLines += 1 + possibleContinuationLines
                possibleContinuationLines = 0
            }
        }
        return nil
    }

    /// The block's trailers in order, and its other lines (kept for the body).
    private static func parseBlock(
        _ text: UnsafeBufferPointer<UInt8>, _ block: ArraySlice<LineSpan>
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
        for span in block {
            let line = slice(text, span)
            if line.first == 0x23 { continue }
            if key != nil, let first = line.first, isSpace(first) {
                let piece = ByteText.trimmed(line)
                if !piece.isEmpty {
                    if !value.isEmpty { value.append(0x20) }
                    value.append(contentsOf: piece)
                }
                continue
            }
            flush()
            if let separator = separatorIndex(line) {
                key = TextDecoding.string(ByteText.trimmed(ByteText.slice(line, 0, separator)))
                value.append(contentsOf: ByteText.trimmed(ByteText.drop(line, separator + 1)))
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

    private static func lineSpans(_ text: UnsafeBufferPointer<UInt8>) -> [LineSpan] {
        var lines: [LineSpan] = []
        var start = 0
        while start <= text.count {
            let end = ByteText.firstIndex(of: 0x0A, in: text, from: start) ?? text.count
            lines.append((start, end))
            start = end + 1
        }
        return lines
    }

    private static func hasCarriageReturnLineEnd(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        var from = 0
        while let index = ByteText.firstIndex(of: 0x0D, in: text, from: from) {
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
