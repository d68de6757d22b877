/// Byte-level helpers for the common case of ASCII text. Commit messages are almost always
/// ASCII, and for ASCII the UTF-8 bytes are the characters, so these give exactly the answers of
/// the `Character` and Foundation calls they stand in for, at a fraction of the cost. Callers
/// keep the general path for text with any other byte. Pure.
enum ASCIIText {
    static func isASCII<S: StringProtocol>(_ text: S) -> Bool {
        if let result = text.utf8.withContiguousStorageIfAvailable(isASCII) { return result }
        return text.utf8.allSatisfy { $0 < 0x80 }
    }

    /// Eight bytes at a time: a text is ASCII when no byte has its high bit set.
    static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let raw = UnsafeRawPointer(base)
        var offset = 0
        var high: UInt64 = 0
        while offset + 8 <= bytes.count {
            high |= raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
            offset += 8
        }
        while offset < bytes.count {
            high |= UInt64(bytes[offset])
            offset += 1
        }
        return high & 0x8080_8080_8080_8080 == 0
    }

    /// Whether `needle` (ASCII bytes) occurs in `haystack`, comparing bytes exactly.
    static func contains<S: StringProtocol>(_ haystack: S, _ needle: StaticString) -> Bool {
        firstOffset(of: needle, in: haystack) != nil
    }

    /// The UTF-8 offset where `needle` (ASCII bytes) first occurs in `haystack`, comparing bytes exactly.
    static func firstOffset<S: StringProtocol>(of needle: StaticString, in haystack: S, from start: Int = 0) -> Int? {
        needle.withUTF8Buffer { needleBytes -> Int? in
            let found = haystack.utf8.withContiguousStorageIfAvailable { bytes in
                firstOffset(of: needleBytes, in: bytes, from: start, caseInsensitive: false)
            }
            if let found { return found }
            return firstOffset(of: needleBytes, in: Array(haystack.utf8), from: start, caseInsensitive: false)
        }
    }

    /// The offset where `needle` (ASCII; lowercase when `caseInsensitive`) first occurs in
    /// `bytes` at or after `start`; `caseInsensitive` folds ASCII capitals in `bytes`.
    static func firstOffset<N: Collection<UInt8>, H: RandomAccessCollection<UInt8>>(
        of needle: N, in bytes: H, from start: Int, caseInsensitive: Bool
    ) -> Int? where H.Index == Int {
        guard let first = needle.first, needle.count <= bytes.count else { return nil }
        let needleCount = needle.count
        var position = bytes.startIndex + start
        let last = bytes.endIndex - needleCount
        while position <= last {
            let byte = caseInsensitive ? lowered(bytes[position]) : bytes[position]
            if byte == first {
                var offset = 1
                var index = needle.index(after: needle.startIndex)
                while index != needle.endIndex {
                    let candidate = caseInsensitive ? lowered(bytes[position + offset]) : bytes[position + offset]
                    if candidate != needle[index] { break }
                    offset += 1
                    index = needle.index(after: index)
                }
                if index == needle.endIndex { return position - bytes.startIndex }
            }
            position += 1
        }
        return nil
    }

    /// The lines of an ASCII text as `split(separator: "\n", omittingEmptySubsequences: false)`
    /// gives them: `\r\n` is one character, so a line break after `\r` does not split.
    static func lines(of text: String) -> [Substring] {
        var lines: [Substring] = []
        let utf8 = text.utf8
        var start = utf8.startIndex
        var previous: UInt8 = 0
        var index = utf8.startIndex
        while index != utf8.endIndex {
            let byte = utf8[index]
            if byte == 0x0A, previous != 0x0D {
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
    static func equalIgnoringCase(_ a: String, _ b: String) -> Bool {
        guard isASCII(a), isASCII(b) else { return a.lowercased() == b.lowercased() }
        return a.utf8.count == b.utf8.count && zip(a.utf8, b.utf8).allSatisfy { lowered($0) == lowered($1) }
    }

    static func lowered(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
    }

    /// `firstOffset(of:in:from:caseInsensitive: true)` for a needle that starts with a lowercase
    /// letter, skipping eight bytes at a time while none of them is that letter in either case.
    static func firstOffsetIgnoringCase(of needle: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard let first = needle.first, first >= 0x61, first <= 0x7A, let base = bytes.baseAddress else {
            return firstOffset(of: needle, in: bytes, from: start, caseInsensitive: true)
        }
        let raw = UnsafeRawPointer(base)
        let ones: UInt64 = 0x0101_0101_0101_0101
        let pattern = UInt64(first) &* ones
        var position = start
        while position < bytes.count {
            // A zero byte in `word ^ pattern` (after folding case) marks a possible start.
            while position + 8 <= bytes.count {
                let folded = raw.loadUnaligned(fromByteOffset: position, as: UInt64.self) | (0x20 &* ones)
                let difference = folded ^ pattern
                if (difference &- ones) & ~difference & (0x80 &* ones) != 0 { break }
                position += 8
            }
            let stop = min(position + 8, bytes.count)
            for candidate in position..<stop where lowered(bytes[candidate]) == first && candidate + needle.count <= bytes.count {
                var matched = 1
                while matched < needle.count, lowered(bytes[candidate + matched]) == needle[matched] { matched += 1 }
                if matched == needle.count { return candidate }
            }
            position = stop
        }
        return nil
    }

    /// ASCII bytes as a lowercase string.
    static func lowercased<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> String {
        String(unsafeUninitializedCapacity: bytes.count) { buffer in
            for (index, byte) in bytes.enumerated() { buffer[index] = lowered(byte) }
            return bytes.count
        }
    }

    static func isLetter(_ byte: UInt8) -> Bool {
        let folded = byte | 0x20
        return folded >= 0x61 && folded <= 0x7A
    }

    static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    /// What Foundation's `whitespacesAndNewlines` holds among ASCII characters.
    static func isWhitespace(_ byte: UInt8) -> Bool { byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) }
}
