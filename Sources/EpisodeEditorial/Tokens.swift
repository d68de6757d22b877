/// Whitespace-separated tokens of a text with surrounding punctuation trimmed, found by
/// scanning UTF-8 bytes (much cheaper than walking `Character`s).
enum Tokens {
    /// One token: where its bytes are in the text.
    struct Token {
        /// From the token's first byte to its last one that is not punctuation.
        let range: Range<Int>
        /// Whether every byte is ASCII: then a byte is a character and the bytes say everything.
        let isASCII: Bool

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
            while index != end {
                let byte = bytes[index]
                if isSpace(byte) { break }
                if !isPunctuation(byte) { lastKept = index }
                high |= byte
                index += 1
            }
            return Token(range: start..<(lastKept + 1), isASCII: high < 0x80)
        }
    }

    /// Calls `body` with the text's bytes (contiguous for native strings; copied otherwise).
    static func withBytes<Result>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        if let result = text.utf8.withContiguousStorageIfAvailable(body) { return result }
        return Array(text.utf8).withUnsafeBufferPointer(body)
    }

    static func isPunctuation(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x28, 0x29, 0x5B, 0x5D, 0x2C, 0x2E, 0x3B, 0x3A, 0x21, 0x3F, 0x22, 0x27: true  // ()[],.;:!?"'
        default: false
        }
    }

    static func isSpace(_ byte: UInt8) -> Bool { byte == 32 || byte == 10 || byte == 9 || byte == 13 }

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
