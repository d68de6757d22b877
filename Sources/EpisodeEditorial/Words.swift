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
        phrase.contains(" ") ? joined.contains(" " + phrase + " ") : set.contains(phrase)
    }

    /// The first of `phrases` that occurs, if any.
    func firstMention(of phrases: [String]) -> String? {
        phrases.first(where: mentions)
    }
}
