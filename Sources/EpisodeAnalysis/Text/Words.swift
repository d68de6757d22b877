import EpisodeText

/// A text as lowercase words, for cheap word and phrase tests without regular expressions.
struct Words: Sendable {
    /// Each word's bytes packed into integers, so phrase tests compare numbers, not strings.
    private let keys: [WordKey]
    /// Where the words come from: an ASCII text's byte ranges (lowercased when read), or the words themselves.
    private let source: Source

    private enum Source: Sendable {
        case ascii(String, [Range<Int>])
        case words([String])
    }

    init(_ text: String) {
        if ASCIIText.isASCII(text) {
            // ASCII: letters are A-Z and a-z, and lowercasing is a bit flip; no string per word is made.
            var keys: [WordKey] = []
            var ranges: [Range<Int>] = []
            var key = WordKey.Builder()
            var start = 0
            var offset = 0
            for byte in text.utf8 {
                if ByteText.isLetter(byte) || ByteText.isDigit(byte) || byte == UInt8(ascii: "'") || byte == UInt8(ascii: "_") {
                    if key.count == 0 { start = offset }
                    key.append(ByteText.lowered(byte))
                } else if key.count > 0 {
                    keys.append(key.key)
                    ranges.append(start..<offset)
                    key = WordKey.Builder()
                }
                offset += 1
            }
            if key.count > 0 {
                keys.append(key.key)
                ranges.append(start..<offset)
            }
            self.keys = keys
            source = .ascii(text, ranges)
            return
        }
        var words: [String] = []
        var current = ""
        for scalar in text.unicodeScalars {
            let isWordScalar = scalar.isASCII
                ? ByteText.isLetter(UInt8(scalar.value)) || ByteText.isDigit(UInt8(scalar.value)) || scalar == "'" || scalar == "_"
                : scalar.properties.isAlphabetic
            if isWordScalar {
                current.unicodeScalars.append(scalar)
            } else if !current.isEmpty {
                words.append(current.lowercased())
                current = ""
            }
        }
        if !current.isEmpty { words.append(current.lowercased()) }
        keys = words.map(WordKey.init)
        source = .words(words)
    }

    /// The words in order.
    var list: [String] {
        switch source {
        case let .words(words): words
        case let .ascii(text, ranges): ranges.map { ASCIIText.lowercased(Words.bytes(of: text, in: $0)) }
        }
    }

    /// The first word, if any.
    var first: String? {
        guard !keys.isEmpty else { return nil }
        switch source {
        case let .words(words): return words[0]
        case let .ascii(text, ranges): return ASCIIText.lowercased(Words.bytes(of: text, in: ranges[0]))
        }
    }

    private static func bytes(of text: String, in range: Range<Int>) -> Substring.UTF8View {
        let utf8 = text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
        return utf8[start..<utf8.index(start, offsetBy: range.count)]
    }

    /// Whether a word or a phrase of several words (in a row) occurs.
    func mentions(_ phrase: String) -> Bool {
        firstMention(of: PhraseList([phrase])) != nil
    }

    /// The first of `phrases` that occurs, if any.
    func firstMention(of phrases: [String]) -> String? {
        firstMention(of: PhraseList(phrases))
    }

    /// The first of `phrases` that occurs, if any.
    func firstMention(of phrases: PhraseList) -> String? {
        phrases.phrases.indices.first { mentions(phrases, at: $0) }.map { phrases.phrases[$0] }
    }

    /// Every one of `phrases` that occurs, in the list's order.
    func mentions(of phrases: PhraseList) -> [String] {
        phrases.phrases.indices.filter { mentions(phrases, at: $0) }.map { phrases.phrases[$0] }
    }

    /// Whether the phrase at `position` occurs: by keys, or by strings for a phrase with a word
    /// too long for a `WordKey`.
    private func mentions(_ phrases: PhraseList, at position: Int) -> Bool {
        phrases.hasLongWord[position] ? Words.occurs(phrases.words[position], in: list) : Words.occurs(phrases.keys[position], in: keys)
    }

    private static func occurs<Word: Equatable>(_ parts: [Word], in words: [Word]) -> Bool {
        guard !parts.isEmpty, parts.count <= words.count else { return false }
        let first = parts[0]
        for start in 0...(words.count - parts.count) where words[start] == first {
            var matched = 1
            while matched < parts.count, words[start + matched] == parts[matched] { matched += 1 }
            if matched == parts.count { return true }
        }
        return false
    }
}
