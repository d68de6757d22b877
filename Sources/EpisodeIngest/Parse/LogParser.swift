import EpisodeModel
import EpisodeText

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Streaming parser for human-readable `git log` output: bytes in, `Commit`s out. No IO.
///
/// Feed chunks of any size with `consume(_:emit:)` (a chunk may end anywhere, even inside a
/// UTF-8 sequence) and call `finish(emit:)` at the end. The format is detected from the lines
/// themselves: medium/full/fuller/short headers, `--oneline`, `--graph`, `--decorate`,
/// `--parents`, file lists (`--stat`, `--shortstat`, `--numstat`, `--name-only`,
/// `--name-status`) and patches (`-p`, counted, never stored). Colours, CRLF, UTF-16 and
/// non-UTF-8 bytes are handled; lines that are not part of a commit become `issues` and
/// parsing goes on. See Docs/INPUT.md.
public struct LogParser {
    /// Problems found so far that did not stop parsing (stray lines, a cut-off commit).
    ///
    /// Empty after `finish` when the input was blank or read completely as commits. Non-blank
    /// input without any commit always has an issue (its first line is not a log), so a caller
    /// can decide its exit status from this list alone.
    public private(set) var issues: [ParseIssue] = []
    /// Number of commits emitted so far.
    public private(set) var commitCount = 0
    /// Number of lines read so far.
    public private(set) var lineCount = 0

    /// At most this many issues are kept; the last one says how many more were dropped.
    public static let issueLimit = 1000
    /// A line longer than this is cut (the rest is skipped), so a file without newlines
    /// cannot make the parser hold unbounded memory.
    public static let lineLengthLimit = 16 << 20

    private enum State { case start, headers, message, notes, details, patch }
    private enum Style { case unknown, full, oneline }
    private enum FileStyle { case unknown, nameOnly, other }

    private var state = State.start
    private var style = Style.unknown
    private var fileStyle = FileStyle.unknown
    private var graphDecided = false
    private var graphMode = false
    private var graphWidth = 0
    private var colorMode = false

    private var transcoder = InputTranscoder()
    private var transcoded: [UInt8] = []
    private var partialLine: [UInt8] = []
    private var partialLineOverflowed = false
    private var colorScratch: [UInt8] = []

    private var draft: CommitDraft?
    private var message: [UInt8] = []
    private var notes: [UInt8] = []
    private var pendingBlank = false
    private var filesClosed = false
    private var hunkOld = 0
    private var hunkNew = 0
    private var inCombinedHunk = false
    private var patchFile: Int?
    private var patchAdditions = 0
    private var patchDeletions = 0
    /// False for combined diffs (`--cc`) and binary files, whose lines are not counted.
    private var patchCountsLines = false
    /// How many files the commit listed (by `--stat` and the like) before its first patch.
    private var filesBeforePatch: Int?

    /// The issue describing the current run of stray lines, and how many lines it covers.
    private var strayIssue: Int?
    private var strayLines = 0
    private var strayLastLine = 0
    private var droppedIssues = 0

    public init() {}

    /// Feeds the next chunk of bytes; emits every commit that is complete.
    ///
    /// - Parameters:
    ///   - bytes: the next bytes of the log, split anywhere.
    ///   - emit: called with each finished commit, in input order.
    /// - Throws: only what `emit` throws.
    public mutating func consume(_ bytes: UnsafeRawBufferPointer, emit: (Commit) throws -> Void) throws {
        let chunk = bytes.assumingMemoryBound(to: UInt8.self)
        if transcoder.passesThrough {
            try scan(chunk, emit: emit)
            return
        }
        var converted = transcoded
        transcoded = []
        converted.removeAll(keepingCapacity: true)
        transcoder.transcode(chunk, into: &converted)
        try converted.withUnsafeBufferPointer { try scan($0, emit: emit) }
        transcoded = converted
    }

