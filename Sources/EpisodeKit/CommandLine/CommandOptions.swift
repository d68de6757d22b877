import EpisodeIngest

/// Everything the command line said, checked for form but not yet acted on. Pure value.
public struct CommandOptions: Equatable, Sendable {
    /// `--repo PATH`: run git in this repository.
    public var repository: String?
    /// `--input FILE`: read a `git log` from a file; `-` is standard input.
    public var inputFile: String?
    /// `--since` and `--until`, passed to git.
    public var since: String?
    public var until: String?
    /// `--date`: keep the commits authored (or committed, see `dateField`) on this day.
    public var date: DateSelection?
    /// `--date-field`: which date `--date` looks at; `nil` means author.
    public var dateField: DateField?
    /// `--time-zone`: the IANA name of the zone `--date` is read in.
    public var timeZone: String?
    /// `--config FILE`: the show configuration.
    public var configFile: String?
    /// `--mailmap FILE`: a mailmap for piped input (for git, on top of the repository's own).
    public var mailmapFile: String?
    /// Positional revisions and ranges (`v1.0..main`, `HEAD~20..`).
    public var revisions: [String]
    /// Episode only: `--format`.
    public var format: EpisodeFormat?
    /// Episode only: `--output DIR`, write a bundle there.
    public var outputDirectory: String?
    /// Episode only: `--force`, overwrite files edited by a person.
    public var force: Bool
    /// Check only: the bundle folder (or its script.txt) to check.
    public var checkPath: String?
    /// Check only: `--format text|json`.
    public var checkFormat: CheckReportFormat?
    /// Approve and feed only: the bundle folder to approve, or the show folder to publish.
    public var bundlePath: String?
    /// Approve only: `--audio`, speak the script into episode.wav.
    public var audio: Bool = false

    public init(
        repository: String? = nil, inputFile: String? = nil, since: String? = nil, until: String? = nil,
        date: DateSelection? = nil, dateField: DateField? = nil, timeZone: String? = nil, configFile: String? = nil, mailmapFile: String? = nil,
        revisions: [String] = [], format: EpisodeFormat? = nil, outputDirectory: String? = nil, force: Bool = false,
        checkPath: String? = nil, checkFormat: CheckReportFormat? = nil
    ) {
        self.repository = repository
        self.inputFile = inputFile
        self.since = since
        self.until = until
        self.date = date
        self.dateField = dateField
        self.timeZone = timeZone
        self.configFile = configFile
        self.mailmapFile = mailmapFile
        self.revisions = revisions
        self.format = format
        self.outputDirectory = outputDirectory
        self.force = force
        self.checkPath = checkPath
        self.checkFormat = checkFormat
    }
}
