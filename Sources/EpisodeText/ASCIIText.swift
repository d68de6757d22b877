/// String-level fast paths for the common case of ASCII text. Commit messages are almost
/// always ASCII, and for ASCII the UTF-8 bytes are the characters, so these give exactly the
/// answers of the `Character` and Foundation calls they stand in for, at a fraction of the
/// cost. Callers keep the general path for text with any other byte. Built on `ByteText`. Pure.
package enum ASCIIText {
    package static func isASCII<S: StringProtocol>(_ text: S) -> Bool {
        if let result = text.utf8.withContiguousStorageIfAvailable(ByteText.isASCII) { return result }
        return text.utf8.allSatisfy { $0 < 0x80 }
    }

    /// Whether `needle` (ASCII bytes) occurs in `haystack`, comparing bytes exactly.
    package static func contains<S: StringProtocol>(_ haystack: S, _ needle: StaticString) -> Bool {
        firstOffset(of: needle, in: haystack) != nil
    }

    /// The UTF-8 offset where `needle` (ASCII bytes) first occurs in `haystack`, comparing bytes exactly.
    package static func firstOffset<S: StringProtocol>(of needle: StaticString, in haystack: S, from start: Int = 0) -> Int? {
        needle.withUTF8Buffer { needleBytes -> Int? in
            let found = haystack.utf8.withContiguousStorageIfAvailable { bytes in
                ByteText.firstOffset(of: needleBytes, in: bytes, from: start, caseInsensitive: false)
            }
            if let found { return found }
            return ByteText.firstOffset(of: needleBytes, in: Array(haystack.utf8), from: start, caseInsensitive: false)
        }
    }

    /// The lines of an ASCII text as `split(separator: "\n", omittingEmptySubsequences: false)`
    /// gives them: `\r\n` is one character, so a line break after `\r` does not split.
    package static func lines(of text: String) -> [Substring] {
        var lines: [Substring] = []
        let utf8 = text.utf8
        var start = utf8.startIndex
        var previous: UInt8 = 0
        var index = utf8.startIndex
        while index != utf8.endIndex {
            let byte = utf8[index]
            if byte == UInt8(ascii: "\n"), previous != UInt8(ascii: "\r") {
                lines.append(text[start..<index])
                start = utf8.index(after: index)
            }
            previous = byte
            index = utf8.index(after: index)
        }
        lines.append(text[start..<utf8.endIndex])
        return lines
    }

    /// `a.lowercased() == b.lowercased()`, by bytes when both are ASCII.
    package static func equalIgnoringCase(_ a: String, _ b: String) -> Bool {
        guard isASCII(a), isASCII(b) else { return a.lowercased() == b.lowercased() }
        return a.utf8.count == b.utf8.count && zip(a.utf8, b.utf8).allSatisfy { ByteText.lowered($0) == ByteText.lowered($1) }
    }

    /// ASCII bytes as a lowercase string.
    package static func lowercased<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> String {
        String(unsafeUninitializedCapacity: bytes.count) { buffer in
            for (index, byte) in bytes.enumerated() { buffer[index] = ByteText.lowered(byte) }
            return bytes.count
        }
    }
}
