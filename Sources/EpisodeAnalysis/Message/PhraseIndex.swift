/// Phrases of one or more lower-case words, indexed by their first word, so that a sentence is
/// tested against a whole list in one pass over its words instead of once per phrase.
struct PhraseIndex: Sendable {
    /// Each phrase's number (its place in the list) and the rest of its words, by first word.
    private let byFirst: [String: [(number: Int, rest: [String])]]

    init(_ phrases: [String]) {
        var index: [String: [(number: Int, rest: [String])]] = [:]
        for (number, phrase) in phrases.enumerated() {
            let words = phrase.split(separator: " ").map(String.init)
            guard let first = words.first else { continue }
            index[first, default: []].append((number, Array(words.dropFirst())))
        }
        byFirst = index
    }

    /// Whether any phrase occurs in `words`, in order and next to each other.
    func occurs(in words: [String]) -> Bool {
        for (position, word) in words.enumerated() {
            guard let candidates = byFirst[word] else { continue }
            if candidates.contains(where: { Self.follows($0.rest, at: position + 1, in: words) }) { return true }
        }
        return false
    }

    /// The numbers of the phrases that occur in `words`, ascending.
    func matches(in words: [String]) -> [Int] {
        var found = Set<Int>()
        for (position, word) in words.enumerated() {
            for candidate in byFirst[word] ?? [] where Self.follows(candidate.rest, at: position + 1, in: words) {
                found.insert(candidate.number)
            }
        }
        return found.sorted()
    }

    private static func follows(_ rest: [String], at start: Int, in words: [String]) -> Bool {
        rest.isEmpty || (start + rest.count <= words.count && words[start...].starts(with: rest))
    }
}