    /// Ends the input; emits the last commit and records a cut-off commit as an issue.
    ///
    /// - Parameter emit: called with the last commit, if any.
    /// - Throws: only what `emit` throws.
    public mutating func finish(emit: (Commit) throws -> Void) throws {
        var converted: [UInt8] = []
        transcoder.finish(into: &converted)
        if !converted.isEmpty { try converted.withUnsafeBufferPointer { try scan($0, emit: emit) } }
        if !partialLine.isEmpty || partialLineOverflowed {
            let line = partialLine
            partialLine = []
            try line.withUnsafeBufferPointer { try handleRawLine($0, emit: emit) }
            if let draft {
                report(lineCount, "the input ends in the middle of a line of the commit at line \(draft.line) (no final newline); the log may be cut off")
            }
        }
        closeStrayRun()
        if let draft {
            if state == .headers {
                report(lineCount, "the input ends inside the headers of the commit at line \(draft.line) (no message yet); the log is cut off, kept what was read")
            } else if state == .patch, hunkOld > 0 || hunkNew > 0 {
                report(lineCount, "the input ends inside a patch hunk of the commit at line \(draft.line); the log is cut off, kept what was read")
            }
        }
        try flushCommit(emit: emit)
        if droppedIssues > 0 {
            issues.append(ParseIssue(line: lineCount, message: "\(droppedIssues) more problems were not listed"))
            droppedIssues = 0
        }
    }

    // MARK: - Lines

    /// Splits a UTF-8 chunk into lines, joining a line split across chunks.
    private mutating func scan(_ chunk: UnsafeBufferPointer<UInt8>, emit: (Commit) throws -> Void) throws {
        guard let base = chunk.baseAddress, chunk.count > 0 else { return }
        var start = 0
        if !partialLine.isEmpty || partialLineOverflowed {
            guard let found = memchr(base, 0x0A, chunk.count) else {
                appendPartial(ByteText.slice(chunk, 0, chunk.count))
                return
            }
            let newline = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            appendPartial(ByteText.slice(chunk, 0, newline))
            var line = partialLine
            partialLine = []
            try line.withUnsafeBufferPointer { try handleRawLine($0, emit: emit) }
            line.removeAll(keepingCapacity: true)
            partialLine = line
            partialLineOverflowed = false
            start = newline + 1
        }
        while start < chunk.count {
            guard let found = memchr(base + start, 0x0A, chunk.count - start) else {
                appendPartial(ByteText.drop(chunk, start))
                return
            }
            let newline = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            try handleRawLine(UnsafeBufferPointer(start: base + start, count: newline - start), emit: emit)
            start = newline + 1
        }
    }

    private mutating func appendPartial(_ bytes: UnsafeBufferPointer<UInt8>) {
        let room = Self.lineLengthLimit - partialLine.count
        if bytes.count <= room {
            partialLine.append(contentsOf: bytes)
        } else {
            partialLine.append(contentsOf: ByteText.slice(bytes, 0, max(0, room)))
            if !partialLineOverflowed {
                report(lineCount + 1, "line longer than \(Self.lineLengthLimit) bytes; the rest of it was skipped")
            }
            partialLineOverflowed = true
        }
    }

    /// Removes what is not content (CR, colour escapes, graph columns) and dispatches the line.
    private mutating func handleRawLine(_ raw: UnsafeBufferPointer<UInt8>, emit: (Commit) throws -> Void) throws {
        lineCount += 1
        var line = raw
        if let last = line.last, last == 0x0D { line = ByteText.slice(line, 0, line.count - 1) }
        if !colorMode, !line.isEmpty, let base = line.baseAddress, line[0] == 0x1B || (state == .start && memchr(base, 0x1B, line.count) != nil) {
            colorMode = true
        }
        if colorMode, let base = line.baseAddress, memchr(base, 0x1B, line.count) != nil {
            var clean = colorScratch
            colorScratch = []
            clean.removeAll(keepingCapacity: true)
            Self.stripEscapes(line, into: &clean)
            try clean.withUnsafeBufferPointer { try handleCleanLine($0, emit: emit) }
            colorScratch = clean
            return
        }
        try handleCleanLine(line, emit: emit)
    }

