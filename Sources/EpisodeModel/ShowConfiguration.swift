/// Everything a show can configure. Read from one JSON file by the editorial stage's
/// `ShowConfigurationLoader`, which reports mistakes with their key path; every field has
/// a default so an empty object `{}` is a valid configuration.
public struct ShowConfiguration: Equatable, Sendable {
    /// Spoken and printed name of the show.
    public var showName: String
    /// Time zone for `--date` and for saying dates: an IANA name (`Europe/Berlin`) or `UTC`; `nil` is the local one.
    public var timeZone: String?
    /// Which date `--date` picks a day by when the command line does not say: `.author` (when the
    /// work was written) or `.committer` (when it landed: right for review-based projects such as
    /// Gerrit's, where a change is committed days or weeks after it was written). `nil` is author.
    public var dateField: DateField?
    /// Ordered area rules; the first that matches a commit decides its area.
    public var areaRules: [AreaRule]
    /// Spoken names by area id, for areas found by convention or layout (`cmd/link` -> "the linker").
    public var spokenNames: [String: String]
    /// Significance multipliers by area id (default 1).
    public var areaWeights: [String: Double]
    /// Use the project's own conventions (subject prefixes, Conventional Commits, topic merges).
    public var detectConventions: Bool
    /// People whose several spellings are one person.
    public var identities: [Identity]
    /// A `.mailmap` file for piped input, relative to the configuration file.
    public var mailmapPath: String?
    /// Extra bot patterns (globs on name or e-mail), on top of the built-in list unless `includeDefaultBots` is false.
    public var bots: [String]
    public var includeDefaultBots: Bool
    /// Overrides of the significance weights by signal id; unknown ids are an error.
    public var weights: [String: Double]
    /// How words are said: `"gopls": "go please"`.
    public var pronunciations: [String: String]
    /// First path segments of the project's packages, with the noun said after a path's last
    /// part: `"cmd": "command"` says `cmd/vet` as "the vet command".
    public var pathRoots: [String: String]
    /// Speaking rate for the duration estimate.
    public var wordsPerMinute: Double
    /// Commit link pattern with `{hash}` (and `{short}`): `https://github.com/orhun/git-cliff/commit/{hash}`.
    /// A commit's `Reviewed-on` trailer is used when there is no pattern.
    public var commitLink: String?
    /// Issue link pattern with `{repository}` and `{number}`.
    public var issueLink: String?
    /// Issue links the project's messages use, read as references: a link prefix without its
    /// scheme (`go.dev/issue/`) to the repository its numbers belong to (`golang/go`).
    public var issueLinkPrefixes: [String: String]
    /// A folder of template files overriding the defaults, relative to the configuration file.
    public var templatesPath: String?
    /// How many stories the script tells in full; the rest are summed up.
    public var maxStories: Int
    /// Where and how `episodegen feed` publishes the show; `nil` when the show has no feed.
    public var feed: FeedSettings?

    public init(
        showName: String = "The Commit Log",
        timeZone: String? = nil,
        dateField: DateField? = nil,
        areaRules: [AreaRule] = [],
        spokenNames: [String: String] = [:],
        areaWeights: [String: Double] = [:],
        detectConventions: Bool = true,
        identities: [Identity] = [],
        mailmapPath: String? = nil,
        bots: [String] = [],
        includeDefaultBots: Bool = true,
        weights: [String: Double] = [:],
        pronunciations: [String: String] = [:],
        pathRoots: [String: String] = [:],
        wordsPerMinute: Double = 155,
        commitLink: String? = nil,
        issueLink: String? = nil,
        issueLinkPrefixes: [String: String] = [:],
        templatesPath: String? = nil,
        maxStories: Int = 6,
        feed: FeedSettings? = nil
    ) {
        self.showName = showName
        self.timeZone = timeZone
        self.dateField = dateField
        self.areaRules = areaRules
        self.spokenNames = spokenNames
        self.areaWeights = areaWeights
        self.detectConventions = detectConventions
        self.identities = identities
        self.mailmapPath = mailmapPath
        self.bots = bots
        self.includeDefaultBots = includeDefaultBots
        self.weights = weights
        self.pronunciations = pronunciations
        self.pathRoots = pathRoots
        self.wordsPerMinute = wordsPerMinute
        self.commitLink = commitLink
        self.issueLink = issueLink
        self.issueLinkPrefixes = issueLinkPrefixes
        self.templatesPath = templatesPath
        self.maxStories = maxStories
        self.feed = feed
    }
}

/// One area rule: a commit matches when any path glob matches one of its files or any
/// subject pattern matches its subject.
public struct AreaRule: Equatable, Sendable {
    public var area: String
    public var spokenName: String?
    /// Globs on changed paths: `*` within a segment, `**` across segments, `?` one character.
    public var paths: [String]
    /// Regular expressions on the subject line.
    public var subjects: [String]

    public init(area: String, spokenName: String? = nil, paths: [String] = [], subjects: [String] = []) {
        self.area = area
        self.spokenName = spokenName
        self.paths = paths
        self.subjects = subjects
    }
}

/// Several spellings of one person: `aliases` are e-mails or `Name <email>` strings.
public struct Identity: Equatable, Sendable {
    public var name: String
    public var email: String?
    public var aliases: [String]

    public init(name: String, email: String? = nil, aliases: [String] = []) {
        self.name = name
        self.email = email
        self.aliases = aliases
    }
}
