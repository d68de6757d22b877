import EpisodeModel

/// Writes commits as JSON Lines: one JSON object per commit, then `\n`.
///
/// Hand-written for speed, and byte-identical to `JSONEncoder` with `.sortedKeys` and
/// `.withoutEscapingSlashes` on the same `Commit`: keys in sorted order, `nil` fields left out,
/// `"` `\` and control characters escaped (`\b \t \n \f \r`, others as `\u00XX`), everything
/// else (including `/` and non-ASCII) written as UTF-8.
public enum CommitJSONLines {
    /// Appends `commit` as one JSON object and a newline to `buffer`.
    public static func append(_ commit: Commit, to buffer: inout [UInt8]) {
        buffer.append(0x7B)
        var first = true
        if let author = commit.author {
            key("author", &first, &buffer)
            signature(author, &buffer)
        }
        key("body", &first, &buffer)
        string(commit.body, &buffer)
        if let committer = commit.committer {
            key("committer", &first, &buffer)
            signature(committer, &buffer)
        }
        key("decorations", &first, &buffer)
        stringArray(commit.decorations, &buffer)
        if let summary = commit.diffSummary {
            key("diffSummary", &first, &buffer)
            var inner = true
            buffer.append(0x7B)
            key("deletions", &inner, &buffer)
            integer(summary.deletions, &buffer)
            key("filesChanged", &inner, &buffer)
            integer(summary.filesChanged, &buffer)
            key("insertions", &inner, &buffer)
            integer(summary.insertions, &buffer)
            buffer.append(0x7D)
        }
        key("files", &first, &buffer)
        buffer.append(0x5B)
        for (index, file) in commit.files.enumerated() {
            if index > 0 { buffer.append(0x2C) }
            fileChange(file, &buffer)
        }
        buffer.append(0x5D)
        key("hash", &first, &buffer)
        string(commit.hash, &buffer)
        if let notes = commit.notes {
            key("notes", &first, &buffer)
            string(notes, &buffer)
        }
        key("parents", &first, &buffer)
        stringArray(commit.parents, &buffer)
        key("subject", &first, &buffer)
        string(commit.subject, &buffer)
        key("trailers", &first, &buffer)
        buffer.append(0x5B)
        for (index, trailer) in commit.trailers.enumerated() {
            if index > 0 { buffer.append(0x2C) }
            var inner = true
            buffer.append(0x7B)
            key("key", &inner, &buffer)
            string(trailer.key, &buffer)
            key("value", &inner, &buffer)
            string(trailer.value, &buffer)
            buffer.append(0x7D)
        }
        buffer.append(0x5D)
        buffer.append(0x7D)
        buffer.append(0x0A)
    }

    private static func signature(_ signature: Signature, _ buffer: inout [UInt8]) {
        var first = true
        buffer.append(0x7B)
        if let date = signature.date {
            key("date", &first, &buffer)
            var inner = true
            buffer.append(0x7B)
            if let seconds = date.seconds {
                key("seconds", &inner, &buffer)
                integer(seconds, &buffer)
            }
            key("text", &inner, &buffer)
            string(date.text, &buffer)
            if let offset = date.utcOffsetMinutes {
                key("utcOffsetMinutes", &inner, &buffer)
                integer(offset, &buffer)
            }
            buffer.append(0x7D)
        }
        key("email", &first, &buffer)
        string(signature.email, &buffer)
        key("name", &first, &buffer)
        string(signature.name, &buffer)
        buffer.append(0x7D)
    }

