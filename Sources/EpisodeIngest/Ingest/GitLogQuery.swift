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
    /// Keep only commits whose author or committer date is inside this window (from `--date`).
    public var window: DateWindow?
    /// A mailmap file to use on top of the repository's own `.mailmap` (`mailmap.file`).
    public var mailmapFile: String?

    public init(
        repository: String, since: String? = nil, until: String? = nil, revisions: [String] = [],
        window: DateWindow? = nil, mailmapFile: String? = nil
    ) {
        self.repository = repository
        self.since = since
        self.until = until
        self.revisions = revisions
        self.window = window
        self.mailmapFile = mailmapFile
    }

    /// Fields of the machine format, in order, each ended by NUL; a record starts with 0x1E.
    /// `%B` comes last so that only it could ever hold unusual bytes.
    static let format = "%x1e%H%x00%P%x00%aN%x00%aE%x00%aI%x00%cN%x00%cE%x00%cI%x00%D%x00%B%x00"
    /// Number of NUL-ended fields in `format`.
    static let fieldCount = 10
    /// Positions in `format` of the fields that are not kept as plain text.
    static let authorDateField = 4
    static let committerDateField = 7
    static let messageField = 9

    /// The arguments after `git`. Settings a user's configuration could change are pinned so the
    /// output stays in the machine format and the same for every user: colour, encoding,
    /// signatures, pager, decorations, rename detection and its limit, the root commit's files,
    /// paths relative to a subfolder, file order and submodules.
    public var arguments: [String] {
        logArguments + selection
    }

    /// Which commits: the date limits, then the revisions after `--end-of-options`.
    private var selection: [String] {
        var arguments: [String] = []
        if let since { arguments.append("--since=\(since)") }
        if let until { arguments.append("--until=\(until)") }
        arguments += windowLimits
        arguments.append("--end-of-options")
        arguments += revisions
        arguments.append("--")
        return arguments
    }

    /// Most commits `arguments(forCommits:)` names on the command line; more go through `arguments`
    /// in one pass (Linux allows about 2 MB of arguments, 41 bytes a hash).
    static let maxNamedCommits = 20_000

    /// For a window on the author date, the arguments of a cheap first pass that lists the
    /// candidates' hashes and author dates (`<hash> <seconds>` a line) without diffing any of
    /// them, so that only the commits the window keeps are diffed; `nil` for any other query.
    /// A day's commits can have been committed weeks later, so git is asked for far more
    /// commits than the day holds, and diffing is most of what a commit costs.
    public var authorDateScanArguments: [String]? {
        guard let window, window.field == .author else { return nil }
        return ["-C", repository, "log", "--no-color", "--format=%H %at"] + selection
    }

    /// The arguments that print exactly `hashes`, in the order given (the first pass's walk
    /// order), in the machine format; `nil` when there are too many to name.
    public func arguments(forCommits hashes: [String]) -> [String]? {
        guard hashes.count <= GitLogQuery.maxNamedCommits else { return nil }
        return logArguments + ["--no-walk=unsorted", "--end-of-options"] + hashes + ["--"]
    }

    /// `git log` in the machine format, up to the commits to show.
    private var logArguments: [String] {
        var arguments = [
            "-C", repository,
            "--no-pager",
            "-c", "log.showSignature=false",
            "-c", "i18n.logOutputEncoding=UTF-8",
            "-c", "core.quotePath=false",
            "-c", "diff.renameLimit=1000",
        ]
        if let mailmapFile { arguments += ["-c", "mailmap.file=\(mailmapFile)"] }
        arguments += [
            "log", "--no-color", "--use-mailmap", "--encoding=UTF-8", "--no-notes", "--no-show-signature",
            "--no-ext-diff", "--no-textconv", "--no-diff-merges", "-M", "--no-abbrev",
            "--decorate=short", "--root", "--no-relative", "--ignore-submodules=none", "-O/dev/null",
            "-z", "--raw", "--numstat", "--format=\(GitLogQuery.format)",
        ]
        return arguments
    }

    /// git's committer-date limits for `window` (git's `--since`/`--until` are inclusive).
    ///
    /// Committer: exactly the window. Author: git cannot filter on it, but a commit is committed
    /// at or after it is authored, so every commit authored in the window has a committer date
    /// after its start; one day earlier is asked for to spare clocks that are a little off, and
    /// no upper bound, because review can land a commit days or weeks later. The reader then
    /// keeps exactly the commits of the window.
    var windowLimits: [String] {
        guard let window else { return [] }
        switch window.field {
        case .committer:
            return ["--since=@\(window.start) +0000", "--until=@\(window.end - 1) +0000"]
        case .author:
            return ["--since=@\(window.start - 86_400) +0000"]
        }
    }
}
