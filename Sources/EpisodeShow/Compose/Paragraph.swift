/// Tidies one rendered segment into a single paragraph line: whitespace runs become one
/// space, no space before `, . ; : ! ?` when the mark ends a word (so ".git" keeps its
/// space), and no space at either end. Joining every such mark would turn "invalid .git"
/// into "invalid.git", which a voice then misreads.
enum Paragraph {
    static func tidy(_ text: String) -> String {
        var words: [Substring] = []
        for word in text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }) {
            if let first = word.first, ",.;:!?".contains(first), !words.isEmpty,
               word.count == 1 || word.dropFirst().allSatisfy({ ",.;:!?)\"'".contains($0) }) {
                words[words.count - 1] = Substring(String(words[words.count - 1]) + word)
                continue
            }
            words.append(word)
        }
        // A sentence cut after its colon ("twice before:" + ".") ends with the period alone.
        for index in words.indices where words[index].hasSuffix(":.") {
            words[index] = Substring(String(words[index].dropLast(2)) + ".")
        }
        return words.joined(separator: " ")
    }
}