    private static func fileChange(_ file: FileChange, _ buffer: inout [UInt8]) {
        var first = true
        buffer.append(0x7B)
        if let additions = file.additions {
            key("additions", &first, &buffer)
            integer(additions, &buffer)
        }
        if let changedLines = file.changedLines {
            key("changedLines", &first, &buffer)
            integer(changedLines, &buffer)
        }
        if let deletions = file.deletions {
            key("deletions", &first, &buffer)
            integer(deletions, &buffer)
        }
        key("isBinary", &first, &buffer)
        literal(file.isBinary ? "true" : "false", &buffer)
        if let kind = file.kind {
            key("kind", &first, &buffer)
            string(kind.rawValue, &buffer)
        }
        if let oldPath = file.oldPath {
            key("oldPath", &first, &buffer)
            string(oldPath, &buffer)
        }
        key("path", &first, &buffer)
        string(file.path, &buffer)
        if let similarity = file.similarity {
            key("similarity", &first, &buffer)
            integer(similarity, &buffer)
        }
        buffer.append(0x7D)
    }

    @inline(__always)
    private static func key(_ name: StaticString, _ first: inout Bool, _ buffer: inout [UInt8]) {
        if !first { buffer.append(0x2C) }
        first = false
        buffer.append(0x22)
        literal(name, &buffer)
        buffer.append(0x22)
        buffer.append(0x3A)
    }

    @inline(__always)
    private static func literal(_ text: StaticString, _ buffer: inout [UInt8]) {
        buffer.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    private static func stringArray(_ values: [String], _ buffer: inout [UInt8]) {
        buffer.append(0x5B)
        for (index, value) in values.enumerated() {
            if index > 0 { buffer.append(0x2C) }
            string(value, &buffer)
        }
        buffer.append(0x5D)
    }

    private static func integer<T: BinaryInteger>(_ value: T, _ buffer: inout [UInt8]) {
        var magnitude = UInt64(value.magnitude)
        if value < 0 { buffer.append(0x2D) }
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &digits) { storage in
            repeat {
                storage[19 - count] = UInt8(truncatingIfNeeded: magnitude % 10) + 0x30
                magnitude /= 10
                count += 1
            } while magnitude > 0
            buffer.append(contentsOf: UnsafeRawBufferPointer(rebasing: storage[(20 - count)...]))
        }
    }

    /// Lowercase hex digits for `\u00XX` escapes, as `JSONEncoder` writes them.
    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

    /// `value` as a JSON string; only control characters, `"` and `\` are escaped.
    private static func string(_ value: String, _ buffer: inout [UInt8]) {
        buffer.append(0x22)
        var text = value
        text.withUTF8 { bytes in
            var runStart = 0
            var index = 0
            let count = bytes.count
            let base = bytes.baseAddress
            while index < count {
                // Skip eight bytes at a time while none is a control character, `"` or `\`.
                if let base, index + 8 <= count {
                    let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                    let ones: UInt64 = 0x0101_0101_0101_0101
                    let highs: UInt64 = 0x8080_8080_8080_8080
                    let quote = word ^ (ones &* 0x22)
                    let backslash = word ^ (ones &* 0x5C)
                    // A byte is below 0x20 (or 0x80 and above, which the `& ~word` rules out), or zero after the xor.
                    let control = (word &- ones &* 0x20) & ~word & highs
                    let hasQuote = (quote &- ones) & ~quote & highs
                    let hasBackslash = (backslash &- ones) & ~backslash & highs
                    if control | hasQuote | hasBackslash == 0 {
                        index += 8
                        continue
                    }
                }
                let byte = bytes[index]
                if byte >= 0x20, byte != 0x22, byte != 0x5C {
                    index += 1
                    continue
                }
                if index > runStart { buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index])) }
                buffer.append(0x5C)
                switch byte {
                case 0x22: buffer.append(0x22)
                case 0x5C: buffer.append(0x5C)
                case 0x08: buffer.append(0x62)
                case 0x09: buffer.append(0x74)
                case 0x0A: buffer.append(0x6E)
                case 0x0C: buffer.append(0x66)
                case 0x0D: buffer.append(0x72)
                default:
                    buffer.append(0x75)
                    buffer.append(0x30)
                    buffer.append(0x30)
                    buffer.append(hexDigits[Int(byte >> 4)])
                    buffer.append(hexDigits[Int(byte & 0x0F)])
                }
                index += 1
                runStart = index
            }
            if count > runStart { buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<count])) }
        }
        buffer.append(0x22)
    }
}
