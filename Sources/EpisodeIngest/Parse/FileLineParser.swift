import EpisodeModel
import EpisodeText

/// Reads the per-file lines git prints after a message: `--numstat`, `--name-status`,
/// `--stat` (and its summary line, also `--shortstat`) and `--name-only`.
///
/// Each function returns nil when the line is not of its kind, so the parser can try them
/// in turn from the first byte.
enum FileLineParser {
    /// `12	3	path`, `-	-	image.png` (binary), `0	1	{old => new}/file.go`.
    static func numstat(_ line: UnsafeBufferPointer<UInt8>) -> FileChange? {
        guard let firstTab = ByteText.firstIndex(of: 0x09, in: line), firstTab > 0,
              let secondTab = ByteText.firstIndex(of: 0x09, in: line, from: firstTab + 1)
        else { return nil }
        let addedField = ByteText.slice(line, 0, firstTab)
        let deletedField = ByteText.slice(line, firstTab + 1, secondTab)
        let isBinary = addedField.count == 1 && addedField[0] == 0x2D && deletedField.count == 1 && deletedField[0] == 0x2D
        var added: Int?
        var deleted: Int?
        if !isBinary {
            guard let a = ByteText.decimal(addedField, 0, addedField.count),
                  let d = ByteText.decimal(deletedField, 0, deletedField.count)
            else { return nil }
            added = a
            deleted = d
        }
        let pathField = ByteText.drop(line, secondTab + 1)
        guard !pathField.isEmpty else { return nil }
        var change = FileChange(path: "", additions: added, deletions: deleted, isBinary: isBinary)
        setPath(pathField, of: &change)
        return change
    }

    /// `M	path`, `A	path`, `R087	old	new`, `C100	old	new`.
    static func nameStatus(_ line: UnsafeBufferPointer<UInt8>) -> FileChange? {
        guard line.count >= 3 else { return nil }
        guard let kind = changeKind(status: line[0]) else { return nil }
        var index = 1
        let similarity = ByteText.readDecimal(line, &index)
        guard index < line.count, line[index] == 0x09 else { return nil }
        let rest = ByteText.drop(line, index + 1)
        guard !rest.isEmpty else { return nil }
        if kind == .renamed || kind == .copied, let tab = ByteText.firstIndex(of: 0x09, in: rest) {
            return FileChange(
                path: QuotedPath.string(ByteText.drop(rest, tab + 1)),
                oldPath: QuotedPath.string(ByteText.slice(rest, 0, tab)),
                kind: kind,
                similarity: similarity
            )
        }
        return FileChange(path: QuotedPath.string(rest), kind: kind, similarity: similarity)
    }

    /// The path of a `--numstat` or `--stat` line; `{old => new}` and `old => new` make a rename.
    private static func setPath(_ pathField: UnsafeBufferPointer<UInt8>, of change: inout FileChange) {
        if let (old, new) = QuotedPath.rename(pathField) {
            change.path = new
            change.oldPath = old
            change.kind = .renamed
        } else {
            change.path = QuotedPath.string(pathField)
        }
    }

    /// The change a status letter of `--name-status` or `--raw` names (`A`, `M`, `D`, `R`, `C`,
    /// `T`, `U`; `X` and `B` are unknown); nil for any other byte.
    static func changeKind(status: UInt8) -> ChangeKind? {
        switch status {
        case 0x41: return .added
        case 0x4D: return .modified
        case 0x44: return .deleted
        case 0x52: return .renamed
        case 0x43: return .copied
        case 0x54: return .typeChanged
        case 0x55: return .unmerged
        case 0x58, 0x42: return .unknown
        default: return nil
        }
    }

    /// ` path | 12 +++--`, ` image.png | Bin 0 -> 528268 bytes`, ` {a => b}/c.rs | 3 +-`.
    static func stat(_ line: UnsafeBufferPointer<UInt8>) -> FileChange? {
        guard line.count > 3, line[0] == 0x20, let bar = ByteText.lastIndex(of: " | ", in: line) else { return nil }
        let pathField = ByteText.trimmingSpacesAndTabs(ByteText.slice(line, 0, bar))
        let countField = ByteText.trimmingSpacesAndTabs(ByteText.drop(line, bar + 3))
        guard !pathField.isEmpty else { return nil }
        var change = FileChange(path: "")
        if ByteText.hasPrefix(countField, "Bin") {
            change.isBinary = true
        } else {
            var index = 0
            guard let total = ByteText.readDecimal(countField, &index) else { return nil }
            while index < countField.count {
                let byte = countField[index]
                guard byte == 0x20 || byte == 0x2B || byte == 0x2D else { return nil }
                index += 1
            }
            change.changedLines = total
        }
        setPath(pathField, of: &change)
        return change
    }

    /// ` 3 files changed, 10 insertions(+), 2 deletions(-)` (any of the last two may be missing).
    static func summary(_ line: UnsafeBufferPointer<UInt8>) -> DiffSummary? {
        var index = 0
        while index < line.count, line[index] == 0x20 { index += 1 }
        guard let files = ByteText.readDecimal(line, &index) else { return nil }
        let rest = ByteText.drop(line, index)
        guard ByteText.hasPrefix(rest, " file changed") || ByteText.hasPrefix(rest, " files changed") else { return nil }
        var summary = DiffSummary(filesChanged: files, insertions: 0, deletions: 0)
        var position = index
        while let comma = ByteText.firstIndex(of: 0x2C, in: line, from: position) {
            var cursor = comma + 1
            while cursor < line.count, line[cursor] == 0x20 { cursor += 1 }
            guard let count = ByteText.readDecimal(line, &cursor) else { return nil }
            let word = ByteText.drop(line, cursor)
            if ByteText.hasPrefix(word, " insertion") {
                summary.insertions = count
            } else if ByteText.hasPrefix(word, " deletion") {
                summary.deletions = count
            } else {
                return nil
            }
            position = cursor
        }
        return summary
    }
}
