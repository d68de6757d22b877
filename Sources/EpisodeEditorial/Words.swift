/// A text as lowercase words, for cheap word and phrase tests without regular expressions.
struct Words: Sendable {
    /// The words in order.
    let list: [String]
    let set: Set<String>

    init(_ text: String) {
        var words: [String] = []
        if ASCIIText.isASCII(text) {
            // ASCII: letters are A-Z and a-z, and lowercasing is a bit flip.
            var current: [UInt8] = []
            for byte in text.utf8 {
                if ASCIIText.isLetter(byte) || ASCIIText.isDigit(byte) || byte == UInt8(ascii: "'") || byte == UInt8(ascii: "_") {
                    current.append(ASCIIText.lowered(byte))
                } else if !current.isEmpty {
                    words.append(String(decoding: current, as: UTF8.self))
                    current.removeAll(keepingCapacity: true)
                }
            }
            if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)) }
        } else {
            var current = ""
            for scalar in text.unicodeScalars {
                let isWordScalar = scalar.isASCII
                    ? ASCIIText.isLetter(UInt8(scalar.value)) || ASCIIText.isDigit(UInt8(scalar.value)) || scalar == "'" || scalar == "_"
                    : scalar.properties.isAlphabetic
                if isWordScalar {
                    current.unicodeScalars.append(scalar)
                } else if !current.isEmpty {
                    words.append(current.lowercased())
                    current = ""
                }
            }
            if !current.isEmpty { words.append(current.lowercased()) }
        }
        list = words
        set = Set(words)
    }

    func has(_ word: String) -> Bool { set.contains(word) }

    /// Whether a word or a phrase of several words occurs.
    func mentions(_ phrase: String) -> Bool {
        guard phrase.utf8.contains(UInt8(ascii: " ")) else { return set.contains(phrase) }
        let parts = phrase.split(separator: " ").map(String.init)
        // Cheap test first: every word of the phrase must occur at all.
        guard parts.allSatisfy(set.contains) else { return false }
        // Then the words in a row: what `" data race "` in the text joined by spaces would find.
        guard parts.count <= list.count else { return false }
        for start in 0...(list.count - parts.count) where list[start] == parts[0] {
            var matched = 1
            while matched < parts.count, list[start + matched] == parts[matched] { matched += 1 }
            if matched == parts.count { return true }
        }
        return false
    }

    /// The first of `phrases` that occurs, if any.
    func firstMention(of phrases: [String]) -> String? {
        phrases.first(where: mentions)
    }
}

/// Whitespace-separated tokens of a text with surrounding punctuation trimmed, found by
/// scanning UTF-8 bytes (much cheaper than walking `Character`s).
enum Tokens {
    static func isPunctuation(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x28, 0x29, 0x5B, 0x5D, 0x2C, 0x2E, 0x3B, 0x3A, 0x21, 0x3F, 0x22, 0x27: true  // ()[],.;:!?"'
        default: false
        }
    }

    static func split(_ text: String) -> [Substring] {
        var result: [Substring] = []
        let utf8 = text.utf8
        var index = utf8.startIndex
        while index != utf8.endIndex {
            while index != utf8.endIndex, isSpace(utf8[index]) || isPunctuation(utf8[index]) { index = utf8.index(after: index) }
            guard index != utf8.endIndex else { break }
            let start = index
            var lastKept = index
            while index != utf8.endIndex, !isSpace(utf8[index]) {
                if !isPunctuation(utf8[index]) { lastKept = index }
                index = utf8.index(after: index)
            }
            result.append(text[start...lastKept])
        }
        return result
    }

    static func isSpace(_ byte: UInt8) -> Bool { byte == 32 || byte == 10 || byte == 9 || byte == 13 }
}
