/// Writes JSON straight into bytes, byte-identical to Foundation's `JSONEncoder` with
/// `.sortedKeys` and `.withoutEscapingSlashes` (and `.prettyPrinted` for `.pretty`), at a
/// fraction of its time and memory. Callers write keys in sorted (byte) order and leave out
/// `nil` fields, as the synthesized `Codable` conformances do. Strings escape `"`, `\` and
/// control characters (`\b \t \n \f \r`, others as `\u00XX`); everything else, `/` and
/// non-ASCII included, is written as UTF-8. Pure. Public and `@inlinable` for the reason
/// `ByteText` gives: callers in other targets must inline the closures.
public struct JSONWriter {
    public enum Layout: Sendable {
        /// No spaces or newlines: one commit per line of JSON Lines.
        case compact
        /// Two spaces per level, `"key" : value`, an empty array or object as its brackets
        /// around one empty line.
        case pretty
    }

    public var bytes: [UInt8] = []
    @usableFromInline let layout: Layout
    /// How many arrays and objects are open.
    @usableFromInline var depth = 0
    /// Bit `n` is set while the array or object open at depth `n` has no member yet.
    @usableFromInline var emptyLevels: UInt64 = 0

    public init(layout: Layout) {
        self.layout = layout
    }

    @inlinable
    public mutating func object(_ members: (inout JSONWriter) -> Void) {
        open(UInt8(ascii: "{"))
        members(&self)
        close(UInt8(ascii: "}"))
    }

    // The same steps without closures, for the hottest writer (a commit per JSON Lines line),
    // where closures that are not inlined would retain every value they capture.

    @inlinable @inline(__always)
    public mutating func beginObject() { open(UInt8(ascii: "{")) }

    @inlinable @inline(__always)
    public mutating func endObject() { close(UInt8(ascii: "}")) }

    @inlinable @inline(__always)
    public mutating func beginArray() { open(UInt8(ascii: "[")) }

    @inlinable @inline(__always)
    public mutating func endArray() { close(UInt8(ascii: "]")) }

    /// Starts the next element of the open array.
    @inlinable @inline(__always)
    public mutating func element() { startMember() }

    /// Writes `"name":` for the value that follows.
    @inlinable @inline(__always)
    public mutating func key(_ name: StaticString) {
        startMember()
        bytes.append(UInt8(ascii: "\""))
        name.withUTF8Buffer { bytes.append(contentsOf: $0) }
        bytes.append(UInt8(ascii: "\""))
        if layout == .pretty { bytes.append(UInt8(ascii: " ")) }
        bytes.append(UInt8(ascii: ":"))
        if layout == .pretty { bytes.append(UInt8(ascii: " ")) }
    }

    @inlinable
    public mutating func array<Element>(_ elements: [Element], _ write: (inout JSONWriter, Element) -> Void) {
        open(UInt8(ascii: "["))
        for element in elements {
            startMember()
            write(&self, element)
        }
        close(UInt8(ascii: "]"))
    }

    @inlinable @inline(__always)
    public mutating func key(_ name: StaticString, _ value: (inout JSONWriter) -> Void) {
        key(name)
        value(&self)
    }

    @inlinable
    public mutating func strings(_ values: [String]) {
        beginArray()
        for value in values {
            element()
            string(value)
        }
        endArray()
    }

    @inlinable
    public mutating func boolean(_ value: Bool) {
        // A StaticString's bytes, not an array literal, which would allocate on every call.
        let word: StaticString = value ? "true" : "false"
        word.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// Foundation writes a whole number without `.0`, and otherwise what `description` gives.
    @inlinable
    public mutating func number(_ value: Double) {
        var text = value.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        bytes.append(contentsOf: text.utf8)
    }

    /// Decimal digits, written from the last without making a String.
    @inlinable
    public mutating func integer<Number: BinaryInteger>(_ value: Number) {
        var magnitude = UInt64(value.magnitude)
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &digits) { storage in
            repeat {
                storage[23 - count] = UInt8(truncatingIfNeeded: magnitude % 10) + UInt8(ascii: "0")
                magnitude /= 10
                count += 1
            } while magnitude > 0
            bytes.append(contentsOf: UnsafeRawBufferPointer(rebasing: storage[(24 - count)...]))
        }
    }

