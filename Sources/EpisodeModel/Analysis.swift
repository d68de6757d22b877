/// Output of the editorial stage (`episodegen analyze`): who did what, where, which
/// commits belong together, and how much each matters. This is what the show stage consumes.
public struct Analysis: Codable, Equatable, Sendable {
    /// Schema version of this JSON document; bump on incompatible changes.
    public var schemaVersion: Int
    /// Every commit of the input, in input order.
    public var commits: [AnalyzedCommit]
    /// People (never bots) and bots, ordered by commit count, then name.
    public var people: [Person]
    /// Areas touched, ordered by commit count, then id.
    public var areas: [AreaSummary]
    /// Stories, ranked: `stories[0]` is the lead.
    public var stories: [Story]
    /// The days the input covers.
    public var span: Span

    /// The same analysis as one day's: for commits chosen as `day`'s in the show's time zone
    /// (`--date`, nightly), whose own time zones may put some on the day before or after.
    public func asOneDay(_ day: String) -> Analysis {
        var analysis = self
        analysis.span = Span(days: [Span.Day(day: day, commits: commits.map(\.commit.hash))])
        return analysis
    }

    public init(schemaVersion: Int = 3, commits: [AnalyzedCommit], people: [Person], areas: [AreaSummary], stories: [Story], span: Span = Span(days: [])) {
        self.schemaVersion = schemaVersion
        self.commits = commits
        self.people = people
        self.areas = areas
        self.stories = stories
        self.span = span
    }
}

/// The calendar days an input covers, and the commits of each.
public struct Span: Codable, Equatable, Sendable {
    /// One day and its commits' hashes, in input order.
    public struct Day: Codable, Equatable, Sendable {
        /// `YYYY-MM-DD`, in each commit's own time zone.
        public var day: String
        public var commits: [String]

        public init(day: String, commits: [String]) {
            self.day = day
            self.commits = commits
        }
    }

    /// The first day (`YYYY-MM-DD`), or `nil` when no commit has a date.
    public var first: String?
    /// The last day, or `nil` when no commit has a date.
    public var last: String?
    /// Days in calendar order; commits without a date are on none.
    public var days: [Day]

    public init(days: [Day]) {
        self.days = days
        first = days.first?.day
        last = days.last?.day
    }

    /// More than one calendar day.
    public var isSeveralDays: Bool { days.count > 1 }
}

/// A part of the project: a short id (`runtime`, `cmd/link`, `docs`) and how a host says it.
public struct Area: Codable, Equatable, Hashable, Sendable {
    public var id: String
    /// Spoken form, with article where it reads naturally: "the linker", "the docs".
    public var spokenName: String

    public init(id: String, spokenName: String) {
        self.id = id
        self.spokenName = spokenName
    }
}

/// Where a commit's area came from, in order of trust.
public enum AreaSource: String, Codable, Equatable, Hashable, Sendable {
    /// A rule of the show's configuration (path glob or subject pattern).
    case configuration
    /// A Go-style or git-style subject prefix (`runtime: ...`, `builtin/log: ...`).
    case subjectPrefix
    /// A Conventional Commits scope (`fix(parser): ...`).
    case conventionalScope
    /// A git.git topic branch merge (`Merge branch 'ps/odb-...'`).
    case topicBranch
    /// Built-in layout defaults on the changed files (docs, build, tests).
    case fileLayout
    /// The common directory of the changed files.
    case commonDirectory
    /// Nothing better was known.
    case fallback
}

/// A parsed Conventional Commits header: `type(scope)!: description`.
public struct ConventionalCommit: Codable, Equatable, Hashable, Sendable {
    public var type: String
    public var scope: String?
    public var breaking: Bool
    public var description: String

    public init(type: String, scope: String?, breaking: Bool, description: String) {
        self.type = type
        self.scope = scope
        self.breaking = breaking
        self.description = description
    }
}

