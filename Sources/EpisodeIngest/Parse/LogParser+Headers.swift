import EpisodeModel
import EpisodeText

/// The first line, `commit <hash>` and `--oneline` lines, and the header lines after them (`Author:`, `Date:`, `Merge:`, ...).
extension LogParser {
    /// Before the first commit (the parser never comes back here): the first commit line decides
    /// the style; lines before it are not a git log.
    mutating func handleStart(_ line: UnsafeBufferPointer<UInt8>, emit: (Commit) throws -> Void) throws {
        if line.isEmpty || ByteText.isBlank(line) { return }
        if let hashLength = commitLineHashLength(line) {
            style = .full
            try beginCommit(line, hashLength: hashLength, emit: emit)
            return
        }
        if Self.onelineHashLength(line) > 0 {
            style = .oneline
            try beginOneline(line, emit: emit)
            return
        }
        stray(line, expected: "not a git log: expected 'commit <hash>' (or '<hash> <subject>' from --oneline) as the first line")
    }

    mutating func handleHeader(_ line: UnsafeBufferPointer<UInt8>, emit: (Commit) throws -> Void) throws {
        if line.isEmpty || ByteText.isBlank(line) {
            state = .message
            pendingBlank = false
            return
        }
        switch line[0] {
        case UInt8(ascii: "A") where ByteText.hasPrefix(line, "Author:"):
            let date = draft?.author?.date
            draft?.author = Self.signature(ByteText.drop(line, after: "Author:"), keeping: date)
            return
        case UInt8(ascii: "A") where ByteText.hasPrefix(line, "AuthorDate:"):
            draft?.author?.date = GitDateParser.parse(ByteText.drop(line, after: "AuthorDate:"))
            return
        case UInt8(ascii: "C") where ByteText.hasPrefix(line, "CommitDate:"):
            draft?.committer?.date = GitDateParser.parse(ByteText.drop(line, after: "CommitDate:"))
            return
        case UInt8(ascii: "C") where ByteText.hasPrefix(line, "Commit:"):
            draft?.committer = Self.signature(ByteText.drop(line, after: "Commit:"), keeping: nil)
            return
        case UInt8(ascii: "D") where ByteText.hasPrefix(line, "Date:"):
            draft?.author?.date = GitDateParser.parse(ByteText.drop(line, after: "Date:"))
            return
        case UInt8(ascii: "M") where ByteText.hasPrefix(line, "Merge:"):
            if draft?.parents.isEmpty == true { draft?.parents = Self.words(ByteText.drop(line, after: "Merge:")) }
            return
        case UInt8(ascii: "g") where ByteText.hasPrefix(line, "gpg:"),
             UInt8(ascii: "P") where ByteText.hasPrefix(line, "Primary key fingerprint:"),
             UInt8(ascii: "G") where ByteText.hasPrefix(line, "Good \"git\" signature"),
             UInt8(ascii: "C") where ByteText.hasPrefix(line, "Could not verify signature"),
             UInt8(ascii: "R") where ByteText.hasPrefix(line, "Reflog"):
            return
        case UInt8(ascii: "c") where ByteText.hasPrefix(line, Self.commitPrefix):
            if let hashLength = commitLineHashLength(line) {
                report(lineCount, "'commit <hash>' line while the headers of the commit at line \(draft?.line ?? 0) were still being read; that commit has no message")
                try beginCommit(line, hashLength: hashLength, emit: emit)
                return
            }
        default:
            break
        }
        stray(line, expected: "expected 'Author:', 'Date:', 'Merge:' or a blank line after 'commit <hash>' (line \(draft?.line ?? 0))")
    }

    mutating func beginCommit(_ line: UnsafeBufferPointer<UInt8>, hashLength: Int, emit: (Commit) throws -> Void) throws {
        try flushCommit(emit: emit)
        closeStrayRun()
        let hashStart = Self.commitPrefix.utf8CodeUnitCount
        var commit = CommitDraft(hash: TextDecoding.string(ByteText.slice(line, hashStart, hashStart + hashLength)), line: lineCount)
        var index = hashStart + hashLength
        while index < line.count {
            while index < line.count, line[index] == UInt8(ascii: " ") { index += 1 }
            guard index < line.count else { break }
            if line[index] == UInt8(ascii: "(") {
                // `-m` prints `(from <parent>)`, which is not a decoration.
                if !ByteText.hasPrefix(ByteText.drop(line, index), "(from ") {
                    commit.decorations = Self.decorations(ByteText.drop(line, index))
                }
                break
            }
            let run = ByteText.hexRun(line, from: index)
            guard run >= 4 else { break }
            commit.parents.append(TextDecoding.string(ByteText.slice(line, index, index + run)))
            index += run
        }
        draft = commit
        state = .headers
    }

