/// Whitespace-separated tokens of a text with surrounding punctuation trimmed, found by
/// scanning UTF-8 bytes (much cheaper than walking `Character`s).
enum Tokens {
    /// One token: where its bytes are in the text.
    struct Token {
        /// From the token's first byte to its last one that is not punctuation.
        let range: Range<Int>
        /// Whether every byte is ASCII: then a byte is a character and the bytes say everything.
        let isASCII: Bool
        /// Whether the token holds a `#` or a `/`, as an issue reference or a link does.
        let hasHashOrSlash: Bool

        /// The token as `split` gives it (which, for text other than ASCII, ends at a character boundary).
        func substring(of text: String) -> Substring {
            let utf8 = text.utf8
            let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
            if isASCII { return text[start..<utf8.index(start, offsetBy: range.count)] }
            return text[start...utf8.index(start, offsetBy: range.count - 1)]
        }
    }

    /// Walks the tokens of a text's bytes, one `next()` at a time.
    struct Cursor {
        let bytes: UnsafeBufferPointer<UInt8>
        private var index = 0

        init(_ bytes: UnsafeBufferPointer<UInt8>) {
            self.bytes = bytes
        }

        mutating func next() -> Token? {
            let end = bytes.count
            while index != end, isSeparator(bytes[index]) { index += 1 }
            guard index != end else { return nil }
            let start = index
            var lastKept = index
            var high: UInt8 = 0
            var marks = false
            while index != end {
                let byte = bytes[index]
                // Spaces, most punctuation, `#` and `/` are below 64: one bit test each.
                if byte < 64 {
                    let bit: UInt64 = 1 << UInt64(byte)
                    if bit & spaceMask != 0 { break }
                    if bit & punctuationMask == 0 { lastKept = index }
                    if bit & hashOrSlashMask != 0 { marks = true }
                } else {
                    if byte != 0x5B, byte != 0x5D { lastKept = index }
                    high |= byte
                }
                index += 1
            }
            return Token(range: start..<(lastKept + 1), isASCII: high < 0x80, hasHashOrSlash: marks)
        }
    }

    /// Calls `body` with the text's bytes (contiguous for native strings; copied otherwise).
    static func withBytes<Result>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        if let result = text.utf8.withContiguousStorageIfAvailable(body) { return result }
        return Array(text.utf8).withUnsafeBufferPointer(body)
    }

    /// Bits for space, line feed, tab and carriage return.
    static let spaceMask: UInt64 = 1 << 0x20 | 1 << 0x0A | 1 << 0x09 | 1 << 0x0D
    /// Bits for `()[],.;:!?"'` below 64 (all but the square brackets).
    static let punctuationMask: UInt64 = 1 << 0x28 | 1 << 0x29 | 1 << 0x2C | 1 << 0x2E | 1 << 0x3B | 1 << 0x3A | 1 << 0x21 | 1 << 0x3F
        | 1 << 0x22 | 1 << 0x27
    static let hashOrSlashMask: UInt64 = 1 << 0x23 | 1 << 0x2F

    static func isPunctuation(_ byte: UInt8) -> Bool {
        byte < 64 ? (1 << UInt64(byte)) & punctuationMask != 0 : byte == 0x5B || byte == 0x5D
    }

    static func isSpace(_ byte: UInt8) -> Bool { byte < 64 && (1 << UInt64(byte)) & spaceMask != 0 }

    static func isSeparator(_ byte: UInt8) -> Bool { isSpace(byte) || isPunctuation(byte) }

    static func split(_ text: String) -> [Substring] {
        let tokens: [Token] = withBytes(text) { bytes in
            var cursor = Cursor(bytes)
            var tokens: [Token] = []
            while let token = cursor.next() { tokens.append(token) }
            return tokens
        }
        return tokens.map { $0.substring(of: text) }
    }
}
