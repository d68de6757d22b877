/// A word of at most 16 UTF-8 bytes as two integers (no word holds a zero byte, so shorter
/// words differ from longer ones). Longer words all share one key; `PhraseList` compares
/// phrases with such words as strings instead.
struct WordKey: Hashable, Sendable {
    var low: UInt64 = 0
    var high: UInt64 = 0

    init(_ word: String) {
        var count = 0
        for byte in word.utf8 {
            if count < 8 {
                low |= UInt64(byte) << (8 * count)
            } else if count < 16 {
                high |= UInt64(byte) << (8 * (count - 8))
            }
            count += 1
        }
        if count > 16 { (low, high) = (.max, .max) }
    }
}
