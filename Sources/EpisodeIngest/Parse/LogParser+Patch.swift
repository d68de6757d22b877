import EpisodeModel
import EpisodeText

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Patch lines (`-p`): which file, how it changed, and how many lines its hunks add and delete.
extension LogParser {
    /// Where the parser is in a patch, and what the current file's hunks counted.
    struct PatchProgress {
        /// Old and new lines the current hunk still holds.
        var hunkOld = 0
        var hunkNew = 0
        var inCombinedHunk = false
        /// The index in the commit's files of the file the patch is about.
        var file: Int?
        var additions = 0
        var deletions = 0
        /// False for combined diffs (`--cc`) and binary files, whose lines are not counted.
        var countsLines = false
        /// How many files the commit listed (by `--stat` and the like) before its first patch.
        var filesBefore: Int?
    }

    mutating func handlePatch(_ line: UnsafeBufferPointer<UInt8>, emit: (Commit) throws -> Void) throws {
        if patch.hunkOld > 0 || patch.hunkNew > 0 {
            let first = line.first ?? UInt8(ascii: " ")
            switch first {
            case UInt8(ascii: " "):
                patch.hunkOld -= 1
                patch.hunkNew -= 1
                return
            case UInt8(ascii: "+"):
                patch.hunkNew -= 1
                patch.additions += 1
                return
            case UInt8(ascii: "-"):
                patch.hunkOld -= 1
                patch.deletions += 1
                return
            case UInt8(ascii: "\\"):
                return
            default:
                patch.hunkOld = 0
                patch.hunkNew = 0
            }
        }
        guard let first = line.first else {
            state = .details
            filesClosed = true
            return
        }
        if patch.inCombinedHunk {
            if first == UInt8(ascii: " ") || first == UInt8(ascii: "+") || first == UInt8(ascii: "-") || first == UInt8(ascii: "\\") { return }
            patch.inCombinedHunk = false
        }
        switch first {
        case UInt8(ascii: "@"):
            if ByteText.hasPrefix(line, "@@@") {
                patch.inCombinedHunk = true
            } else if ByteText.hasPrefix(line, Self.hunkPrefix) {
                readHunkHeader(line)
            }
            return
        case UInt8(ascii: "d") where ByteText.hasPrefix(line, "diff --"):
            beginPatchFile(line)
            return
        case UInt8(ascii: "n") where ByteText.hasPrefix(line, "new file mode"):
            setPatchFile { $0.kind = .added }
            return
        case UInt8(ascii: "d") where ByteText.hasPrefix(line, "deleted file mode"):
            setPatchFile { $0.kind = .deleted }
            return
        case UInt8(ascii: "r") where ByteText.hasPrefix(line, "rename from "):
            let old = QuotedPath.string(ByteText.drop(line, after: "rename from "))
            setPatchFile { $0.kind = .renamed; $0.oldPath = old }
            return
        case UInt8(ascii: "r") where ByteText.hasPrefix(line, "rename to "):
            let new = QuotedPath.string(ByteText.drop(line, after: "rename to "))
            setPatchFile { $0.kind = .renamed; $0.path = new }
            return
        case UInt8(ascii: "c") where ByteText.hasPrefix(line, "copy from "):
            let old = QuotedPath.string(ByteText.drop(line, after: "copy from "))
            setPatchFile { $0.kind = .copied; $0.oldPath = old }
            return
        case UInt8(ascii: "c") where ByteText.hasPrefix(line, "copy to "):
            let new = QuotedPath.string(ByteText.drop(line, after: "copy to "))
            setPatchFile { $0.kind = .copied; $0.path = new }
            return
        case UInt8(ascii: "s") where ByteText.hasPrefix(line, Self.similarityPrefix):
            var index = Self.similarityPrefix.utf8CodeUnitCount
            let value = ByteText.readDecimal(line, &index)
            setPatchFile { $0.similarity = value }
            return
        case UInt8(ascii: "B") where ByteText.hasPrefix(line, "Binary files "),
             UInt8(ascii: "G") where ByteText.hasPrefix(line, "GIT binary patch"):
            patch.countsLines = false
            setPatchFile { $0.isBinary = true; $0.additions = nil; $0.deletions = nil }
            return
        case UInt8(ascii: "c") where style == .full:
            if commitLineHashLength(line) != nil {
                try handleDetails(line, emit: emit)
                return
            }
        default:
            break
        }
        // index, old/new mode, ---/+++ and binary patch data: nothing to keep.
    }

