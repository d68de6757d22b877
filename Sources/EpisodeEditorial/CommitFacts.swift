import EpisodeModel

/// Everything the editorial stage has decided about one commit before stories and scores:
/// the working record shared by `StoryBuilder` and `SignificanceScorer`.
struct CommitFacts: Sendable {
    var index: Int
    let commit: Commit
    let convention: CommitConvention
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
        index: Int, commit: Commit, convention: CommitConvention, decision: AreaClassifier.Decision, authorID: String,
        coAuthorIDs: [String], isBot: Bool, category: ChangeCategory, issueReferences: [IssueReference], topic: String?
    ) {
        self.index = index
        self.commit = commit
        self.convention = convention
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
        guard let seconds = date.seconds else { return String(date.text.prefix(10)) }
        let local = seconds + Int64((date.utcOffsetMinutes ?? 0) * 60)
        return CommitFacts.civilDate(daysSinceEpoch: Int(local >= 0 ? local / 86_400 : (local - 86_399) / 86_400))
    }

    static func changeNumber(of commit: Commit) -> String? {
        guard let url = commit.values(ofTrailer: "Reviewed-on").first, let last = url.split(separator: "/").last,
              !last.isEmpty, last.allSatisfy(\.isNumber) else { return nil }
        return String(last)
    }

    /// Days since 1970-01-01 to `YYYY-MM-DD` (proleptic Gregorian), without Foundation's calendars.
    static func civilDate(daysSinceEpoch days: Int) -> String {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        func pad(_ value: Int, _ width: Int) -> String {
            let text = String(value)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }
}
