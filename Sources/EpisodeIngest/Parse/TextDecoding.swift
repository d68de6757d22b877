import EpisodeText

/// Turns bytes of a log into Swift Strings, once per field.
///
/// git writes whatever bytes the commit holds: usually UTF-8, but a repository with
/// `i18n.logOutputEncoding=latin1` (or old commits) gives bytes that are not valid UTF-8.
/// Those lines are read as Windows-1252 (a superset of Latin-1's printable range) instead
/// of being replaced or rejected, so no text is lost and nothing crashes.
enum TextDecoding {
    /// UTF-8 when valid; otherwise each line that is not valid UTF-8 is decoded as Windows-1252.
    static func string(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        if bytes.isEmpty { return "" }
        if isValidUTF8(bytes) { return String(decoding: bytes, as: UTF8.self) }
        return repaired(bytes)
    }

    /// Checks UTF-8 validity, eight ASCII bytes at a time where it can.
    static func isValidUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let count = bytes.count
        var index = 0
        while index < count {
            if index + 8 <= count {
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                if word & 0x8080_8080_8080_8080 == 0 {
                    index += 8
                    continue
                }
            }
            let lead = base[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            let length: Int
            var lower: UInt8 = 0x80
            var upper: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; lower = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; upper = 0x9F
            case 0xF0: length = 4; lower = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; upper = 0x8F
            default: return false
            }
            guard index + length <= count else { return false }
            let second = base[index + 1]
            guard second >= lower, second <= upper else { return false }
            var position = 2
            while position < length {
                guard base[index + position] & 0xC0 == 0x80 else { return false }
                position += 1
            }
            index += length
        }
        return true
    }

    static func string(_ bytes: [UInt8]) -> String {
        bytes.withUnsafeBufferPointer { string($0) }
    }

    private static func repaired(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + bytes.count / 2)
        var lineStart = 0
        while lineStart < bytes.count {
            var lineEnd = lineStart
            while lineEnd < bytes.count, bytes[lineEnd] != 0x0A { lineEnd += 1 }
            let stop = lineEnd < bytes.count ? lineEnd + 1 : lineEnd
            let line = ByteText.slice(bytes, lineStart, stop)
            if isValidUTF8(line) {
                output.append(contentsOf: line)
            } else {
                for byte in line { appendWindows1252(byte, to: &output) }
            }
            lineStart = stop
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// Windows-1252 code points for bytes 0x80...0x9F; 0 marks the five undefined bytes,
    /// which keep their Latin-1 (C1 control) meaning.
    private static let windows1252High: [UInt32] = [
        0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
        0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
    ]

    private static func appendWindows1252(_ byte: UInt8, to output: inout [UInt8]) {
        var scalar = UInt32(byte)
        if byte >= 0x80, byte <= 0x9F, windows1252High[Int(byte - 0x80)] != 0 {
            scalar = windows1252High[Int(byte - 0x80)]
        }
        appendUTF8(scalar, to: &output)
    }

    /// Appends one Unicode scalar value as UTF-8.
    static func appendUTF8(_ scalar: UInt32, to output: inout [UInt8]) {
        switch scalar {
        case 0..<0x80:
            output.append(UInt8(scalar))
        case 0x80..<0x800:
            output.append(UInt8(0xC0 | (scalar >> 6)))
            output.append(UInt8(0x80 | (scalar & 0x3F)))
        case 0x800..<0x10000:
            output.append(UInt8(0xE0 | (scalar >> 12)))
            output.append(UInt8(0x80 | ((scalar >> 6) & 0x3F)))
            output.append(UInt8(0x80 | (scalar & 0x3F)))
        default:
            output.append(UInt8(0xF0 | (scalar >> 18)))
            output.append(UInt8(0x80 | ((scalar >> 12) & 0x3F)))
            output.append(UInt8(0x80 | ((scalar >> 6) & 0x3F)))
            output.append(UInt8(0x80 | (scalar & 0x3F)))
        }
    }

    /// The line as text for an issue message: at most 60 characters, quoted.
    static func excerpt(_ line: UnsafeBufferPointer<UInt8>) -> String {
        let limit = 60
        let cut = line.count > limit ? ByteText.slice(line, 0, limit) : line
        var text = TextDecoding.string(cut)
        text = String(text.unicodeScalars.map { $0.value < 0x20 || $0.value == 0x7F ? "?" : Character($0) })
        return "'" + text + (line.count > limit ? "…'" : "'")
    }
}
