import EpisodeModel

/// Everything the editorial stage has decided about one commit before stories and scores:
/// the working record shared by `StoryBuilder` and `SignificanceScorer`, kept in input order
/// (a record's position in the array is its commit's input position).
struct CommitFacts: Sendable {
    let commit: Commit
    let convention: CommitConvention
    /// Each file's `FileLayout.classify(_:)`, in file order: the classifier, the categorizer and
    /// the scorer all ask, and classifying a path splits it into strings.
    let layouts: [FileLayout?]
    var decision: AreaClassifier.Decision
    var authorID: String
    var coAuthorIDs: [String]
    var isBot: Bool
    var category: ChangeCategory
    var issueReferences: [IssueReference]
    /// The topic a merge brings in, or the topic this commit was merged in with.
    var topic: String?

    // Derived once here and stored: a computed property read on an array element copies the
    // whole record (dozens of retains), and the story builder reads these for every commit.
    let hash: String
    let isMerge: Bool
    /// The author's calendar day in the author's own time zone (`2026-06-08`), or the date text's day.
    let day: String
    /// Gerrit's change number from `Reviewed-on: https://go-review.googlesource.com/c/tools/+/795040`.
    let changeNumber: String?

    init(
        commit: Commit, convention: CommitConvention, layouts: [FileLayout?], decision: AreaClassifier.Decision, authorID: String,
        coAuthorIDs: [String], isBot: Bool, category: ChangeCategory, issueReferences: [IssueReference], topic: String?
    ) {
        self.commit = commit
        self.convention = convention
        self.layouts = layouts
        self.decision = decision
        self.authorID = authorID
        self.coAuthorIDs = coAuthorIDs
        self.isBot = isBot
        self.category = category
        self.issueReferences = issueReferences
        self.topic = topic
        hash = commit.hash
        isMerge = commit.isMerge || convention.topic != nil
        day = CommitFacts.day(of: commit)
        changeNumber = CommitFacts.changeNumber(of: commit)
    }

    static func day(of commit: Commit) -> String {
        guard let date = commit.author?.date ?? commit.committer?.date else { return "" }
        return date.localDay ?? String(date.text.prefix(10))
    }

    static func changeNumber(of commit: Commit) -> String? {
        commit.values(ofTrailer: "Reviewed-on").first.flatMap(lastSegmentNumber)
    }

    /// The last segment of a URL when it is a number (`.../c/tools/+/795040` is `795040`).
    static func lastSegmentNumber<Text: StringProtocol>(_ url: Text) -> String? {
        guard let last = url.split(separator: "/").last, last.allSatisfy(\.isNumber) else { return nil }
        return String(last)
    }
}
