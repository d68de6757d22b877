/// Small byte-level helpers for scanning one line of `git log` output without building Strings.
enum ByteText {
    /// True when `line` starts with the ASCII text of `prefix`.
    @inline(__always)
    static func hasPrefix(_ line: UnsafeBufferPointer<UInt8>, _ prefix: StaticString) -> Bool {
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
    @inline(__always)
    static func drop(_ line: UnsafeBufferPointer<UInt8>, _ offset: Int) -> UnsafeBufferPointer<UInt8> {
        let start = min(offset, line.count)
        return UnsafeBufferPointer(rebasing: line[start...])
    }

    /// `line[from..<to]` as its own buffer.
    @inline(__always)
    static func slice(_ line: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: line[from..<max(from, to)])
    }

    /// `line` without leading and trailing spaces and tabs.
    static func trimmed(_ line: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        var start = 0
        var end = line.count
        while start < end, line[start] == 0x20 || line[start] == 0x09 { start += 1 }
        while end > start, line[end - 1] == 0x20 || line[end - 1] == 0x09 { end -= 1 }
        return slice(line, start, end)
    }

    /// Index of the first `byte` at or after `from`, or nil.
    @inline(__always)
    static func firstIndex(of byte: UInt8, in line: UnsafeBufferPointer<UInt8>, from: Int = 0) -> Int? {
        var index = from
        while index < line.count {
            if line[index] == byte { return index }
            index += 1
        }
        return nil
    }

    /// Index of the last `byte`, or nil.
    static func lastIndex(of byte: UInt8, in line: UnsafeBufferPointer<UInt8>) -> Int? {
        var index = line.count - 1
        while index >= 0 {
            if line[index] == byte { return index }
            index -= 1
        }
        return nil
    }

    /// Index where `needle` starts in `line`, searching from `from`, or nil.
    static func firstIndex(of needle: StaticString, in line: UnsafeBufferPointer<UInt8>, from: Int = 0) -> Int? {
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
    static func lastIndex(of needle: StaticString, in line: UnsafeBufferPointer<UInt8>) -> Int? {
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

    @inline(__always)
    static func isDigit(_ byte: UInt8) -> Bool { byte &- 0x30 < 10 }

    @inline(__always)
    static func isHex(_ byte: UInt8) -> Bool {
        byte &- 0x30 < 10 || byte &- 0x61 < 6 || byte &- 0x41 < 6
    }

    /// Length of the run of hex digits at the start of `line` from `from`.
    @inline(__always)
    static func hexRun(_ line: UnsafeBufferPointer<UInt8>, from: Int = 0) -> Int {
        var index = from
        while index < line.count, isHex(line[index]) { index += 1 }
        return index - from
    }

    /// A decimal number made of all the digits in `line[from..<to]`, or nil when there is none
    /// or something else is in between. Saturates instead of overflowing.
    static func decimal(_ line: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> Int? {
        guard from < to else { return nil }
        var value = 0
        var index = from
        while index < to {
            let digit = line[index] &- 0x30
            guard digit < 10 else { return nil }
            // Too many digits for Int: no number rather than a silently shortened one.
            let (shifted, overflow) = value.multipliedReportingOverflow(by: 10)
            let (next, carry) = shifted.addingReportingOverflow(Int(digit))
            guard !overflow, !carry else { return nil }
            value = next
            index += 1
        }
        return value
    }

    /// Reads digits starting at `index`, moving it past them; nil when there is no digit.
    static func readDecimal(_ line: UnsafeBufferPointer<UInt8>, _ index: inout Int) -> Int? {
        let start = index
        while index < line.count, isDigit(line[index]) { index += 1 }
        return decimal(line, start, index)
    }

    /// True when every byte of `line` is a space or tab (or the line is empty).
    static func isBlank(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        for byte in line where byte != 0x20 && byte != 0x09 { return false }
        return true
    }

    /// The line as text for an issue message: at most 60 characters, quoted.
    static func excerpt(_ line: UnsafeBufferPointer<UInt8>) -> String {
        let limit = 60
        let cut = line.count > limit ? slice(line, 0, limit) : line
        var text = TextDecoding.string(cut)
        text = String(text.unicodeScalars.map { $0.value < 0x20 || $0.value == 0x7F ? "?" : Character($0) })
        return "'" + text + (line.count > limit ? "…'" : "'")
    }
}
