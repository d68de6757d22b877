import EpisodeModel
import EpisodeText

/// Streaming parser for the machine format `GitLogReader` asks git for (`GitLogQuery.format`
/// with `-z --raw --numstat`): bytes in, `Commit`s out. Pure: no IO.
///
/// The stream is a sequence of NUL-ended tokens. A commit starts with a token beginning with
/// 0x1E, followed by `GitLogQuery.fieldCount` header fields (the message last). Then come the
/// changed files: `--raw` entries (`:100644 100644 <old> <new> R087` then one path, or two for a
/// rename or copy) and `--numstat` entries (`12\t3\tpath`, or `12\t3\t` then the old and the new
/// path). Bytes of an unfinished token are kept between chunks; nothing else is buffered.
public struct MachineLogParser {
    /// A token that does not fit the format (a sign git printed something unexpected).
    public struct FormatError: Error, Equatable, Sendable, CustomStringConvertible {
        public var message: String
        public var description: String { "unexpected git output: \(message)" }
    }

    private enum State {
        /// Before the first commit.
        case start
        /// Reading header field number `index`.
        case header(index: Int)
        /// Between file entries of the current commit.
        case files
        /// Reading the paths of a `--raw` entry.
        case rawPaths(kind: ChangeKind, similarity: Int?, remaining: Int)
        /// Reading the old and new path of a `--numstat` rename.
        case numstatPaths(additions: Int?, deletions: Int?, binary: Bool, remaining: Int)
    }

    private var state = State.start
    private var pending: [UInt8] = []
    /// The header fields kept as plain text, in `GitLogQuery.format` order: hash, parents, author
    /// name and e-mail, committer name and e-mail, decorations. Dates and the message are kept apart.
    private var fields: [String] = []
    private var authorDate: GitDate?
    private var committerDate: GitDate?
    /// The raw `%B` bytes, split by `MessageSplitter` like a message read from a human log.
    private var message: [UInt8] = []
    private var rawChanges: [FileChange] = []
    private var counts: [(path: String, additions: Int?, deletions: Int?, binary: Bool)] = []
    private var pathBuffer: [String] = []

    public init() {}

    /// Feeds the next chunk; emits every commit known to be complete (a commit ends where the next begins).
    public mutating func consume(_ bytes: UnsafeRawBufferPointer, emit: (Commit) throws -> Void) throws {
        let chunk = bytes.bindMemory(to: UInt8.self)
        var tokenStart = 0
        var index = 0
        let count = chunk.count
        while index < count {
            if chunk[index] == 0 {
                if pending.isEmpty {
                    try handle(UnsafeBufferPointer(rebasing: chunk[tokenStart..<index]), emit: emit)
                } else {
                    pending.append(contentsOf: chunk[tokenStart..<index])
                    let token = pending
                    pending.removeAll(keepingCapacity: true)
                    try token.withUnsafeBufferPointer { try handle($0, emit: emit) }
                }
                tokenStart = index + 1
            }
            index += 1
        }
        if tokenStart < count { pending.append(contentsOf: chunk[tokenStart..<count]) }
    }

    /// Ends the input; emits the last commit.
    /// - Throws: `FormatError` when the output stopped in the middle of a commit's header.
    public mutating func finish(emit: (Commit) throws -> Void) throws {
        if !pending.isEmpty {
            let token = pending
            pending.removeAll()
            try token.withUnsafeBufferPointer { try handle($0, emit: emit) }
        }
        switch state {
        case .start: return
        case .header(let index):
            throw FormatError(message: "the output ended inside a commit header (field \(index + 1) of \(GitLogQuery.fieldCount))")
        case .files, .rawPaths, .numstatPaths:
            try emitCurrent(emit)
            state = .start
        }
    }

    private mutating func handle(_ token: UnsafeBufferPointer<UInt8>, emit: (Commit) throws -> Void) throws {
        switch state {
        case .start, .files:
            // git puts a newline before the first file entry; skip it and the empty token after %B.
            var first = 0
            while first < token.count, token[first] == UInt8(ascii: "\n") { first += 1 }
            if first == token.count { return }
            let rest = UnsafeBufferPointer(rebasing: token[first...])
            if rest[0] == 0x1E {
                if case .files = state { try emitCurrent(emit) }
                fields.removeAll(keepingCapacity: true)
                message.removeAll(keepingCapacity: true)
                (authorDate, committerDate) = (nil, nil)
                fields.append(string(UnsafeBufferPointer(rebasing: rest[1...])))
                state = .header(index: 1)
            } else if case .start = state {
                throw FormatError(message: "expected a commit record, found \"\(string(rest).prefix(40))\"")
            } else if rest[0] == UInt8(ascii: ":") {
                try startRawEntry(rest)
            } else {
                try startNumstatEntry(rest)
            }
        case .header(let index):
            switch index {
            case GitLogQuery.authorDateField: authorDate = date(token)
            case GitLogQuery.committerDateField: committerDate = date(token)
            case GitLogQuery.messageField: message.append(contentsOf: token)
            default: fields.append(string(token))
            }
            state = index + 1 == GitLogQuery.fieldCount ? .files : .header(index: index + 1)
        case .rawPaths(let kind, let similarity, let remaining):
            pathBuffer.append(string(token))
            if remaining > 1 {
                state = .rawPaths(kind: kind, similarity: similarity, remaining: remaining - 1)
            } else {
                let newPath = pathBuffer[pathBuffer.count - 1]
                let oldPath = pathBuffer.count == 2 ? pathBuffer[0] : nil
                rawChanges.append(FileChange(path: newPath, oldPath: oldPath, kind: kind, similarity: similarity))
                pathBuffer.removeAll(keepingCapacity: true)
                state = .files
            }
        case .numstatPaths(let additions, let deletions, let binary, let remaining):
            pathBuffer.append(string(token))
            if remaining > 1 {
                state = .numstatPaths(additions: additions, deletions: deletions, binary: binary, remaining: remaining - 1)
            } else {
                counts.append((pathBuffer[pathBuffer.count - 1], additions, deletions, binary))
                pathBuffer.removeAll(keepingCapacity: true)
                state = .files
            }
        }
    }

