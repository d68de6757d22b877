import EpisodeModel

/// Splits a commit message (already without git's 4-space indent) into subject, body and trailers.
///
/// Subject: the first line. Trailers: the last paragraph, when it is not the first paragraph
/// and every line in it is `Key: value` (key of letters, digits and `-`) or a continuation
/// line starting with whitespace (unfolded into the value with one space). Body: the lines
/// between, without leading and trailing blank lines. A last paragraph that mixes trailers
/// with other text stays in the body.
enum MessageSplitter {
    static func split(_ message: UnsafeBufferPointer<UInt8>) -> (subject: String, body: String, trailers: [Trailer]) {
        var end = message.count
        while end > 0, message[end - 1] == 0x0A || message[end - 1] == 0x20 { end -= 1 }
        let text = ByteText.slice(message, 0, end)
        guard !text.isEmpty else { return ("", "", []) }
        let subjectEnd = ByteText.firstIndex(of: 0x0A, in: text) ?? text.count
        let subject = TextDecoding.string(ByteText.slice(text, 0, subjectEnd))
        guard subjectEnd < text.count else { return (subject, "", []) }

        var bodyStart = subjectEnd + 1
        var bodyEnd = text.count
        var trailers: [Trailer] = []
        if let paragraphStart = lastParagraphStart(text), paragraphStart > subjectEnd,
           let parsed = trailerBlock(ByteText.drop(text, paragraphStart)) {
            trailers = parsed
            bodyEnd = paragraphStart
        }
        while bodyStart < bodyEnd, text[bodyStart] == 0x0A { bodyStart += 1 }
        while bodyEnd > bodyStart, text[bodyEnd - 1] == 0x0A || text[bodyEnd - 1] == 0x20 { bodyEnd -= 1 }
        let body = TextDecoding.string(ByteText.slice(text, bodyStart, bodyEnd))
        return (subject, body, trailers)
    }

    /// Start of the line after the last blank (empty or all-space) line, nil when there is none.
    private static func lastParagraphStart(_ text: UnsafeBufferPointer<UInt8>) -> Int? {
        var lineEnd = text.count
        while lineEnd > 0 {
            var lineStart = lineEnd
            while lineStart > 0, text[lineStart - 1] != 0x0A { lineStart -= 1 }
            if lineStart > 0, ByteText.isBlank(ByteText.slice(text, lineStart, lineEnd)) { return lineEnd + 1 }
            if lineStart == 0 { return nil }
            lineEnd = lineStart - 1
        }
        return nil
    }

    /// The trailers of a paragraph, or nil when one of its lines is not a trailer.
    private static func trailerBlock(_ paragraph: UnsafeBufferPointer<UInt8>) -> [Trailer]? {
        var trailers: [Trailer] = []
        var continued: [UInt8]?
        var lineStart = 0
        func flushContinuation() {
            if let extra = continued, !trailers.isEmpty {
                trailers[trailers.count - 1].value += " " + TextDecoding.string(extra)
            }
            continued = nil
        }
        while lineStart < paragraph.count {
            let lineEnd = ByteText.firstIndex(of: 0x0A, in: paragraph, from: lineStart) ?? paragraph.count
            let line = ByteText.slice(paragraph, lineStart, lineEnd)
            lineStart = lineEnd + 1
            if let first = line.first, first == 0x20 || first == 0x09 {
                guard !trailers.isEmpty else { return nil }
                let piece = ByteText.trimmed(line)
                if continued == nil { continued = Array(piece) } else { continued!.append(0x20); continued!.append(contentsOf: piece) }
                continue
            }
            flushContinuation()
            guard let colon = ByteText.firstIndex(of: 0x3A, in: line), colon > 0 else { return nil }
            for index in 0..<colon {
                let byte = line[index]
                let isKeyByte = ByteText.isDigit(byte) || (byte | 0x20) &- 0x61 < 26 || byte == 0x2D
                guard isKeyByte else { return nil }
            }
            guard colon + 1 == line.count || line[colon + 1] == 0x20 || line[colon + 1] == 0x09 else { return nil }
            trailers.append(Trailer(
                key: TextDecoding.string(ByteText.slice(line, 0, colon)),
                value: TextDecoding.string(ByteText.trimmed(ByteText.drop(line, colon + 1)))
            ))
        }
        flushContinuation()
        return trailers.isEmpty ? nil : trailers
    }
}
