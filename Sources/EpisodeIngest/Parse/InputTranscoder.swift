import EpisodeText

/// Detects the text encoding at the start of the input and converts UTF-16 to UTF-8.
///
/// git writes UTF-8, but `git log > file` in Windows PowerShell 5 writes UTF-16LE (with a
/// byte-order mark, and some pipes without one). Looking at the first four bytes is enough:
/// a BOM names the encoding; `x 0 x 0` is UTF-16LE text, `0 x 0 x` UTF-16BE. A UTF-8 BOM is
/// dropped. Everything else is passed through as UTF-8 untouched.
struct InputTranscoder {
    enum Encoding: Equatable {
        case undecided, utf8, utf16LittleEndian, utf16BigEndian
    }

    private(set) var encoding: Encoding = .undecided
    /// Bytes held back until four are there to decide the encoding.
    private var head: [UInt8] = []
    /// A trailing odd byte of UTF-16 input, completed by the next chunk.
    private var oddByte: UInt8?
    /// A high surrogate waiting for its low half.
    private var highSurrogate: UInt16?

    /// True once the input is known to be UTF-8 and nothing is held back, so chunks can be used as they are.
    var passesThrough: Bool { encoding == .utf8 && head.isEmpty }

    /// Converts `bytes` to UTF-8, appending to `output`.
    mutating func transcode(_ bytes: UnsafeBufferPointer<UInt8>, into output: inout [UInt8]) {
        if encoding == .undecided {
            head.append(contentsOf: bytes)
            if head.count < 4 { return }
            decide(into: &output)
            return
        }
        if !head.isEmpty {
            let held = head
            head = []
            held.withUnsafeBufferPointer { transcode($0, into: &output) }
        }
        switch encoding {
        case .undecided, .utf8:
            output.append(contentsOf: bytes)
        case .utf16LittleEndian, .utf16BigEndian:
            decodeUTF16(bytes, into: &output)
        }
    }

    /// Ends the input: decides on what little was read and flushes a dangling half character.
    mutating func finish(into output: inout [UInt8]) {
        if encoding == .undecided { decide(into: &output) }
        if oddByte != nil || highSurrogate != nil {
            TextDecoding.appendUTF8(0xFFFD, to: &output)
            oddByte = nil
            highSurrogate = nil
        }
    }

    private mutating func decide(into output: inout [UInt8]) {
        let bytes = head
        head = []
        var skip = 0
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            encoding = .utf8
            skip = 3
        } else if bytes.count >= 2, bytes[0] == 0xFF, bytes[1] == 0xFE {
            encoding = .utf16LittleEndian
            skip = 2
        } else if bytes.count >= 2, bytes[0] == 0xFE, bytes[1] == 0xFF {
            encoding = .utf16BigEndian
            skip = 2
        } else if bytes.count >= 4, bytes[0] != 0, bytes[1] == 0, bytes[2] != 0, bytes[3] == 0 {
            encoding = .utf16LittleEndian
        } else if bytes.count >= 4, bytes[0] == 0, bytes[1] != 0, bytes[2] == 0, bytes[3] != 0 {
            encoding = .utf16BigEndian
        } else {
            encoding = .utf8
        }
        bytes.withUnsafeBufferPointer { transcode(ByteText.drop($0, skip), into: &output) }
    }

    private mutating func decodeUTF16(_ bytes: UnsafeBufferPointer<UInt8>, into output: inout [UInt8]) {
        output.reserveCapacity(output.count + bytes.count * 3 / 2)
        var index = 0
        let littleEndian = encoding == .utf16LittleEndian
        if let first = oddByte, !bytes.isEmpty {
            oddByte = nil
            let unit = littleEndian ? UInt16(first) | UInt16(bytes[0]) << 8 : UInt16(first) << 8 | UInt16(bytes[0])
            append(unit, into: &output)
            index = 1
        }
        while index + 1 < bytes.count {
            let unit = littleEndian
                ? UInt16(bytes[index]) | UInt16(bytes[index + 1]) << 8
                : UInt16(bytes[index]) << 8 | UInt16(bytes[index + 1])
            append(unit, into: &output)
            index += 2
        }
        if index < bytes.count { oddByte = bytes[index] }
    }

    private mutating func append(_ unit: UInt16, into output: inout [UInt8]) {
        if let high = highSurrogate {
            highSurrogate = nil
            if unit >= 0xDC00, unit <= 0xDFFF {
                let scalar = 0x10000 + ((UInt32(high) - 0xD800) << 10) + (UInt32(unit) - 0xDC00)
                TextDecoding.appendUTF8(scalar, to: &output)
                return
            }
            TextDecoding.appendUTF8(0xFFFD, to: &output)
        }
        switch unit {
        case 0xD800...0xDBFF: highSurrogate = unit
        case 0xDC00...0xDFFF: TextDecoding.appendUTF8(0xFFFD, to: &output)
        default: TextDecoding.appendUTF8(UInt32(unit), to: &output)
        }
    }
}