    private mutating func handleCleanLine(_ input: UnsafeBufferPointer<UInt8>, emit: (Commit) throws -> Void) throws {
        var line = input
        if !graphDecided, !ByteText.isBlank(line) {
            graphDecided = true
            graphMode = line[0] == 0x2A
        }
        if graphMode { line = stripGraph(line) }
        switch state {
        case .start: try handleStart(line, emit: emit)
        case .headers: try handleHeader(line, emit: emit)
        case .message: try handleMessage(line, emit: emit)
        case .notes: try handleNotes(line, emit: emit)
        case .details: try handleDetails(line, emit: emit)
        case .patch: try handlePatch(line, emit: emit)
        }
    }

    /// Copies `line` without ANSI escape sequences (`ESC [ ... letter` and two-byte `ESC x`).
    private static func stripEscapes(_ line: UnsafeBufferPointer<UInt8>, into output: inout [UInt8]) {
        var index = 0
        while index < line.count {
            let byte = line[index]
            if byte != 0x1B {
                output.append(byte)
                index += 1
                continue
            }
            index += 1
            guard index < line.count else { break }
            if line[index] == 0x5B {
                index += 1
                while index < line.count, !(line[index] >= 0x40 && line[index] <= 0x7E) { index += 1 }
            }
            index += 1
        }
    }

    @inline(__always)
    private static func isGraphByte(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x7C || byte == 0x2A || byte == 0x2F || byte == 0x5C || byte == 0x5F
    }

    /// Removes `--graph` columns. A commit line sets the width for the lines that follow it,
    /// because git pads every line of one commit to the same graph width; message lines keep
    /// their own indentation that way. Lines made only of graph characters become empty.
    private mutating func stripGraph(_ line: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        var greedy = 0
        while greedy < line.count {
            let byte = line[greedy]
            if Self.isGraphByte(byte) || ((byte == 0x2D || byte == 0x2E) && greedy > 0 && (line[greedy - 1] == 0x2A || line[greedy - 1] == 0x2D)) {
                greedy += 1
            } else {
                break
            }
        }
        var exact: UnsafeBufferPointer<UInt8>?
        if graphWidth > 0, graphWidth <= line.count {
            var index = 0
            while index < graphWidth, Self.isGraphByte(line[index]) || line[index] == 0x2D || line[index] == 0x2E { index += 1 }
            if index == graphWidth { exact = ByteText.drop(line, graphWidth) }
        }
        // Inside a message or a hunk, the fixed width wins: the text may itself start with `*` or `|`
        // or be made of graph-like characters only (`    ***`).
        if let exact {
            if (state == .message || state == .notes) && ByteText.hasPrefix(exact, "    ") { return exact }
            if state == .patch, hunkOld > 0 || hunkNew > 0 { return exact }
        }
        if greedy == line.count { return ByteText.slice(line, 0, 0) }
        let rest = ByteText.drop(line, greedy)
        if ByteText.firstIndex(of: 0x2A, in: ByteText.slice(line, 0, greedy)) != nil,
           commitLineHashLength(rest) != nil || (style != .full && Self.onelineHashLength(rest) > 0) {
            graphWidth = greedy
            return rest
        }
        return exact ?? rest
    }

    // MARK: - States

