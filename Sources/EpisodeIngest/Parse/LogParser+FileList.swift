import EpisodeModel
import EpisodeText

/// The lines after a message: file lists (`--stat`, `--numstat`, `--name-only`, `--name-status`), notes, the start of a patch.
extension LogParser {
    /// After the message: file lists, stat lines, notes, the start of a patch or the next commit.
    mutating func handleDetails(_ line: UnsafeBufferPointer<UInt8>, emit: (Commit) throws -> Void) throws {
        if line.isEmpty || ByteText.isBlank(line) {
            if draft?.files.isEmpty == false || draft?.diffSummary != nil { filesClosed = true }
            return
        }
        let first = line[0]
        switch first {
        case UInt8(ascii: "c") where style == .full:
            if let hashLength = commitLineHashLength(line) {
                try beginCommit(line, hashLength: hashLength, emit: emit)
                return
            }
        case UInt8(ascii: "N") where ByteText.hasPrefix(line, "Notes:") || ByteText.hasPrefix(line, "Notes ("):
            if draft?.hasNotes == true, !notes.isEmpty { notes.append(UInt8(ascii: "\n")) }
            draft?.hasNotes = true
            state = .notes
            return
        case UInt8(ascii: "d") where ByteText.hasPrefix(line, "diff --"):
            beginPatchFile(line)
            return
        case UInt8(ascii: "-") where line.count == 3 && ByteText.hasPrefix(line, "---"):
            return  // `-p --stat` puts `---` between the stat and the patch
        case UInt8(ascii: " "):
            if let summary = FileLineParser.summary(line) {
                draft?.diffSummary = summary
                fileStyle = .other
                closeStrayRun()
                return
            }
            if let change = FileLineParser.stat(line) {
                addFile(change)
                return
            }
        default:
            break
        }
        if style == .oneline, Self.onelineHashLength(line) > 0 {
            try beginOneline(line, emit: emit)
            return
        }
        if ByteText.isDigit(first) || first == UInt8(ascii: "-"), let change = FileLineParser.numstat(line) {
            addFile(change)
            return
        }
        if let change = FileLineParser.nameStatus(line) {
            addFile(change)
            return
        }
        if draft != nil, !filesClosed, first != UInt8(ascii: " "),
           fileStyle == .nameOnly || (fileStyle == .unknown && Self.looksLikePath(line)) {
            fileStyle = .nameOnly
            closeStrayRun()
            draft?.files.append(FileChange(path: QuotedPath.string(line)))
            return
        }
        stray(line, expected: "unexpected line between commits (after the commit at line \(draft?.line ?? 0))")
    }

    mutating func addFile(_ change: FileChange) {
        guard draft != nil else { return }
        fileStyle = .other
        closeStrayRun()
        draft?.files.append(change)
    }

    /// Whether a line could start a `--name-only` list: no control bytes, and no spaces
    /// unless it has a `/` (a sentence of prose is more likely a stray line than a path).
    static func looksLikePath(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        var hasSpace = false
        var hasSlash = false
        for byte in line {
            if byte < UInt8(ascii: " ") || byte == UInt8(ascii: "\u{7F}") { return false }
            if byte == UInt8(ascii: " ") { hasSpace = true }
            if byte == UInt8(ascii: "/") { hasSlash = true }
        }
        return !hasSpace || hasSlash
    }
}
