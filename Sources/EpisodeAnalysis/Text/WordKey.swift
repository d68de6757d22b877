/// A word of at most 16 UTF-8 bytes as two integers (no word holds a zero byte, so shorter
/// words differ from longer ones). Longer words all share one key; `PhraseList` compares
/// phrases with such words as strings instead.
struct WordKey: Hashable, Sendable {
    var low: UInt64 = 0
    var high: UInt64 = 0

    init(_ word: String) {
        var builder = Builder()
        for byte in word.utf8 { builder.append(byte) }
        self = builder.key
    }

    fileprivate init(low: UInt64, high: UInt64) {
        self.low = low
        self.high = high
    }

    /// Packs a word byte by byte.
    struct Builder {
        private(set) var count = 0
        private var low: UInt64 = 0
        private var high: UInt64 = 0

        mutating func append(_ byte: UInt8) {
            if count < 8 {
                low |= UInt64(byte) << (8 * count)
            } else if count < 16 {
                high |= UInt64(byte) << (8 * (count - 8))
            }
            count += 1
        }

        var key: WordKey { count > 16 ? WordKey(low: .max, high: .max) : WordKey(low: low, high: high) }
    }
}
