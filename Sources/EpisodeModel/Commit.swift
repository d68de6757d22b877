import EpisodeText

/// One commit as read from `git log` output, in any of the formats git prints.
///
/// Fields a format does not carry stay empty or `nil` (`--oneline` has no author,
/// `--format=medium` no committer). Patch text is never stored, only what it says
/// about files and line counts.
public struct Commit: Codable, Equatable, Hashable, Sendable {
    /// The hash as printed: 40 or 64 hex digits, or abbreviated (`--oneline`, `--abbrev-commit`).
    public var hash: String
    /// Parent hashes where the format prints them (`Merge:` lines, `--parents`, the machine format).
    public var parents: [String]
    public var author: Signature?
    public var committer: Signature?
    /// The first line of the message.
    public var subject: String
    /// The message after the subject, without the leading blank line and without the
    /// final trailer block (those lines are in `trailers`).
    public var body: String
    /// Trailers of the message's last paragraph, in order (`Signed-off-by`, `Co-authored-by`, `Fixes`, ...).
    public var trailers: [Trailer]
    /// Refs printed by `--decorate`, e.g. `HEAD -> main`, `tag: v2.13.1`, `origin/main`.
    public var decorations: [String]
    /// Text of `Notes:` blocks, if the log showed notes.
    public var notes: String?
    /// Changed files, from `--numstat`, `--stat`, `--name-only`, `--name-status`, `-p` or the machine format.
    public var files: [FileChange]
    /// Totals from a `--stat` or `--shortstat` summary line (`3 files changed, 10 insertions(+), 2 deletions(-)`).
    public var diffSummary: DiffSummary?

    public init(
        hash: String,
        parents: [String] = [],
        author: Signature? = nil,
        committer: Signature? = nil,
        subject: String = "",
        body: String = "",
        trailers: [Trailer] = [],
        decorations: [String] = [],
        notes: String? = nil,
        files: [FileChange] = [],
        diffSummary: DiffSummary? = nil
    ) {
        self.hash = hash
        self.parents = parents
        self.author = author
        self.committer = committer
        self.subject = subject
        self.body = body
        self.trailers = trailers
        self.decorations = decorations
        self.notes = notes
        self.files = files
        self.diffSummary = diffSummary
    }

    /// A merge has more than one parent. Formats without parents also mark merges by a `Merge:` line.
    public var isMerge: Bool { parents.count > 1 }

    /// Values of every trailer whose key matches `key`, ignoring case (`co-authored-by` == `Co-authored-by`).
    public func values(ofTrailer key: String) -> [String] {
        // Compares ASCII keys by bytes instead of making lowercase copies of every key.
        var values: [String] = []
        for trailer in trailers where ASCIIText.equalIgnoringCase(trailer.key, key) { values.append(trailer.value) }
        return values
    }

    /// Lines added and deleted over all files, from per-file counts or else the summary line.
    public var linesChanged: (added: Int, deleted: Int) {
        let counted = files.filter { $0.additions != nil || $0.deletions != nil }
        if !counted.isEmpty {
            return (counted.reduce(0) { $0 + ($1.additions ?? 0) }, counted.reduce(0) { $0 + ($1.deletions ?? 0) })
        }
        if let summary = diffSummary { return (summary.insertions, summary.deletions) }
        return (files.reduce(0) { $0 + ($1.changedLines ?? 0) }, 0)
    }
}

/// Name, e-mail and date of an author or committer.
public struct Signature: Codable, Equatable, Hashable, Sendable {
    public var name: String
    public var email: String
    public var date: GitDate?

    public init(name: String, email: String, date: GitDate? = nil) {
        self.name = name
        self.email = email
        self.date = date
    }
}

/// A date as git printed it, and the instant it names when the text is absolute.
///
/// `log.date=relative` prints "3 days ago": then `seconds` and `utcOffsetMinutes` are `nil`
/// and only `text` is kept.
public struct GitDate: Codable, Equatable, Hashable, Sendable {
    /// The date text exactly as printed.
    public var text: String
    /// Seconds since 1970-01-01T00:00:00Z.
    public var seconds: Int64?
    /// The author's or committer's time zone, in minutes east of UTC (`-0700` is -420).
    public var utcOffsetMinutes: Int?

    public init(text: String, seconds: Int64? = nil, utcOffsetMinutes: Int? = nil) {
        self.text = text
        self.seconds = seconds
        self.utcOffsetMinutes = utcOffsetMinutes
    }
}

/// One `Key: value` line of a message's trailer block.
public struct Trailer: Codable, Equatable, Hashable, Sendable {
    public var key: String
    public var value: String

    public init(key: String, value: String) {
        self.key = key
        self.value = value
    }
}

/// How a file changed in a commit.
public enum ChangeKind: String, Codable, Equatable, Hashable, Sendable {
    case added, modified, deleted, renamed, copied, typeChanged, unmerged, unknown
}

/// One changed file. Counts are `nil` where the format does not carry them.
public struct FileChange: Codable, Equatable, Hashable, Sendable {
    /// The path after the change (the new name of a rename), unquoted.
    public var path: String
    /// The path before a rename or copy.
    public var oldPath: String?
    /// `nil` where the format does not say (`--numstat`, `--stat`, `--name-only`).
    public var kind: ChangeKind?
    /// Similarity percentage of a rename or copy (`R087` is 87).
    public var similarity: Int?
    public var additions: Int?
    public var deletions: Int?
    /// Total changed lines where only a total is printed (`--stat`: `path | 12 ++--`).
    public var changedLines: Int?
    /// A binary file (`-	-` in `--numstat`, `Bin` in `--stat`, `Binary files differ` in `-p`).
    public var isBinary: Bool

    public init(
        path: String,
        oldPath: String? = nil,
        kind: ChangeKind? = nil,
        similarity: Int? = nil,
        additions: Int? = nil,
        deletions: Int? = nil,
        changedLines: Int? = nil,
        isBinary: Bool = false
    ) {
        self.path = path
        self.oldPath = oldPath
        self.kind = kind
        self.similarity = similarity
        self.additions = additions
        self.deletions = deletions
        self.changedLines = changedLines
        self.isBinary = isBinary
    }
}

/// The totals of a `--stat` or `--shortstat` summary line.
public struct DiffSummary: Codable, Equatable, Hashable, Sendable {
    public var filesChanged: Int
    public var insertions: Int
    public var deletions: Int

    public init(filesChanged: Int, insertions: Int, deletions: Int) {
        self.filesChanged = filesChanged
        self.insertions = insertions
        self.deletions = deletions
    }
}
