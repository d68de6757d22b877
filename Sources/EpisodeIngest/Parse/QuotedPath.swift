import EpisodeText

/// Paths as git prints them: C-quoted when they hold unusual bytes (`core.quotePath`:
/// `"caf\303\251.txt"`), and `old => new` / `dir/{old => new}/file` for renames in
/// `--stat` and `--numstat`.
enum QuotedPath {
    /// The path a field names, unquoted when git quoted it.
    static func string(_ field: UnsafeBufferPointer<UInt8>) -> String {
        guard field.count >= 2, field[0] == 0x22, field[field.count - 1] == 0x22 else {
            return TextDecoding.string(field)
        }
        var index = 0
        if let bytes = readQuoted(field, &index), index == field.count { return TextDecoding.string(bytes) }
        return TextDecoding.string(field)
    }

    /// Reads a C-quoted string starting at `index` (which must be at the opening quote),
    /// moving `index` past the closing quote. Nil when it is not a well-formed quoted string.
    static func readQuoted(_ line: UnsafeBufferPointer<UInt8>, _ index: inout Int) -> [UInt8]? {
        guard index < line.count, line[index] == 0x22 else { return nil }
        var output: [UInt8] = []
        var position = index + 1
        while position < line.count {
            let byte = line[position]
            if byte == 0x22 {
                index = position + 1
                return output
            }
            if byte != 0x5C {
                output.append(byte)
                position += 1
                continue
            }
            position += 1
            guard position < line.count else { return nil }
            let escaped = line[position]
            switch escaped {
            case 0x61: output.append(0x07)  // \a
            case 0x62: output.append(0x08)  // \b
            case 0x74: output.append(0x09)  // \t
            case 0x6E: output.append(0x0A)  // \n
            case 0x76: output.append(0x0B)  // \v
            case 0x66: output.append(0x0C)  // \f
            case 0x72: output.append(0x0D)  // \r
            case 0x30...0x37:
                var value = 0
                var digits = 0
                while digits < 3, position < line.count, line[position] >= 0x30, line[position] <= 0x37 {
                    value = value * 8 + Int(line[position] - 0x30)
                    position += 1
                    digits += 1
                }
                output.append(UInt8(truncatingIfNeeded: value))
                continue
            default: output.append(escaped)  // \" \\ and anything else stands for itself
            }
            position += 1
        }
        return nil
    }

    /// Splits `old => new` and `prefix/{old => new}/suffix` into both full paths; nil when
    /// the field is not a rename.
    static func rename(_ field: UnsafeBufferPointer<UInt8>) -> (old: String, new: String)? {
        guard let arrow = ByteText.firstIndex(of: " => ", in: field) else { return nil }
        if let open = ByteText.lastIndex(of: 0x7B, in: ByteText.slice(field, 0, arrow)),
           let close = ByteText.firstIndex(of: 0x7D, in: field, from: arrow + 4) {
            let prefix = ByteText.slice(field, 0, open)
            let oldMiddle = ByteText.slice(field, open + 1, arrow)
            let newMiddle = ByteText.slice(field, arrow + 4, close)
            let suffix = ByteText.drop(field, close + 1)
            return (joined(prefix, oldMiddle, suffix), joined(prefix, newMiddle, suffix))
        }
        return (string(ByteText.slice(field, 0, arrow)), string(ByteText.drop(field, arrow + 4)))
    }

    /// `prefix + middle + suffix` without the doubled or leading slash an empty middle leaves.
    private static func joined(
        _ prefix: UnsafeBufferPointer<UInt8>, _ middle: UnsafeBufferPointer<UInt8>, _ suffix: UnsafeBufferPointer<UInt8>
    ) -> String {
        var bytes = Array(prefix)
        bytes.append(contentsOf: middle)
        var rest = suffix[...]
        if bytes.isEmpty || bytes.last == 0x2F, rest.first == 0x2F { rest = rest.dropFirst() }
        bytes.append(contentsOf: rest)
        return bytes.withUnsafeBufferPointer { string($0) }
    }
}