/// A reference to an issue or change request found in a message.
public struct IssueReference: Codable, Equatable, Hashable, Sendable {
    /// `golang/go` for `golang/go#123`; `nil` for a bare `#123`.
    public var repository: String?
    public var number: Int
    /// The word that introduced it, normalised to lowercase: `fixes`, `updates`, `for`, `closes`, `mentions`.
    public var relation: String

    public init(repository: String?, number: Int, relation: String) {
        self.repository = repository
        self.number = number
        self.relation = relation
    }

    /// `golang/go#123` or `#123`.
    public var label: String { (repository ?? "") + "#\(number)" }
}

/// One weighed signal of a significance score.
public struct ScoreReason: Codable, Equatable, Hashable, Sendable {
    /// The signal (`crash`, `feature`, `size`, ...); its raw value is its weight's key in the configuration.
    public var signal: Signal
    /// Points this signal added (negative ones subtract).
    public var points: Double
    /// Why it applied, for the editor: `subject says "panic"`, `212 lines in 9 files`.
    public var detail: String

    public init(signal: Signal, points: Double, detail: String) {
        self.signal = signal
        self.points = points
        self.detail = detail
    }
}

/// A significance score and its breakdown; `total` is the sum of the reasons' points.
public struct Score: Codable, Equatable, Hashable, Sendable {
    public var total: Double
    public var reasons: [ScoreReason]

    public init(reasons: [ScoreReason]) {
        self.reasons = reasons
        self.total = reasons.reduce(0) { $0 + $1.points }
    }
}

/// What kind of work a commit is, for the script's wording and the round-up.
public enum ChangeCategory: String, Codable, Equatable, Hashable, Sendable {
    case fix, feature, performance, refactor, docs, tests, build, chore, revert, merge, release, style, other
}

/// A commit with everything the editorial stage decided about it.
public struct AnalyzedCommit: Codable, Equatable, Sendable {
    public var commit: Commit
    public var area: Area
    public var areaSource: AreaSource
    /// Further areas when the prefix names several (`go/analysis, gopls: ...`).
    public var otherAreas: [Area]
    /// `Person.id` of the (mailmapped, identity-merged) author.
    public var authorID: String
    /// `Person.id`s credited through `Co-authored-by`.
    public var coAuthorIDs: [String]
    /// The author is a bot: counted, never narrated as a person's work.
    public var isBot: Bool
    public var category: ChangeCategory
    public var conventional: ConventionalCommit?
    /// The subject without its area prefix or Conventional Commits header: what a host reads.
    public var summary: String
    public var issueReferences: [IssueReference]
    /// The topic branch of a git.git merge (`ps/odb-make-creation-pluggable`), or the topic a commit was merged in.
    public var topic: String?
    /// `Story.id` of the story this commit belongs to.
    public var storyID: String
    public var score: Score
    /// The sentences of the body a narrator can use, verbatim with their offsets, in body order.
    public var message: [MessageSentence]
    /// Platforms, architectures, build modes and tools the message names ("Android", "c-archive").
    public var affects: [String]

    public init(
        commit: Commit, area: Area, areaSource: AreaSource, otherAreas: [Area] = [], authorID: String,
        coAuthorIDs: [String] = [], isBot: Bool = false, category: ChangeCategory, conventional: ConventionalCommit? = nil,
        summary: String, issueReferences: [IssueReference] = [], topic: String? = nil, storyID: String, score: Score,
        message: [MessageSentence] = [], affects: [String] = []
    ) {
        self.message = message
        self.affects = affects
        self.commit = commit
        self.area = area
        self.areaSource = areaSource
        self.otherAreas = otherAreas
        self.authorID = authorID
        self.coAuthorIDs = coAuthorIDs
        self.isBot = isBot
        self.category = category
        self.conventional = conventional
        self.summary = summary
        self.issueReferences = issueReferences
        self.topic = topic
        self.storyID = storyID
        self.score = score
    }
}

