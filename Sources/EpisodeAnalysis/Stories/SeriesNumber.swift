/// A part number in a subject: `[PATCH v2 2/5]`, `[2/5]`, `(2/5)`, `(part 2 of 3)`, `part 2/3`.
struct SeriesNumber: Equatable {
    var part: Int
    var count: Int

    /// The subject's part number, or `nil` when it names none (or an odd one, such as `3/2`).
    static func find(in subject: String) -> SeriesNumber? {
        let words = subject.lowercased().split(whereSeparator: { $0 == " " || $0 == "[" || $0 == "]" || $0 == "(" || $0 == ")" || $0 == ":" || $0 == "," })
        let bracketed = subject.contains("[") || subject.contains("(")
        for (index, word) in words.enumerated() {
            let afterPart = index > 0 && words[index - 1] == "part"
            // "2/5" inside brackets or after "part".
            if afterPart || bracketed, let slash = word.firstIndex(of: "/"),
               let part = Int(word[..<slash]), let count = Int(word[word.index(after: slash)...]), let number = valid(part, count) {
                return number
            }
            // "part 2 of 3", "(2 of 3)".
            if afterPart || bracketed, index + 2 < words.count, words[index + 1] == "of",
               let part = Int(word), let count = Int(words[index + 2]), afterPart || isWrapped(subject, part, count), let number = valid(part, count) {
                return number
            }
        }
        return nil
    }

    private static func valid(_ part: Int, _ count: Int) -> SeriesNumber? {
        (2...99).contains(count) && (1...count).contains(part) ? SeriesNumber(part: part, count: count) : nil
    }

    /// "(2 of 3)" or "[2 of 3]", not "2 of 3 tests" in running text.
    private static func isWrapped(_ subject: String, _ part: Int, _ count: Int) -> Bool {
        subject.contains("(\(part) of \(count))") || subject.contains("[\(part) of \(count)]")
    }
}