    /// `value` as a JSON string; only control characters, `"` and `\` are escaped.
    @inlinable
    public mutating func string(_ value: String) {
        bytes.append(UInt8(ascii: "\""))
        var text = value
        text.withUTF8 { source in
            var runStart = 0
            var index = 0
            let count = source.count
            let base = source.baseAddress
            while index < count {
                // Skip eight bytes at a time while none is a control character, `"` or `\`.
                if let base, index + 8 <= count {
                    let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                    let ones: UInt64 = 0x0101_0101_0101_0101
                    let highs: UInt64 = 0x8080_8080_8080_8080
                    let quote = word ^ (ones &* UInt64(UInt8(ascii: "\"")))
                    let backslash = word ^ (ones &* UInt64(UInt8(ascii: "\\")))
                    // A byte below 0x20 (the `& ~word` rules out 0x80 and above), or zero after the xor.
                    let control = (word &- ones &* 0x20) & ~word & highs
                    let hasQuote = (quote &- ones) & ~quote & highs
                    let hasBackslash = (backslash &- ones) & ~backslash & highs
                    if control | hasQuote | hasBackslash == 0 {
                        index += 8
                        continue
                    }
                }
                let byte = source[index]
                if byte >= 0x20, byte != UInt8(ascii: "\""), byte != UInt8(ascii: "\\") {
                    index += 1
                    continue
                }
                if index > runStart { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[runStart..<index])) }
                appendEscape(byte)
                index += 1
                runStart = index
            }
            if count > runStart { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[runStart..<count])) }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// The escape of one byte that a JSON string cannot hold as it is.
    @inlinable
    mutating func appendEscape(_ byte: UInt8) {
        bytes.append(UInt8(ascii: "\\"))
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"): bytes.append(byte)
        case 0x08: bytes.append(UInt8(ascii: "b"))
        case UInt8(ascii: "\t"): bytes.append(UInt8(ascii: "t"))
        case UInt8(ascii: "\n"): bytes.append(UInt8(ascii: "n"))
        case 0x0C: bytes.append(UInt8(ascii: "f"))
        case UInt8(ascii: "\r"): bytes.append(UInt8(ascii: "r"))
        default:
            // Lowercase hex digits, as `JSONEncoder` writes them.
            let hex: StaticString = "0123456789abcdef"
            bytes.append(UInt8(ascii: "u"))
            bytes.append(UInt8(ascii: "0"))
            bytes.append(UInt8(ascii: "0"))
            bytes.append(hex.utf8Start[Int(byte >> 4)])
            bytes.append(hex.utf8Start[Int(byte & 0x0F)])
        }
    }

    @inlinable @inline(__always)
    mutating func open(_ bracket: UInt8) {
        precondition(depth < 64, "JSONWriter nests at most 64 levels")
        bytes.append(bracket)
        emptyLevels |= 1 << UInt64(depth)
        depth += 1
    }

    @inlinable @inline(__always)
    mutating func close(_ bracket: UInt8) {
        depth -= 1
        let wasEmpty = emptyLevels & (1 << UInt64(depth)) != 0
        emptyLevels &= ~(1 << UInt64(depth))
        if layout == .pretty {
            if wasEmpty { bytes.append(UInt8(ascii: "\n")) }
            newline()
        }
        bytes.append(bracket)
    }

    @inlinable @inline(__always)
    mutating func startMember() {
        let bit: UInt64 = 1 << UInt64(depth - 1)
        if emptyLevels & bit != 0 {
            emptyLevels &= ~bit
        } else {
            bytes.append(UInt8(ascii: ","))
        }
        if layout == .pretty { newline() }
    }

    @inlinable
    mutating func newline() {
        bytes.append(UInt8(ascii: "\n"))
        for _ in 0..<(depth * 2) { bytes.append(UInt8(ascii: " ")) }
    }
}
