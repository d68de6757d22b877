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
    public internal(set) var issues: [ParseIssue] = []
    /// Number of commits emitted so far.
    public internal(set) var commitCount = 0
    /// Number of lines read so far.
    public internal(set) var lineCount = 0

    /// At most this many issues are kept; the last one says how many more were dropped.
    public static let issueLimit = 1000
    /// A line longer than this is cut (the rest is skipped), so a file without newlines
    /// cannot make the parser hold unbounded memory.
    public static let lineLengthLimit = 16 << 20

    // The literals whose length is where the rest of a line starts. Computed, not stored, so
    // that they are constants in the hot loops rather than globals behind a lazy initializer.
    static var commitPrefix: StaticString { "commit " }
    static var messageIndent: StaticString { "    " }
    static var hunkPrefix: StaticString { "@@ -" }
    static var similarityPrefix: StaticString { "similarity index " }
    /// The byte that starts an ANSI colour escape.
    static var escape: UInt8 { UInt8(ascii: "\u{1B}") }

    enum State { case start, headers, message, notes, details, patch }
    enum Style { case unknown, full, oneline }
    enum FileStyle { case unknown, nameOnly, other }

    // What the input looks like, decided from its lines as they come.
    var state = State.start
    var style = Style.unknown
    var fileStyle = FileStyle.unknown
    var graph = GraphColumns()
    var colorMode = false

    // Turning chunks into lines.
    var transcoder = InputTranscoder()
    var transcoded: [UInt8] = []
    var partialLine: [UInt8] = []
    var partialLineOverflowed = false
    var colorScratch: [UInt8] = []

    // The commit being read.
    var draft: CommitDraft?
    var message: [UInt8] = []
    var notes: [UInt8] = []
    var pendingBlank = false
    var filesClosed = false
    var patch = PatchProgress()

    var strayRun = StrayRun()
    var droppedIssues = 0

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
            } else if state == .patch, patch.hunkOld > 0 || patch.hunkNew > 0 {
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
    mutating func scan(_ chunk: UnsafeBufferPointer<UInt8>, emit: (Commit) throws -> Void) throws {
        guard let base = chunk.baseAddress, chunk.count > 0 else { return }
        var start = 0
        if !partialLine.isEmpty || partialLineOverflowed {
            guard let found = memchr(base, Int32(UInt8(ascii: "\n")), chunk.count) else {
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
            guard let found = memchr(base + start, Int32(UInt8(ascii: "\n")), chunk.count - start) else {
                appendPartial(ByteText.drop(chunk, start))
                return
            }
            let newline = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            try handleRawLine(UnsafeBufferPointer(start: base + start, count: newline - start), emit: emit)
            start = newline + 1
        }
    }

    mutating func appendPartial(_ bytes: UnsafeBufferPointer<UInt8>) {
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
    mutating func handleRawLine(_ raw: UnsafeBufferPointer<UInt8>, emit: (Commit) throws -> Void) throws {
        lineCount += 1
        var line = raw
        if let last = line.last, last == UInt8(ascii: "\r") { line = ByteText.slice(line, 0, line.count - 1) }
        if !colorMode, !line.isEmpty, let base = line.baseAddress, line[0] == Self.escape || (state == .start && memchr(base, Int32(Self.escape), line.count) != nil) {
            colorMode = true
        }
        if colorMode, let base = line.baseAddress, memchr(base, Int32(Self.escape), line.count) != nil {
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

    mutating func handleCleanLine(_ input: UnsafeBufferPointer<UInt8>, emit: (Commit) throws -> Void) throws {
        var line = input
        if !graph.decided, !ByteText.isBlank(line) {
            graph.decided = true
            graph.isOn = line[0] == UInt8(ascii: "*")
        }
        if graph.isOn { line = stripGraph(line) }
        switch state {
        case .start: try handleStart(line, emit: emit)
        case .headers: try handleHeader(line, emit: emit)
        case .message: try handleMessage(line, emit: emit)
        case .notes: try handleNotes(line, emit: emit)
        case .details: try handleDetails(line, emit: emit)
        case .patch: try handlePatch(line, emit: emit)
        }
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