    /// `:100644 100644 <old> <new> <status>` where status is a letter and, for R and C, a score.
    private mutating func startRawEntry(_ token: UnsafeBufferPointer<UInt8>) throws {
        var lastSpace = token.count - 1
        while lastSpace >= 0, token[lastSpace] != UInt8(ascii: " ") { lastSpace -= 1 }
        guard lastSpace >= 0, lastSpace + 1 < token.count else {
            throw FormatError(message: "a --raw entry without a status: \"\(string(token))\"")
        }
        let status = token[lastSpace + 1]
        var score: Int? = nil
        if lastSpace + 2 < token.count { score = ByteText.decimal(token, lastSpace + 2, token.count) }
        let kind = FileLineParser.changeKind(status: status) ?? .unknown
        let paths = kind == .renamed || kind == .copied ? 2 : 1
        state = .rawPaths(kind: kind, similarity: paths == 2 ? score : nil, remaining: paths)
    }

    /// `12\t3\tpath`, `-\t-\tpath` (binary), or `12\t3\t` with the two paths of a rename following.
    private mutating func startNumstatEntry(_ token: UnsafeBufferPointer<UInt8>) throws {
        guard let firstTab = token.firstIndex(of: UInt8(ascii: "\t")),
            let secondTab = token[(firstTab + 1)...].firstIndex(of: UInt8(ascii: "\t"))
        else { throw FormatError(message: "expected a --numstat entry, found \"\(string(token).prefix(80))\"") }
        let added = UnsafeBufferPointer(rebasing: token[..<firstTab])
        let deleted = UnsafeBufferPointer(rebasing: token[(firstTab + 1)..<secondTab])
        let binary = added.count == 1 && added[0] == UInt8(ascii: "-")
        let additions = binary ? nil : ByteText.decimal(added, 0, added.count)
        let deletions = binary ? nil : ByteText.decimal(deleted, 0, deleted.count)
        if secondTab + 1 == token.count {
            state = .numstatPaths(additions: additions, deletions: deletions, binary: binary, remaining: 2)
        } else {
            counts.append((string(UnsafeBufferPointer(rebasing: token[(secondTab + 1)...])), additions, deletions, binary))
        }
    }

    private mutating func emitCurrent(_ emit: (Commit) throws -> Void) throws {
        defer {
            rawChanges.removeAll(keepingCapacity: true)
            counts.removeAll(keepingCapacity: true)
        }
        let message = self.message.withUnsafeBufferPointer { MessageSplitter.split($0) }
        let (hash, parents, authorName, authorEmail, committerName, committerEmail, decorated) =
            (fields[0], fields[1], fields[2], fields[3], fields[4], fields[5], fields[6])
        let decorations = decorated.isEmpty ? [] : decorated.components(separatedBy: ", ")
        let commit = Commit(
            hash: hash,
            parents: parents.split(separator: " ").map(String.init),
            author: Signature(name: authorName, email: authorEmail, date: authorDate),
            committer: Signature(name: committerName, email: committerEmail, date: committerDate),
            subject: message.subject,
            body: message.body,
            trailers: message.trailers,
            decorations: decorations,
            files: mergedFiles()
        )
        try emit(commit)
    }

    /// Joins the `--raw` entries (kind, old path) with the `--numstat` counts; both list the same files in the same order.
    private func mergedFiles() -> [FileChange] {
        var files = rawChanges
        if files.isEmpty {
            return counts.map { FileChange(path: $0.path, additions: $0.additions, deletions: $0.deletions, isBinary: $0.binary) }
        }
        var used = [Bool](repeating: false, count: counts.count)
        for fileIndex in files.indices {
            var match: Int? = nil
            if fileIndex < counts.count, !used[fileIndex], counts[fileIndex].path == files[fileIndex].path {
                match = fileIndex
            } else {
                match = counts.indices.first { !used[$0] && counts[$0].path == files[fileIndex].path }
            }
            guard let countIndex = match else { continue }
            used[countIndex] = true
            files[fileIndex].additions = counts[countIndex].additions
            files[fileIndex].deletions = counts[countIndex].deletions
            files[fileIndex].isBinary = counts[countIndex].binary
        }
        return files
    }

    /// `%aI`/`%cI`, strict ISO 8601 (`2026-01-01T10:00:00+02:00`): seconds and offset both come from it.
    private func date(_ bytes: UnsafeBufferPointer<UInt8>) -> GitDate? {
        bytes.isEmpty ? nil : GitDateParser.parse(bytes)
    }

    private func string(_ bytes: UnsafeBufferPointer<UInt8>) -> String { TextDecoding.string(bytes) }
}
