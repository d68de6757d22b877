import EpisodeModel

/// The prose of a commit body as byte ranges: paragraphs without code, traces, tables,
/// trailers or reference lines, and the sentences in them. Offsets are UTF-8 offsets in the body.
enum MessageProse {
    struct Span {
        var text: String
        var offset: Int
        var length: Int
    }

    /// Most sentences read from one body: a narrator never needs more, and a hostile body stays cheap.
    static let maxSentences = 60

    /// Paragraphs as byte ranges of the body; a skipped line ends a paragraph.
    static func paragraphs(of bytes: [UInt8]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start: Int?
        var end = 0
        var inFence = false
        var lineStart = 0
        func flush() {
            if let open = start, end > open { result.append(open..<end) }
            start = nil
        }
        while lineStart <= bytes.count {
            var lineEnd = lineStart
            while lineEnd < bytes.count, bytes[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
            let line = bytes[lineStart..<lineEnd]
            if isFence(line) {
                inFence.toggle()
                flush()
            } else if inFence || isBlank(line) || !isProseLine(line) {
                flush()
            } else {
                if start == nil { start = lineStart }
                end = lineEnd
            }
            lineStart = lineEnd + 1
        }
        flush()
        return result
    }

    /// Sentences of a paragraph, their white space folded.
    static func sentences(of paragraph: Range<Int>, in body: [UInt8]) -> [Span] {
        let bytes = Array(body[paragraph])
        var result: [Span] = []
        var sentenceStart = 0
        var index = 0
        while index < bytes.count, result.count < maxSentences {
            let byte = bytes[index]
            let ends = (byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?"))
                && endsSentence(bytes, at: index)
            if ends || index == bytes.count - 1 {
                if let span = span(bytes, from: sentenceStart, to: index + 1, base: paragraph.lowerBound) { result.append(span) }
                sentenceStart = index + 1
            }
            index += 1
        }
        return result
    }

    /// `Reason for revert: ...` (and `Reason:` or `Revert reason:` opening a paragraph): the text after the colon.
    /// - Parameter anywhere: also a `Reason:` that opens a paragraph (for commits known to be reverts).
    static func revertReason(in paragraph: Range<Int>, of body: [UInt8], anywhere: Bool) -> MessageSentence? {
        let bytes = Array(body[paragraph])
        let lower = bytes.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }
        for marker in ["reason for revert:", "revert reason:", "reason for reverting:", "reason:"] where anywhere || marker != "reason:" {
            let needle = Array(marker.utf8)
            guard let at = firstIndex(of: needle, in: lower), marker != "reason:" || at == 0 else { continue }
            guard let span = span(bytes, from: at + needle.count, to: bytes.count, base: paragraph.lowerBound),
                  span.text.utf8.count > 2 else { return nil }
            return MessageSentence(role: .revertReason, text: span.text, offset: span.offset, length: span.length)
        }
        return nil
    }

    // MARK: - Lines

    static func isBlank(_ line: ArraySlice<UInt8>) -> Bool { line.allSatisfy(isSpace) }

    static func isFence(_ line: ArraySlice<UInt8>) -> Bool {
        let trimmed = line.drop(while: isSpace)
        return trimmed.starts(with: Array("```".utf8)) || trimmed.starts(with: Array("~~~".utf8))
    }

    /// Not code, quoted output, list items, tables, traces, benchmark rows, trailers or references.
    static func isProseLine(_ line: ArraySlice<UInt8>) -> Bool {
        guard let first = line.first else { return false }
        // Indented text is code or quoted output; the parser has already removed git's own indent.
        if first == UInt8(ascii: "\t") || line.starts(with: [0x20, 0x20]) { return false }
        if lineOpeners.contains(where: { line.starts(with: $0) }) { return false }
        // Traces, dumps and benchmark tables, found on the bytes before any String is made.
        if containsHexAddress(line) || lineMarkers.contains(where: { contains(line, $0) }) { return false }
        // Tables of numbers and trace lines (`proc.go:123`), counted over the line's words.
        var wordCount = 0
        var numeric = 0
        var index = line.startIndex
        while index < line.endIndex {
            while index < line.endIndex, line[index] == 0x20 { index += 1 }
            guard index < line.endIndex else { break }
            let start = index
            while index < line.endIndex, line[index] != 0x20 { index += 1 }
            let word = line[start..<index]
            wordCount += 1
            if isNumeric(word) { numeric += 1 }
            if isSourcePosition(word) { return false }
        }
        if numeric >= 3, numeric * 2 >= wordCount { return false }
        guard wordCount <= 6 || line.prefix(40).contains(UInt8(ascii: ":")) else { return true }
        let text = String(decoding: line, as: UTF8.self)
        let words = text.split(separator: " ", omittingEmptySubsequences: true)
        guard let head = words.first else { return false }
        // `Fixes golang/go#1`, `Change-Id: I...`, `Signed-off-by: ...`.
        if head.hasSuffix(":") || words.count <= 6 {
            let key = head.hasSuffix(":") ? head.dropLast().lowercased() : head.lowercased()
            if head.hasSuffix(":"), trailerLikeKeys.contains(key) || (head.contains("-") && words.count > 1 && key.count > 3 && words.count <= 6) {
                return false
            }
            if referenceWords.contains(key), words.count <= 6, text.contains("#") || text.contains("/issue") || text.contains("CL ") { return false }
        }
        return head != "geomean"
    }

    /// "12.5%", "3x", "-20.59%": a number as a table cell has it.
    static func isNumeric(_ word: ArraySlice<UInt8>) -> Bool {
        var digit = false
        for byte in word {
            if byte >= 0x30, byte <= 0x39 { digit = true; continue }
            guard ".,%x~-+".utf8.contains(byte) else { return false }
        }
        return digit
    }

    /// `proc.go:1234`: a file name with a dot, a colon, then digits only.
    static func isSourcePosition(_ word: ArraySlice<UInt8>) -> Bool {
        guard let colon = word.lastIndex(of: UInt8(ascii: ":")), colon > word.startIndex, colon + 1 < word.endIndex else { return false }
        let before = word[word.startIndex..<colon]
        guard before.contains(UInt8(ascii: ".")), before.last != UInt8(ascii: ".") else { return false }
        return word[(colon + 1)...].allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
    }

    /// Line openers of code, quotes, lists, tables, diffs and boilerplate.
    static let lineOpeners: [[UInt8]] = [
        "> ", "$ ", "+ ", "- ", "* ", "# ", "|", "#0", "@@", "+++", "---", "[git-generate]", "(cherry picked from",
        "This reverts commit", "This reverts CL", "goroutine ", "panic: ",
    ].map { Array($0.utf8) }

    /// Anywhere in a line: benchmark units and table rules.
    static let lineMarkers: [[UInt8]] = ["±", "│", "ns/op", "B/op", "allocs/op", "sec/op"].map { Array($0.utf8) }

    static func contains(_ line: ArraySlice<UInt8>, _ needle: [UInt8]) -> Bool {
        guard let head = needle.first, line.count >= needle.count else { return false }
        var index = line.startIndex
        while index + needle.count <= line.endIndex {
            if line[index] == head, line[index..<index + needle.count].elementsEqual(needle) { return true }
            index += 1
        }
        return false
    }

    static let trailerLikeKeys: Set<String> = [
        "change-id", "reviewed-on", "signed-off-by", "co-authored-by", "reviewed-by", "acked-by", "tested-by", "reported-by",
        "suggested-by", "helped-by", "cc", "auto-submit", "commit-queue", "run-trybot", "trybot-result", "luci-trybot-result",
        "cq-include-trybots", "bug", "fixes", "updates", "closes", "for", "see", "refs", "related", "test", "tests", "link",
    ]
    static let referenceWords: Set<String> = ["fixes", "fixed", "updates", "for", "closes", "close", "see", "refs", "ref", "related", "fix"]

    static func containsHexAddress(_ line: ArraySlice<UInt8>) -> Bool {
        var index = line.startIndex
        while index + 5 < line.endIndex {
            if line[index] == UInt8(ascii: "0"), line[index + 1] == UInt8(ascii: "x") || line[index + 1] == UInt8(ascii: "X") {
                var digits = 0
                var cursor = index + 2
                while cursor < line.endIndex, isHexDigit(line[cursor]) { digits += 1; cursor += 1 }
                if digits >= 6 { return true }
            }
            index += 1
        }
        return false
    }

    // MARK: - Bytes

    static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D }

