/// What `ScriptChecker` found in an edited script: the findings, where each paragraph came
/// from, what was cut, and the new length. Codable: `check --format json` prints it.
public struct CheckReport: Codable, Equatable, Sendable {
    /// Sorted by line, then column, then kind.
    public var findings: [CheckFinding]
    /// One entry per paragraph of the edited script, in order.
    public var paragraphs: [ParagraphMatch]
    /// Segments of the draft that no paragraph matches any more.
    public var removedSegments: [DraftSegmentReference]
    /// Words in the edited script, counted as the episode counts them.
    public var wordCount: Int
    /// Speaking time of the edited script at `wordsPerMinute`.
    public var durationSeconds: Int
    /// The same as ISO 8601: `PT1M52S`.
    public var duration: String
    /// The rate the length is computed at.
    public var wordsPerMinute: Double
    /// The draft's words and duration, from episode.json.
    public var draftWordCount: Int
    public var draftDuration: String
    /// Number of error findings; the check fails when this is not zero.
    public var errors: Int
    /// Number of warning findings.
    public var warnings: Int

    public init(
        findings: [CheckFinding], paragraphs: [ParagraphMatch], removedSegments: [DraftSegmentReference], wordCount: Int,
        durationSeconds: Int, duration: String, wordsPerMinute: Double, draftWordCount: Int, draftDuration: String
    ) {
        self.findings = findings
        self.paragraphs = paragraphs
        self.removedSegments = removedSegments
        self.wordCount = wordCount
        self.durationSeconds = durationSeconds
        self.duration = duration
        self.wordsPerMinute = wordsPerMinute
        self.draftWordCount = draftWordCount
        self.draftDuration = draftDuration
        self.errors = findings.filter { $0.severity == .error }.count
        self.warnings = findings.filter { $0.severity == .warning }.count
    }

    /// The check passes when there are no errors (warnings are allowed).
    public var passed: Bool { errors == 0 }
}
