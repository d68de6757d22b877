/// A text as lowercase words, for cheap word and phrase tests without regular expressions.
struct Words: Sendable {
    /// The words in order.
    let list: [String]
    /// Each word's bytes packed into integers, so phrase tests compare numbers, not strings.
    private let keys: [WordKey]

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
        keys = words.map(WordKey.init)
    }

    func has(_ word: String) -> Bool { mentions(word) }

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
        for position in phrases.phrases.indices {
            let found = phrases.hasLongWord[position] ? occurs(phrases.words[position]) : occurs(phrases.keys[position])
            if found { return phrases.phrases[position] }
        }
        return nil
    }

    private func occurs(_ parts: [WordKey]) -> Bool {
        guard !parts.isEmpty, parts.count <= keys.count else { return false }
        let first = parts[0]
        for start in 0...(keys.count - parts.count) where keys[start] == first {
            var matched = 1
            while matched < parts.count, keys[start + matched] == parts[matched] { matched += 1 }
            if matched == parts.count { return true }
        }
        return false
    }

    /// The same test by string comparison, for phrases with a word too long for a `WordKey`.
    private func occurs(_ parts: [String]) -> Bool {
        guard !parts.isEmpty, parts.count <= list.count else { return false }
        for start in 0...(list.count - parts.count) where list[start] == parts[0] {
            var matched = 1
            while matched < parts.count, list[start + matched] == parts[matched] { matched += 1 }
            if matched == parts.count { return true }
        }
        return false
    }
}
