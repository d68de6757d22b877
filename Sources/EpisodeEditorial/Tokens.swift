/// Whitespace-separated tokens of a text with surrounding punctuation trimmed, found by
/// scanning UTF-8 bytes (much cheaper than walking `Character`s).
enum Tokens {
    /// One token met by `forEach`: its bytes, and its text on demand.
    struct Token {
        /// The token's bytes, from its first byte to its last one that is not punctuation.
        let bytes: UnsafeBufferPointer<UInt8>
        /// Whether every byte is ASCII: then a byte is a character and the bytes say everything.
        let isASCII: Bool
        fileprivate let text: String
        fileprivate let offset: Int

        /// The token as `split` gives it (which, for text other than ASCII, ends at a character boundary).
        var substring: Substring {
            let utf8 = text.utf8
            let start = utf8.index(utf8.startIndex, offsetBy: offset)
            if isASCII { return text[start..<utf8.index(start, offsetBy: bytes.count)] }
            return text[start...utf8.index(start, offsetBy: bytes.count - 1)]
        }
    }

    static func isPunctuation(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x28, 0x29, 0x5B, 0x5D, 0x2C, 0x2E, 0x3B, 0x3A, 0x21, 0x3F, 0x22, 0x27: true  // ()[],.;:!?"'
        default: false
        }
    }

    static func split(_ text: String) -> [Substring] {
        var result: [Substring] = []
        forEach(in: text) { result.append($0.substring) }
        return result
    }

    /// Calls `visit` with each token in order, without collecting them.
    static func forEach(in text: String, _ visit: (Token) -> Void) {
        let scanned: Void? = text.utf8.withContiguousStorageIfAvailable { bytes in
            forEach(bytes: bytes, text: text, visit)
        }
        if scanned == nil { Array(text.utf8).withUnsafeBufferPointer { forEach(bytes: $0, text: text, visit) } }
    }

    private static func forEach(bytes: UnsafeBufferPointer<UInt8>, text: String, _ visit: (Token) -> Void) {
        var index = 0
        let end = bytes.count
        while index != end {
            while index != end, isSpace(bytes[index]) || isPunctuation(bytes[index]) { index += 1 }
            guard index != end else { break }
            let start = index
            var lastKept = index
            var isASCII = true
            while index != end, !isSpace(bytes[index]) {
                if !isPunctuation(bytes[index]) { lastKept = index }
                if bytes[index] >= 0x80 { isASCII = false }
                index += 1
            }
            visit(Token(bytes: UnsafeBufferPointer(rebasing: bytes[start...lastKept]), isASCII: isASCII, text: text, offset: start))
        }
    }

    static func isSpace(_ byte: UInt8) -> Bool { byte == 32 || byte == 10 || byte == 9 || byte == 13 }
}