/// One person (or bot) after mailmap and identity merging; names are kept exactly as written.
public struct Person: Codable, Equatable, Hashable, Sendable {
    /// Stable id: the canonical e-mail in lowercase, or the name where there is no e-mail.
    public var id: String
    public var name: String
    public var email: String
    /// Other spellings seen for this person (`Name <email>`), sorted.
    public var aliases: [String]
    public var isBot: Bool
    /// Hashes of commits this person authored, in input order.
    public var commits: [String]
    /// Hashes of commits that credit this person with `Co-authored-by`.
    public var coAuthored: [String]

    public init(id: String, name: String, email: String, aliases: [String] = [], isBot: Bool = false, commits: [String] = [], coAuthored: [String] = []) {
        self.id = id
        self.name = name
        self.email = email
        self.aliases = aliases
        self.isBot = isBot
        self.commits = commits
        self.coAuthored = coAuthored
    }
}

/// An area and what happened in it.
public struct AreaSummary: Codable, Equatable, Hashable, Sendable {
    public var area: Area
    public var commits: [String]
    /// `Person.id`s of the authors, most commits first.
    public var people: [String]

    public init(area: Area, commits: [String], people: [String]) {
        self.area = area
        self.commits = commits
        self.people = people
    }
}

/// Why commits were put together into one story.
public enum StoryKind: String, Codable, Equatable, Hashable, Sendable {
    /// A single commit.
    case single
    /// Commits that name the same issue.
    case issue
    /// A change and a follow-up that names it.
    case followUp
    /// A revert and what it reverts.
    case revert
    /// A topic branch and its merge (git.git), told from the merge's summary.
    case topic
    /// A numbered series: `[PATCH 2/5]`, `(part 2 of 3)`, by one author.
    case series
}

/// Commits that belong together, told as one item of the show.
public struct Story: Codable, Equatable, Sendable {
    /// Stable id, derived from the input (e.g. `topic:ps/odb-make-creation-pluggable`, `issue:golang/go#123`, `commit:<hash>`).
    public var id: String
    public var kind: StoryKind
    /// 1 for the lead story.
    public var rank: Int
    /// A one-line headline drawn from the messages (the lead commit's summary, or the topic's).
    public var headline: String
    /// A summary drawn from the messages: a merge's topic description, or the lead commit's explanation.
    public var summary: String
    /// Member commits, lead commit first, then input order.
    public var commits: [String]
    /// `Person.id`s, most commits first.
    public var authors: [String]
    /// Area ids, most commits first.
    public var areas: [String]
    public var category: ChangeCategory
    public var issueReferences: [IssueReference]
    public var score: Score
    /// The message sentences a narrator tells this story with, best first per role: at most one
    /// problem, change, effect, measurement and revert reason, each from the commit that says it.
    public var telling: [StorySentence]
    /// The story's messages say something crashed, panicked, hung, deadlocked or corrupted data.
    public var fixesCrash: Bool
    /// Platforms, architectures, build modes and tools its messages name.
    public var affects: [String]

    public init(
        id: String, kind: StoryKind, rank: Int, headline: String, summary: String, commits: [String], authors: [String],
        areas: [String], category: ChangeCategory, issueReferences: [IssueReference] = [], score: Score,
        telling: [StorySentence] = [], fixesCrash: Bool = false, affects: [String] = []
    ) {
        self.telling = telling
        self.fixesCrash = fixesCrash
        self.affects = affects
        self.id = id
        self.kind = kind
        self.rank = rank
        self.headline = headline
        self.summary = summary
        self.commits = commits
        self.authors = authors
        self.areas = areas
        self.category = category
        self.issueReferences = issueReferences
        self.score = score
    }
}

/// A message sentence chosen to tell a story, and the commit whose message it is from.
public struct StorySentence: Codable, Equatable, Hashable, Sendable {
    public var commit: String
    public var sentence: MessageSentence

    public init(commit: String, sentence: MessageSentence) {
        self.commit = commit
        self.sentence = sentence
    }

    public var role: MessageRole { sentence.role }
    public var text: String { sentence.text }
}
