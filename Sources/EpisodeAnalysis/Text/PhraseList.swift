/// Phrases to look for with `Words`, prepared once: a phrase is its words separated by single spaces.
struct PhraseList: Sendable {
    let phrases: [String]
    let words: [[String]]
    let keys: [[WordKey]]
    /// Phrases with a word of more than 16 bytes are compared as strings.
    let hasLongWord: [Bool]

    init(_ phrases: [String]) {
        self.phrases = phrases
        words = phrases.map { phrase in phrase.split(separator: " ").map(String.init) }
        keys = words.map { $0.map(WordKey.init) }
        hasLongWord = words.map { $0.contains { $0.utf8.count > 16 } }
    }
}