    static func isHexDigit(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x61 && byte <= 0x66) || (byte >= 0x41 && byte <= 0x46)
    }

    /// Abbreviations whose full stop does not end a sentence.
    static let abbreviations: Set<String> = ["e.g", "i.e", "etc", "vs", "cf", "approx", "incl", "no", "mr", "ms", "dr", "resp", "viz"]

    /// A full stop, `!` or `?` followed by white space and a capital, digit, quote or bracket; not after an abbreviation or an initial.
    static func endsSentence(_ bytes: [UInt8], at index: Int) -> Bool {
        var next = index + 1
        // `.)` and `."` close a sentence too.
        while next < bytes.count, bytes[next] == UInt8(ascii: ")") || bytes[next] == UInt8(ascii: "\"") { next += 1 }
        guard next < bytes.count else { return true }
        guard isSpace(bytes[next]) else { return false }
        while next < bytes.count, isSpace(bytes[next]) { next += 1 }
        guard next < bytes.count else { return true }
        let following = bytes[next]
        let opensSentence = (following >= 0x41 && following <= 0x5A) || (following >= 0x30 && following <= 0x39) || following >= 0x80
            || following == UInt8(ascii: "\"") || following == UInt8(ascii: "'") || following == UInt8(ascii: "(") || following == UInt8(ascii: "`")
        guard opensSentence || opensWithIdentifier(bytes, at: next) else { return false }
        guard bytes[index] == UInt8(ascii: ".") else { return true }
        var wordStart = index
        while wordStart > 0, !isSpace(bytes[wordStart - 1]), bytes[wordStart - 1] != UInt8(ascii: "(") { wordStart -= 1 }
        let word = String(decoding: bytes[wordStart..<index], as: UTF8.self).lowercased()
        if abbreviations.contains(word) { return false }
        // "J. Random": a lone capital is an initial.
        if index - wordStart == 1, bytes[wordStart] >= 0x41, bytes[wordStart] <= 0x5A { return false }
        return true
    }

    /// "... ancestry. commit_contains() exposes ...": a sentence may open with a lower-case
    /// identifier, known by its underscore or call parentheses.
    static func opensWithIdentifier(_ bytes: [UInt8], at start: Int) -> Bool {
        guard bytes[start] >= 0x61, bytes[start] <= 0x7A else { return false }
        var index = start
        while index < bytes.count, !isSpace(bytes[index]) {
            if bytes[index] == UInt8(ascii: "_") || bytes[index] == UInt8(ascii: "(") { return true }
            index += 1
        }
        return false
    }

    /// The bytes `from..<to` of a paragraph as a span: trimmed, white space folded; `nil` when empty.
    static func span(_ bytes: [UInt8], from: Int, to: Int, base: Int) -> Span? {
        var start = from
        var end = to
        while start < end, isSpace(bytes[start]) { start += 1 }
        while end > start, isSpace(bytes[end - 1]) { end -= 1 }
        guard start < end else { return nil }
        var folded: [UInt8] = []
        folded.reserveCapacity(end - start)
        var lastWasSpace = false
        for byte in bytes[start..<end] {
            if isSpace(byte) {
                if !lastWasSpace { folded.append(0x20) }
                lastWasSpace = true
            } else {
                folded.append(byte)
                lastWasSpace = false
            }
        }
        return Span(text: String(decoding: folded, as: UTF8.self), offset: base + start, length: end - start)
    }

    static func firstIndex(of needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard !needle.isEmpty, haystack.count >= needle.count else { return nil }
        var index = haystack.startIndex
        while index + needle.count <= haystack.endIndex {
            if haystack[index] == needle[0], haystack[index..<index + needle.count].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }
}
