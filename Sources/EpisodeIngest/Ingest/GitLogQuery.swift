/// What to ask `git log` for: a repository, date limits and revisions. Pure: builds arguments only.
public struct GitLogQuery: Equatable, Sendable {
    /// The repository folder (`git -C`).
    public var repository: String
    /// Passed to git as `--since` (git's own date syntax: `2026-05-01`, `2 weeks ago`).
    public var since: String?
    /// Passed to git as `--until`.
    public var until: String?
    /// Revisions and ranges (`v1.0..main`, `HEAD~20..`); empty means `HEAD`.
    public var revisions: [String]
    /// Keep only commits authored inside this window (from `--date`); git is asked for a wider one.
    public var authorWindow: AuthorDateWindow?
    /// A mailmap file to use on top of the repository's own `.mailmap` (`mailmap.file`).
    public var mailmapFile: String?

    public init(
        repository: String, since: String? = nil, until: String? = nil, revisions: [String] = [],
        authorWindow: AuthorDateWindow? = nil, mailmapFile: String? = nil
    ) {
        self.repository = repository
        self.since = since
        self.until = until
        self.revisions = revisions
        self.authorWindow = authorWindow
        self.mailmapFile = mailmapFile
    }

    /// Fields of the machine format, in order, each ended by NUL; a record starts with 0x1E.
    /// `%B` comes last so that only it could ever hold unusual bytes.
    static let format = "%x1e%H%x00%P%x00%aN%x00%aE%x00%at%x00%aI%x00%cN%x00%cE%x00%ct%x00%cI%x00%D%x00%B%x00"
    /// Number of NUL-ended fields in `format`.
    static let fieldCount = 12
    /// Days added on each side of `authorWindow` for git's committer-date filter.
    static let windowMarginDays: Int64 = 2

    /// The arguments after `git`. Settings a user's configuration could change are pinned so the
    /// output stays in the machine format: colour, encoding, signatures, rename detection.
    public var arguments: [String] {
        var arguments = [
            "-C", repository,
            "-c", "log.showSignature=false",
            "-c", "i18n.logOutputEncoding=UTF-8",
            "-c", "core.quotePath=false",
        ]
        if let mailmapFile { arguments += ["-c", "mailmap.file=\(mailmapFile)"] }
        arguments += [
            "log", "--no-color", "--use-mailmap", "--encoding=UTF-8", "--no-notes", "--no-show-signature",
            "--no-ext-diff", "--no-textconv", "--no-diff-merges", "-M", "--no-abbrev",
            "-z", "--raw", "--numstat", "--format=\(GitLogQuery.format)",
        ]
        if let since { arguments.append("--since=\(since)") }
        if let until { arguments.append("--until=\(until)") }
        if let window = authorWindow?.widened(byDays: GitLogQuery.windowMarginDays) {
            arguments.append("--since=@\(window.start) +0000")
            arguments.append("--until=@\(window.end) +0000")
        }
        arguments.append("--end-of-options")
        arguments += revisions
        arguments.append("--")
        return arguments
    }
}