    mutating func beginPatchFile(_ line: UnsafeBufferPointer<UInt8>) {
        guard draft != nil else { return }
        finishPatchFile()
        closeStrayRun()
        state = .patch
        patch.hunkOld = 0
        patch.hunkNew = 0
        patch.inCombinedHunk = false
        var path = ""
        patch.countsLines = false
        if ByteText.hasPrefix(line, "diff --git ") {
            path = Self.patchPath(ByteText.drop(line, after: "diff --git "))
            patch.countsLines = true
        } else if ByteText.hasPrefix(line, "diff --cc ") {
            path = QuotedPath.string(ByteText.drop(line, after: "diff --cc "))
        } else if ByteText.hasPrefix(line, "diff --combined ") {
            path = QuotedPath.string(ByteText.drop(line, after: "diff --combined "))
        }
        // `-p --stat` lists each file in the stat first: complete that entry instead of adding another.
        let listedBefore = patch.filesBefore ?? draft?.files.count ?? 0
        patch.filesBefore = listedBefore
        if let existing = draft?.files[0..<listedBefore].firstIndex(where: { $0.path == path }) {
            if draft?.files[existing].kind == nil { draft?.files[existing].kind = .modified }
            patch.file = existing
            return
        }
        draft?.files.append(FileChange(path: path, kind: .modified))
        patch.file = (draft?.files.count ?? 1) - 1
    }

    /// Stores the line counts of the patch file just read.
    mutating func finishPatchFile() {
        defer {
            patch.file = nil
            patch.additions = 0
            patch.deletions = 0
        }
        guard patch.countsLines, let index = patch.file, var current = draft, index < current.files.count else { return }
        draft = nil
        current.files[index].additions = patch.additions
        current.files[index].deletions = patch.deletions
        draft = current
    }

    mutating func setPatchFile(_ update: (inout FileChange) -> Void) {
        guard let index = patch.file, draft != nil else { return }
        update(&draft!.files[index])
    }

    /// `@@ -12,7 +12,8 @@ context`: the number of old and new lines the hunk holds.
    mutating func readHunkHeader(_ line: UnsafeBufferPointer<UInt8>) {
        var index = Self.hunkPrefix.utf8CodeUnitCount
        _ = ByteText.readDecimal(line, &index)
        var oldCount = 1
        if index < line.count, line[index] == UInt8(ascii: ",") {
            index += 1
            oldCount = ByteText.readDecimal(line, &index) ?? 0
        }
        guard index + 1 < line.count, line[index] == UInt8(ascii: " "), line[index + 1] == UInt8(ascii: "+") else { return }
        index += 2
        _ = ByteText.readDecimal(line, &index)
        var newCount = 1
        if index < line.count, line[index] == UInt8(ascii: ",") {
            index += 1
            newCount = ByteText.readDecimal(line, &index) ?? 0
        }
        patch.hunkOld = oldCount
        patch.hunkNew = newCount
    }

    /// The path of `diff --git a/x b/x` (quoted or not); for differing names the `b/` side.
    static func patchPath(_ field: UnsafeBufferPointer<UInt8>) -> String {
        if field.first == UInt8(ascii: "\"") {
            var index = 0
            _ = QuotedPath.readQuoted(field, &index)
            while index < field.count, field[index] == UInt8(ascii: " ") { index += 1 }
            if var new = QuotedPath.readQuoted(field, &index) {
                if new.starts(with: [UInt8(ascii: "b"), UInt8(ascii: "/")]) { new.removeFirst(2) }
                return TextDecoding.string(new)
            }
            return TextDecoding.string(field)
        }
        let count = field.count
        if count >= 5, (count - 1) % 2 == 0 {
            let half = (count - 1) / 2
            if field[half] == UInt8(ascii: " "), ByteText.hasPrefix(field, "a/"), ByteText.hasPrefix(ByteText.drop(field, half + 1), "b/"),
               memcmp(field.baseAddress! + 2, field.baseAddress! + half + 3, half - 2) == 0 {
                return TextDecoding.string(ByteText.slice(field, 2, half))
            }
        }
        if let split = ByteText.firstIndex(of: " b/", in: field) {
            let new = ByteText.drop(field, split + 1)
            if new.first == UInt8(ascii: "\"") { return QuotedPath.string(new) }
            return TextDecoding.string(ByteText.drop(new, after: "b/"))
        }
        return TextDecoding.string(field)
    }
}
