/// Finds the numbers a script says, written as digits or as words, so an edited count can be
/// compared with the draft's. Pure.
///
/// Words are those `SpokenNumber` writes: cardinals "zero" to "ninety-nine" (also "twenty three"
/// as two words) and ordinals from "third" on ("eighth", "twenty-first"); "first" and "second"
/// are left out because they are mostly not counts ("at first", "a second look"), and so is
/// "one" where it is a pronoun ("the one", "one of them", "no one"). Digits may carry thousands
/// separators, decimals, an ordinal suffix or a percent sign ("1,200", "1.27", "8th", "50%").
public enum NumberReader {
    /// Number words to their value, built from `SpokenNumber` so the two never disagree.
    static let wordValues: [String: Int] = {
        var table: [String: Int] = [:]
        for n in 0...99 { table[SpokenNumber.cardinal(n)] = n }
        for n in 3...99 { table[SpokenNumber.ordinal(n)] = n }
        return table
    }()

    static let tens: Set<String> = Set((2...9).map { SpokenNumber.cardinal($0 * 10) })
    static let units: [String: Int] = Dictionary(uniqueKeysWithValues: (1...9).map { (SpokenNumber.cardinal($0), $0) })
    static let unitOrdinals: [String: Int] = Dictionary(uniqueKeysWithValues: (1...9).map { (SpokenNumber.ordinal($0), $0) })

    /// Words before "one" that make it a pronoun, and words after it that do.
    static let pronounBefore: Set<String> = ["the", "no", "any", "each", "every", "this", "that", "which", "someone", "anyone", "a", "another", "only"]
    static let pronounAfter: Set<String> = ["of", "another", "by"]

    /// The numbers in `words`, in order.
    public static func numbers(in words: [ScriptWord]) -> [NumberMention] {
        var found: [NumberMention] = []
        var index = 0
        while index < words.count {
            let word = words[index]
            let core = word.core
            let lower = core.lowercased()
            if let value = digitValue(core) {
                found.append(NumberMention(value: value, written: core, line: word.line, column: word.column))
            } else if tens.contains(lower), index + 1 < words.count, !endsClause(word.text),
                      let unit = units[words[index + 1].core.lowercased()] ?? unitOrdinals[words[index + 1].core.lowercased()] {
                // "twenty three" or "twenty third" in two words.
                let value = wordValues[lower]! + unit
                found.append(NumberMention(value: String(value), written: core + " " + words[index + 1].core, line: word.line, column: word.column))
                index += 1
            } else if let value = wordValues[lower] {
                if lower == SpokenNumber.cardinal(1), isPronoun(at: index, in: words) {
                    index += 1
                    continue
                }
                found.append(NumberMention(value: String(value), written: core, line: word.line, column: word.column))
            }
            index += 1
        }
        return found
    }

    /// The numbers in a text, without positions.
    public static func values(in text: String) -> [String] {
        numbers(in: ScriptWord.unplaced(in: text)).map(\.value)
    }

    /// "2026" → "2026", "1,200" → "1200", "8th" → "8", "50%" → "50", "1.27" → "1.27"; nil for anything else ("go1.22", "v2").
    static func digitValue(_ core: String) -> String? {
        var text = Substring(core)
        if text.hasSuffix("%") { text = text.dropLast() }
        for suffix in ["st", "nd", "rd", "th"] where text.lowercased().hasSuffix(suffix) && text.count > 2 {
            let head = text.dropLast(2)
            if head.allSatisfy(\.isASCIIDigit) { text = head }
            break
        }
        guard let first = text.first, first.isASCIIDigit, let last = text.last, last.isASCIIDigit else { return nil }
        guard text.allSatisfy({ $0.isASCIIDigit || $0 == "," || $0 == "." }) else { return nil }
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2 else { return nil }  // "1.2.3" is a version, not a count
        let whole = parts[0].filter { $0 != "," }
        let trimmed = whole.drop(while: { $0 == "0" })
        let integer = trimmed.isEmpty ? "0" : String(trimmed)
        return parts.count == 2 ? integer + "." + parts[1] : integer
    }

    private static func isPronoun(at index: Int, in words: [ScriptWord]) -> Bool {
        if index > 0, !endsClause(words[index - 1].text), pronounBefore.contains(words[index - 1].core.lowercased()) { return true }
        if index + 1 < words.count, !endsClause(words[index].text), pronounAfter.contains(words[index + 1].core.lowercased()) { return true }
        return false
    }

    private static func endsClause(_ word: String) -> Bool {
        guard let last = word.last else { return false }
        return ".,;:!?".contains(last)
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}
