/// A text as lowercase words, for cheap word and phrase tests without regular expressions.
struct Words: Sendable {
    /// The words in order.
    let list: [String]
    let set: Set<String>
    /// `" word word word "`: phrase tests are `contains(" data race ")`.
    let joined: String

    init(_ text: String) {
        var words: [String] = []
        var current = ""
        for scalar in text.unicodeScalars {
            if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "'" || scalar == "_" {
                current.unicodeScalars.append(scalar)
            } else if !current.isEmpty {
                words.append(current.lowercased())
                current = ""
            }
        }
        if !current.isEmpty { words.append(current.lowercased()) }
        list = words
        set = Set(words)
        joined = " " + words.joined(separator: " ") + " "
    }

    func has(_ word: String) -> Bool { set.contains(word) }

    /// Whether a word or a phrase of several words occurs.
    func mentions(_ phrase: String) -> Bool {
        guard phrase.contains(" ") else { return set.contains(phrase) }
        // Cheap test first: every word of the phrase must occur at all.
        guard phrase.split(separator: " ").allSatisfy({ set.contains(String($0)) }) else { return false }
        return joined.contains(" " + phrase + " ")
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