    mutating func beginOneline(_ line: UnsafeBufferPointer<UInt8>, emit: (Commit) throws -> Void) throws {
        try flushCommit(emit: emit)
        closeStrayRun()
        let hashLength = Self.onelineHashLength(line)
        var commit = CommitDraft(hash: TextDecoding.string(ByteText.slice(line, 0, hashLength)), line: lineCount)
        var index = hashLength
        if index < line.count { index += 1 }
        // --parents: more hashes of the same length follow.
        while index < line.count {
            let run = ByteText.hexRun(line, from: index)
            guard run == hashLength, index + run == line.count || line[index + run] == UInt8(ascii: " ") else { break }
            commit.parents.append(TextDecoding.string(ByteText.slice(line, index, index + run)))
            index += run
            if index < line.count { index += 1 }
        }
        if index < line.count, line[index] == UInt8(ascii: "("), let close = ByteText.firstIndex(of: UInt8(ascii: ")"), in: line, from: index) {
            commit.decorations = Self.decorations(ByteText.slice(line, index, close + 1))
            index = close + 1
            if index < line.count, line[index] == UInt8(ascii: " ") { index += 1 }
        }
        commit.onelineSubject = TextDecoding.string(ByteText.drop(line, index))
        draft = commit
        state = .details
        filesClosed = false
    }

    /// Length of the hash in `commit <hash>...`, or nil when `line` is not a commit line.
    func commitLineHashLength(_ line: UnsafeBufferPointer<UInt8>) -> Int? {
        let hashStart = Self.commitPrefix.utf8CodeUnitCount
        // At least four hex digits after `commit `.
        guard line.count >= hashStart + 4, line[0] == UInt8(ascii: "c"), ByteText.hasPrefix(line, Self.commitPrefix) else { return nil }
        let run = ByteText.hexRun(line, from: hashStart)
        guard run >= 4, hashStart + run == line.count || line[hashStart + run] == UInt8(ascii: " ") else { return nil }
        return run
    }

    /// Length of the hash at the start of a `--oneline` line (at least 7 lowercase hex digits
    /// followed by a space or the line's end), or 0.
    static func onelineHashLength(_ line: UnsafeBufferPointer<UInt8>) -> Int {
        var index = 0
        while index < line.count {
            let byte = line[index]
            guard ByteText.isDigit(byte) || byte &- UInt8(ascii: "a") < 6 else { break }
            index += 1
        }
        guard index >= 7, index <= 64, index == line.count || line[index] == UInt8(ascii: " ") else { return 0 }
        return index
    }

    /// `(HEAD -> main, tag: v1.0, origin/main)` as `["HEAD -> main", "tag: v1.0", "origin/main"]`.
    static func decorations(_ field: UnsafeBufferPointer<UInt8>) -> [String] {
        var end = field.count
        if let close = ByteText.lastIndex(of: UInt8(ascii: ")"), in: field) { end = close }
        let inner = ByteText.slice(field, 1, end)
        var result: [String] = []
        var start = 0
        while start <= inner.count {
            let comma = ByteText.firstIndex(of: ", ", in: inner, from: start) ?? inner.count
            let piece = ByteText.trimmingSpacesAndTabs(ByteText.slice(inner, start, comma))
            if !piece.isEmpty { result.append(TextDecoding.string(piece)) }
            start = comma + 2
        }
        return result
    }

    /// `Name <email>` after a header key; keeps an already read date.
    static func signature(_ field: UnsafeBufferPointer<UInt8>, keeping date: GitDate?) -> Signature {
        let text = ByteText.trimmingSpacesAndTabs(field)
        guard let open = ByteText.lastIndex(of: UInt8(ascii: "<"), in: text) else {
            return Signature(name: TextDecoding.string(text), email: "", date: date)
        }
        let close = ByteText.firstIndex(of: UInt8(ascii: ">"), in: text, from: open) ?? text.count
        return Signature(
            name: TextDecoding.string(ByteText.trimmingSpacesAndTabs(ByteText.slice(text, 0, open))),
            email: TextDecoding.string(ByteText.slice(text, open + 1, close)),
            date: date
        )
    }

    static func words(_ field: UnsafeBufferPointer<UInt8>) -> [String] {
        var result: [String] = []
        var index = 0
        while index < field.count {
            while index < field.count, field[index] == UInt8(ascii: " ") { index += 1 }
            let start = index
            while index < field.count, field[index] != UInt8(ascii: " ") { index += 1 }
            if index > start { result.append(TextDecoding.string(ByteText.slice(field, start, index))) }
        }
        return result
    }
}