    /// Before the first commit (the parser never comes back here): the first commit line decides
    /// the style; lines before it are not a git log.
    private mutating func handleStart(_ line: UnsafeBufferPointer<UInt8>, emit: (Commit) throws -> Void) throws {
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

    private mutating func handleHeader(_ line: UnsafeBufferPointer<UInt8>, emit: (Commit) throws -> Void) throws {
        if line.isEmpty || ByteText.isBlank(line) {
            state = .message
            pendingBlank = false
            return
        }
        switch line[0] {
        case 0x41 where ByteText.hasPrefix(line, "Author:"):
            let date = draft?.author?.date
            draft?.author = Self.signature(ByteText.drop(line, 7), keeping: date)
            return
        case 0x41 where ByteText.hasPrefix(line, "AuthorDate:"):
            draft?.author?.date = GitDateParser.parse(ByteText.drop(line, 11))
            return
        case 0x43 where ByteText.hasPrefix(line, "CommitDate:"):
            draft?.committer?.date = GitDateParser.parse(ByteText.drop(line, 11))
            return
        case 0x43 where ByteText.hasPrefix(line, "Commit:"):
            draft?.committer = Self.signature(ByteText.drop(line, 7), keeping: nil)
            return
        case 0x44 where ByteText.hasPrefix(line, "Date:"):
            draft?.author?.date = GitDateParser.parse(ByteText.drop(line, 5))
            return
        case 0x4D where ByteText.hasPrefix(line, "Merge:"):
            if draft?.parents.isEmpty == true { draft?.parents = Self.words(ByteText.drop(line, 6)) }
            return
        case 0x67 where ByteText.hasPrefix(line, "gpg:"),
             0x50 where ByteText.hasPrefix(line, "Primary key fingerprint:"),
             0x47 where ByteText.hasPrefix(line, "Good \"git\" signature"),
             0x43 where ByteText.hasPrefix(line, "Could not verify signature"),
             0x52 where ByteText.hasPrefix(line, "Reflog"):
            return
        case 0x63 where ByteText.hasPrefix(line, "commit "):
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

    private mutating func handleMessage(_ line: UnsafeBufferPointer<UInt8>, emit: (Commit) throws -> Void) throws {
        if ByteText.hasPrefix(line, "    ") {
            if !message.isEmpty {
                message.append(0x0A)
                if pendingBlank { message.append(0x0A) }
            }
            message.append(contentsOf: ByteText.drop(line, 4))
            pendingBlank = false
            return
        }
        if line.isEmpty || ByteText.isBlank(line) {
            if pendingBlank { state = .details }
            pendingBlank = true
            return
        }
        state = .details
        filesClosed = false
        try handleDetails(line, emit: emit)
    }

    private mutating func handleNotes(_ line: UnsafeBufferPointer<UInt8>, emit: (Commit) throws -> Void) throws {
        if ByteText.hasPrefix(line, "    ") {
            if !notes.isEmpty, notes.last != 0x0A { notes.append(0x0A) }
            notes.append(contentsOf: ByteText.drop(line, 4))
            notes.append(0x0A)
            return
        }
        state = .details
        filesClosed = false
        try handleDetails(line, emit: emit)
    }

    /// After the message: file lists, stat lines, notes, the start of a patch or the next commit.
    private mutating func handleDetails(_ line: UnsafeBufferPointer<UInt8>, emit: (Commit) throws -> Void) throws {
        if line.isEmpty || ByteText.isBlank(line) {
            if draft?.files.isEmpty == false || draft?.diffSummary != nil { filesClosed = true }
            return
        }
        let first = line[0]
        switch first {
        case 0x63 where style == .full:
            if let hashLength = commitLineHashLength(line) {
                try beginCommit(line, hashLength: hashLength, emit: emit)
                return
            }
        case 0x4E where ByteText.hasPrefix(line, "Notes:") || ByteText.hasPrefix(line, "Notes ("):
            if draft?.hasNotes == true, !notes.isEmpty { notes.append(0x0A) }
            draft?.hasNotes = true
            state = .notes
            return
        case 0x64 where ByteText.hasPrefix(line, "diff --"):
            beginPatchFile(line)
            return
        case 0x2D where line.count == 3 && ByteText.hasPrefix(line, "---"):
            return  // `-p --stat` puts `---` between the stat and the patch
        case 0x20:
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
        if ByteText.isDigit(first) || first == 0x2D, let change = FileLineParser.numstat(line) {
            addFile(change)
            return
        }
        if let change = FileLineParser.nameStatus(line) {
            addFile(change)
            return
        }
        if draft != nil, !filesClosed, first != 0x20,
           fileStyle == .nameOnly || (fileStyle == .unknown && Self.looksLikePath(line)) {
            fileStyle = .nameOnly
            closeStrayRun()
            draft?.files.append(FileChange(path: QuotedPath.string(line)))
            return
        }
        stray(line, expected: "unexpected line between commits (after the commit at line \(draft?.line ?? 0))")
    }

    private mutating func handlePatch(_ line: UnsafeBufferPointer<UInt8>, emit: (Commit) throws -> Void) throws {
        if hunkOld > 0 || hunkNew > 0 {
            let first = line.first ?? 0x20
            switch first {
            case 0x20:
                hunkOld -= 1
                hunkNew -= 1
                return
            case 0x2B:
                hunkNew -= 1
                patchAdditions += 1
                return
            case 0x2D:
                hunkOld -= 1
                patchDeletions += 1
                return
            case 0x5C:
                return
            default:
                hunkOld = 0
                hunkNew = 0
            }
        }
        guard let first = line.first else {
            state = .details
            filesClosed = true
            return
        }
        if inCombinedHunk {
            if first == 0x20 || first == 0x2B || first == 0x2D || first == 0x5C { return }
            inCombinedHunk = false
        }
        switch first {
        case 0x40:
            if ByteText.hasPrefix(line, "@@@") {
                inCombinedHunk = true
            } else if ByteText.hasPrefix(line, "@@ -") {
                readHunkHeader(line)
            }
            return
        case 0x64 where ByteText.hasPrefix(line, "diff --"):
            beginPatchFile(line)
            return
        case 0x6E where ByteText.hasPrefix(line, "new file mode"):
            setPatchFile { $0.kind = .added }
            return
        case 0x64 where ByteText.hasPrefix(line, "deleted file mode"):
            setPatchFile { $0.kind = .deleted }
            return
        case 0x72 where ByteText.hasPrefix(line, "rename from "):
            let old = QuotedPath.string(ByteText.drop(line, 12))
            setPatchFile { $0.kind = .renamed; $0.oldPath = old }
            return
        case 0x72 where ByteText.hasPrefix(line, "rename to "):
            let new = QuotedPath.string(ByteText.drop(line, 10))
            setPatchFile { $0.kind = .renamed; $0.path = new }
            return
        case 0x63 where ByteText.hasPrefix(line, "copy from "):
            let old = QuotedPath.string(ByteText.drop(line, 10))
            setPatchFile { $0.kind = .copied; $0.oldPath = old }
            return
        case 0x63 where ByteText.hasPrefix(line, "copy to "):
            let new = QuotedPath.string(ByteText.drop(line, 8))
            setPatchFile { $0.kind = .copied; $0.path = new }
            return
        case 0x73 where ByteText.hasPrefix(line, "similarity index "):
            var index = 17
            let value = ByteText.readDecimal(line, &index)
            setPatchFile { $0.similarity = value }
            return
        case 0x42 where ByteText.hasPrefix(line, "Binary files "),
             0x47 where ByteText.hasPrefix(line, "GIT binary patch"):
            patchCountsLines = false
            setPatchFile { $0.isBinary = true; $0.additions = nil; $0.deletions = nil }
            return
        case 0x63 where style == .full:
            if commitLineHashLength(line) != nil {
                try handleDetails(line, emit: emit)
                return
            }
        default:
            break
        }
        // index, old/new mode, ---/+++ and binary patch data: nothing to keep.
    }

    // MARK: - Commits

    private mutating func beginCommit(_ line: UnsafeBufferPointer<UInt8>, hashLength: Int, emit: (Commit) throws -> Void) throws {
        try flushCommit(emit: emit)
        closeStrayRun()
        var commit = CommitDraft(hash: TextDecoding.string(ByteText.slice(line, 7, 7 + hashLength)), line: lineCount)
        var index = 7 + hashLength
        while index < line.count {
            while index < line.count, line[index] == 0x20 { index += 1 }
            guard index < line.count else { break }
            if line[index] == 0x28 {
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

    private mutating func beginOneline(_ line: UnsafeBufferPointer<UInt8>, emit: (Commit) throws -> Void) throws {
        try flushCommit(emit: emit)
        closeStrayRun()
        let hashLength = Self.onelineHashLength(line)
        var commit = CommitDraft(hash: TextDecoding.string(ByteText.slice(line, 0, hashLength)), line: lineCount)
        var index = hashLength
        if index < line.count { index += 1 }
        // --parents: more hashes of the same length follow.
        while index < line.count {
            let run = ByteText.hexRun(line, from: index)
            guard run == hashLength, index + run == line.count || line[index + run] == 0x20 else { break }
            commit.parents.append(TextDecoding.string(ByteText.slice(line, index, index + run)))
            index += run
            if index < line.count { index += 1 }
        }
        if index < line.count, line[index] == 0x28, let close = ByteText.firstIndex(of: 0x29, in: line, from: index) {
            commit.decorations = Self.decorations(ByteText.slice(line, index, close + 1))
            index = close + 1
            if index < line.count, line[index] == 0x20 { index += 1 }
        }
        commit.onelineSubject = TextDecoding.string(ByteText.drop(line, index))
        draft = commit
        state = .details
        filesClosed = false
    }

    /// Emits the commit being read, if any, and resets the per-commit state.
    private mutating func flushCommit(emit: (Commit) throws -> Void) throws {
        finishPatchFile()
        guard let current = draft.take() else { return }
        let commit = message.withUnsafeBufferPointer { messageBytes in
            notes.withUnsafeBufferPointer { notesBytes in
                current.commit(message: messageBytes, notes: notesBytes)
            }
        }
        message.removeAll(keepingCapacity: true)
        notes.removeAll(keepingCapacity: true)
        pendingBlank = false
        filesClosed = false
        hunkOld = 0
        hunkNew = 0
        inCombinedHunk = false
        patchFile = nil
        filesBeforePatch = nil
        commitCount += 1
        try emit(commit)
    }

    private mutating func addFile(_ change: FileChange) {
        guard draft != nil else { return }
        fileStyle = .other
        closeStrayRun()
        draft?.files.append(change)
    }

    private mutating func beginPatchFile(_ line: UnsafeBufferPointer<UInt8>) {
        guard draft != nil else { return }
        finishPatchFile()
        closeStrayRun()
        state = .patch
        hunkOld = 0
        hunkNew = 0
        inCombinedHunk = false
        var path = ""
        patchCountsLines = false
        if ByteText.hasPrefix(line, "diff --git ") {
            path = Self.patchPath(ByteText.drop(line, 11))
            patchCountsLines = true
        } else if ByteText.hasPrefix(line, "diff --cc ") {
            path = QuotedPath.string(ByteText.drop(line, 10))
        } else if ByteText.hasPrefix(line, "diff --combined ") {
            path = QuotedPath.string(ByteText.drop(line, 16))
        }
        // `-p --stat` lists each file in the stat first: complete that entry instead of adding another.
        let listedBefore = filesBeforePatch ?? draft?.files.count ?? 0
        filesBeforePatch = listedBefore
        if let existing = draft?.files[0..<listedBefore].firstIndex(where: { $0.path == path }) {
            if draft?.files[existing].kind == nil { draft?.files[existing].kind = .modified }
            patchFile = existing
            return
        }
        draft?.files.append(FileChange(path: path, kind: .modified))
        patchFile = (draft?.files.count ?? 1) - 1
    }

    /// Stores the line counts of the patch file just read.
    private mutating func finishPatchFile() {
        defer {
            patchFile = nil
            patchAdditions = 0
            patchDeletions = 0
        }
        guard patchCountsLines, let index = patchFile, var current = draft, index < current.files.count else { return }
        draft = nil
        current.files[index].additions = patchAdditions
        current.files[index].deletions = patchDeletions
        draft = current
    }

    private mutating func setPatchFile(_ update: (inout FileChange) -> Void) {
        guard let index = patchFile, draft != nil else { return }
        update(&draft!.files[index])
    }

    /// `@@ -12,7 +12,8 @@ context`: the number of old and new lines the hunk holds.
    private mutating func readHunkHeader(_ line: UnsafeBufferPointer<UInt8>) {
        var index = 4
        _ = ByteText.readDecimal(line, &index)
        var oldCount = 1
        if index < line.count, line[index] == 0x2C {
            index += 1
            oldCount = ByteText.readDecimal(line, &index) ?? 0
        }
        guard index + 1 < line.count, line[index] == 0x20, line[index + 1] == 0x2B else { return }
        index += 2
        _ = ByteText.readDecimal(line, &index)
        var newCount = 1
        if index < line.count, line[index] == 0x2C {
            index += 1
            newCount = ByteText.readDecimal(line, &index) ?? 0
        }
        hunkOld = oldCount
        hunkNew = newCount
    }

    // MARK: - Issues

    /// Records a line that belongs to no commit. Consecutive stray lines share one issue.
    private mutating func stray(_ line: UnsafeBufferPointer<UInt8>, expected: String) {
        if let index = strayIssue, index < issues.count {
            strayLines += 1
            strayLastLine = lineCount
            return
        }
        let before = issues.count
        report(lineCount, "\(expected), found \(TextDecoding.excerpt(line))")
        if issues.count > before {
            strayIssue = issues.count - 1
            strayLines = 1
            strayLastLine = lineCount
        }
    }

    /// Ends a run of stray lines, noting its length in the issue.
    private mutating func closeStrayRun() {
        guard let index = strayIssue else { return }
        if strayLines > 1, index < issues.count {
            let more = strayLines - 1
            issues[index].message += " (and \(more) more such \(more == 1 ? "line" : "lines") up to line \(strayLastLine))"
        }
        strayIssue = nil
        strayLines = 0
    }

    private mutating func report(_ line: Int, _ message: String) {
        if issues.count >= Self.issueLimit {
            droppedIssues += 1
            return
        }
        issues.append(ParseIssue(line: line, message: message))
    }

    // MARK: - Pieces of lines

    /// Length of the hash in `commit <hash>...`, or nil when `line` is not a commit line.
    private func commitLineHashLength(_ line: UnsafeBufferPointer<UInt8>) -> Int? {
        guard line.count >= 11, line[0] == 0x63, ByteText.hasPrefix(line, "commit ") else { return nil }
        let run = ByteText.hexRun(line, from: 7)
        guard run >= 4, 7 + run == line.count || line[7 + run] == 0x20 else { return nil }
        return run
    }

    /// Length of the hash at the start of a `--oneline` line (at least 7 lowercase hex digits
    /// followed by a space or the line's end), or 0.
    static func onelineHashLength(_ line: UnsafeBufferPointer<UInt8>) -> Int {
        var index = 0
        while index < line.count {
            let byte = line[index]
            guard ByteText.isDigit(byte) || byte &- 0x61 < 6 else { break }
            index += 1
        }
        guard index >= 7, index <= 64, index == line.count || line[index] == 0x20 else { return 0 }
        return index
    }

    /// `(HEAD -> main, tag: v1.0, origin/main)` as `["HEAD -> main", "tag: v1.0", "origin/main"]`.
    private static func decorations(_ field: UnsafeBufferPointer<UInt8>) -> [String] {
        var end = field.count
        if let close = ByteText.lastIndex(of: 0x29, in: field) { end = close }
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
    private static func signature(_ field: UnsafeBufferPointer<UInt8>, keeping date: GitDate?) -> Signature {
        let text = ByteText.trimmingSpacesAndTabs(field)
        guard let open = ByteText.lastIndex(of: 0x3C, in: text) else {
            return Signature(name: TextDecoding.string(text), email: "", date: date)
        }
        let close = ByteText.firstIndex(of: 0x3E, in: text, from: open) ?? text.count
        return Signature(
            name: TextDecoding.string(ByteText.trimmingSpacesAndTabs(ByteText.slice(text, 0, open))),
            email: TextDecoding.string(ByteText.slice(text, open + 1, close)),
            date: date
        )
    }

    private static func words(_ field: UnsafeBufferPointer<UInt8>) -> [String] {
        var result: [String] = []
        var index = 0
        while index < field.count {
            while index < field.count, field[index] == 0x20 { index += 1 }
            let start = index
            while index < field.count, field[index] != 0x20 { index += 1 }
            if index > start { result.append(TextDecoding.string(ByteText.slice(field, start, index))) }
        }
        return result
    }

    /// The path of `diff --git a/x b/x` (quoted or not); for differing names the `b/` side.
    private static func patchPath(_ field: UnsafeBufferPointer<UInt8>) -> String {
        if field.first == 0x22 {
            var index = 0
            _ = QuotedPath.readQuoted(field, &index)
            while index < field.count, field[index] == 0x20 { index += 1 }
            if var new = QuotedPath.readQuoted(field, &index) {
                if new.starts(with: [0x62, 0x2F]) { new.removeFirst(2) }
                return TextDecoding.string(new)
            }
            return TextDecoding.string(field)
        }
        let count = field.count
        if count >= 5, (count - 1) % 2 == 0 {
            let half = (count - 1) / 2
            if field[half] == 0x20, ByteText.hasPrefix(field, "a/"), ByteText.hasPrefix(ByteText.drop(field, half + 1), "b/"),
               memcmp(field.baseAddress! + 2, field.baseAddress! + half + 3, half - 2) == 0 {
                return TextDecoding.string(ByteText.slice(field, 2, half))
            }
        }
        if let split = ByteText.firstIndex(of: " b/", in: field) {
            let new = ByteText.drop(field, split + 1)
            if new.first == 0x22 { return QuotedPath.string(new) }
            return TextDecoding.string(ByteText.drop(new, 2))
        }
        return TextDecoding.string(field)
    }

    /// Whether a line could start a `--name-only` list: no control bytes, and no spaces
    /// unless it has a `/` (a sentence of prose is more likely a stray line than a path).
    private static func looksLikePath(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        var hasSpace = false
        var hasSlash = false
        for byte in line {
            if byte < 0x20 || byte == 0x7F { return false }
            if byte == 0x20 { hasSpace = true }
            if byte == 0x2F { hasSlash = true }
        }
        return !hasSpace || hasSlash
    }
}

extension LogParser {
    /// Parses a whole log held in memory (tests, small inputs); streaming callers use `consume` and `finish`.
    ///
    /// - Parameter bytes: the complete output of `git log`, in any encoding the parser accepts.
    /// - Returns: the commits in input order and the issues found.
    public static func parse(_ bytes: some Collection<UInt8>) -> (commits: [Commit], issues: [ParseIssue]) {
        var parser = LogParser()
        var commits: [Commit] = []
        let all = Array(bytes)
        // `emit` never throws here, so neither do `consume` and `finish`.
        all.withUnsafeBytes { raw in try? parser.consume(raw) { commits.append($0) } }
        try? parser.finish { commits.append($0) }
        return (commits, parser.issues)
    }
}
