/// Byte-level helpers: classifying ASCII bytes and scanning a buffer (one line of `git log`
/// output, or a text's UTF-8) without building Strings. `ASCIIText` holds the String-level
/// fast paths built on these. Pure.
///
/// Public and `@inlinable` so that the parser's hot loops in other targets inline them: Swift
/// 6.3 does not inline `package` declarations across modules (measured: 13% slower parsing).
/// EpisodeText is no product, so this is not the library's API.
public enum ByteText {
    /// True when `line` starts with the ASCII text of `prefix`.
    @inlinable @inline(__always)
    public static func hasPrefix(_ line: UnsafeBufferPointer<UInt8>, _ prefix: StaticString) -> Bool {
        let count = prefix.utf8CodeUnitCount
        guard line.count >= count else { return false }
        let start = prefix.utf8Start
        var index = 0
        while index < count {
            if line[index] != start[index] { return false }
            index += 1
        }
        return true
    }

    /// The part of `line` from `offset` to the end.
    @inlinable @inline(__always)
    public static func drop(_ line: UnsafeBufferPointer<UInt8>, _ offset: Int) -> UnsafeBufferPointer<UInt8> {
        let start = min(offset, line.count)
        return UnsafeBufferPointer(rebasing: line[start...])
    }

    /// The part of `line` after `prefix`, which the caller has checked it starts with.
    @inlinable @inline(__always)
    public static func drop(_ line: UnsafeBufferPointer<UInt8>, after prefix: StaticString) -> UnsafeBufferPointer<UInt8> {
        drop(line, prefix.utf8CodeUnitCount)
    }

    /// `line[from..<to]` as its own buffer.
    @inlinable @inline(__always)
    public static func slice(_ line: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: line[from..<max(from, to)])
    }

    /// `line` without leading and trailing spaces and tabs (no other bytes).
    @inlinable
    public static func trimmingSpacesAndTabs(_ line: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        var start = 0
        var end = line.count
        while start < end, line[start] == 0x20 || line[start] == 0x09 { start += 1 }
        while end > start, line[end - 1] == 0x20 || line[end - 1] == 0x09 { end -= 1 }
        return slice(line, start, end)
    }

    /// Index of the first `byte` at or after `from`, or nil.
    @inlinable @inline(__always)
    public static func firstIndex(of byte: UInt8, in line: UnsafeBufferPointer<UInt8>, from: Int = 0) -> Int? {
        var index = from
        while index < line.count {
            if line[index] == byte { return index }
            index += 1
        }
        return nil
    }

    /// Index of the last `byte`, or nil.
    @inlinable
    public static func lastIndex(of byte: UInt8, in line: UnsafeBufferPointer<UInt8>) -> Int? {
        var index = line.count - 1
        while index >= 0 {
            if line[index] == byte { return index }
            index -= 1
        }
        return nil
    }

    /// Index where `needle` starts in `line`, searching from `from`, or nil.
    @inlinable
    public static func firstIndex(of needle: StaticString, in line: UnsafeBufferPointer<UInt8>, from: Int = 0) -> Int? {
        let count = needle.utf8CodeUnitCount
        let bytes = needle.utf8Start
        guard count > 0, line.count >= count else { return nil }
        var index = from
        while index + count <= line.count {
            if line[index] == bytes[0] {
                var matched = 1
                while matched < count, line[index + matched] == bytes[matched] { matched += 1 }
                if matched == count { return index }
            }
            index += 1
        }
        return nil
    }

    /// Index where `needle` starts for the last time in `line`, or nil.
    @inlinable
    public static func lastIndex(of needle: StaticString, in line: UnsafeBufferPointer<UInt8>) -> Int? {
        let count = needle.utf8CodeUnitCount
        let bytes = needle.utf8Start
        guard count > 0, line.count >= count else { return nil }
        var index = line.count - count
        while index >= 0 {
            var matched = 0
            while matched < count, line[index + matched] == bytes[matched] { matched += 1 }
            if matched == count { return index }
            index -= 1
        }
        return nil
    }

    @inlinable @inline(__always)
    public static func isDigit(_ byte: UInt8) -> Bool { byte &- 0x30 < 10 }

    @inlinable @inline(__always)
    public static func isHex(_ byte: UInt8) -> Bool {
        byte &- 0x30 < 10 || byte &- 0x61 < 6 || byte &- 0x41 < 6
    }

    /// Length of the run of hex digits at the start of `line` from `from`.
    @inlinable @inline(__always)
    public static func hexRun(_ line: UnsafeBufferPointer<UInt8>, from: Int = 0) -> Int {
        var index = from
        while index < line.count, isHex(line[index]) { index += 1 }
        return index - from
    }

    /// A decimal number made of all the digits in `line[from..<to]`, or nil when there is none
    /// or something else is in between. Saturates instead of overflowing.
    @inlinable
    public static func decimal(_ line: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> Int? {
        guard from < to else { return nil }
        var value = 0
        var index = from
        while index < to {
            let digit = line[index] &- 0x30
            guard digit < 10 else { return nil }
            if value < Int.max / 20 { value = value * 10 + Int(digit) }
            index += 1
        }
        return value
    }

    /// Reads digits starting at `index`, moving it past them; nil when there is no digit.
    @inlinable
    public static func readDecimal(_ line: UnsafeBufferPointer<UInt8>, _ index: inout Int) -> Int? {
        let start = index
        while index < line.count, isDigit(line[index]) { index += 1 }
        return decimal(line, start, index)
    }

    /// True when every byte of `line` is a space or tab (or the line is empty).
    @inlinable
    public static func isBlank(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        for byte in line where byte != 0x20 && byte != 0x09 { return false }
        return true
    }

    /// ASCII letters A-Z and a-z.
    @inlinable
    public static func isLetter(_ byte: UInt8) -> Bool {
        let folded = byte | 0x20
        return folded >= UInt8(ascii: "a") && folded <= UInt8(ascii: "z")
    }

    /// An ASCII capital made lowercase; every other byte as it is.
    @inlinable
    public static func lowered(_ byte: UInt8) -> UInt8 {
        byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte
    }

    /// What Foundation's `whitespacesAndNewlines` holds among ASCII characters: space, tab,
    /// line feed, vertical tab, form feed and carriage return.
    @inlinable
    public static func isWhitespace(_ byte: UInt8) -> Bool { byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) }

    /// Eight bytes at a time: bytes are ASCII when no byte has its high bit set.
    @inlinable
    public static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
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

    /// The offset where `needle` (ASCII; lowercase when `caseInsensitive`) first occurs in
    /// `bytes` at or after `start`; `caseInsensitive` folds ASCII capitals in `bytes`.
    @inlinable
    public static func firstOffset<N: Collection<UInt8>, H: RandomAccessCollection<UInt8>>(
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

    /// `firstOffset(of:in:from:caseInsensitive: true)` for a needle that starts with a lowercase
    /// letter, skipping eight bytes at a time while none of them is that letter in either case.
    @inlinable
    public static func firstOffsetIgnoringCase(of needle: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard let first = needle.first, first >= UInt8(ascii: "a"), first <= UInt8(ascii: "z"), let base = bytes.baseAddress else {
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
}
