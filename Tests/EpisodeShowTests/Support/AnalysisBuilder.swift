import EpisodeModel

/// Builds realistic `Analysis` values by hand, the way the editorial stage would, so the
/// show stage can be tested before (and independently of) the analyzer.
struct AnalysisBuilder {
    struct Entry {
        var commit: Commit
        var area: Area
        var category: ChangeCategory
        var summary: String
        var score: Double
        var issues: [IssueReference]
        var isBot: Bool
        var storyID: String?
        var kind: StoryKind
        var storySummary: String
    }

    var entries: [Entry] = []

    /// Adds one commit; commits with the same `storyID` become one story (the first added leads it).
    mutating func add(
        _ commit: Commit, area: String, spoken: String, category: ChangeCategory, summary: String, score: Double,
        issues: [IssueReference] = [], isBot: Bool = false, storyID: String? = nil, kind: StoryKind = .single, storySummary: String = ""
    ) {
        entries.append(Entry(
            commit: commit, area: Area(id: area, spokenName: spoken), category: category, summary: summary, score: score,
            issues: issues, isBot: isBot, storyID: storyID, kind: kind, storySummary: storySummary))
    }

    static func personID(_ signature: Signature?) -> String {
        (signature?.email.lowercased()).flatMap { $0.isEmpty ? nil : $0 } ?? signature?.name ?? "unknown"
    }

    func build() -> Analysis {
        var commits: [AnalyzedCommit] = []
        var storyOrder: [String] = []
        var storyMembers: [String: [Int]] = [:]
        for (index, entry) in entries.enumerated() {
            let storyID = entry.storyID ?? "commit:\(entry.commit.hash)"
            if storyMembers[storyID] == nil { storyOrder.append(storyID) }
            storyMembers[storyID, default: []].append(index)
            commits.append(AnalyzedCommit(
                commit: entry.commit, area: entry.area, areaSource: .subjectPrefix, authorID: Self.personID(entry.commit.author),
                isBot: entry.isBot, category: entry.category, summary: entry.summary, issueReferences: entry.issues,
                storyID: storyID, score: Score(reasons: [ScoreReason(signal: .other, points: entry.score, detail: "test value")])))
        }
        var stories: [Story] = storyOrder.map { id in
            let members = storyMembers[id]!
            let lead = entries[members[0]]
            var authors: [String] = []
            var areas: [String] = []
            var issues: [IssueReference] = []
            for index in members {
                let author = Self.personID(entries[index].commit.author)
                if !authors.contains(author) { authors.append(author) }
                if !areas.contains(entries[index].area.id) { areas.append(entries[index].area.id) }
                for issue in entries[index].issues where !issues.contains(issue) { issues.append(issue) }
            }
            let score = members.map { entries[$0].score }.max() ?? 0
            return Story(
                id: id, kind: members.count > 1 ? lead.kind : (lead.kind == .topic ? .topic : .single), rank: 0,
                headline: lead.commit.subject, summary: lead.storySummary, commits: members.map { entries[$0].commit.hash },
                authors: authors, areas: areas, category: lead.category, issueReferences: issues,
                score: Score(reasons: [ScoreReason(signal: .other, points: score, detail: "test value")]))
        }
        stories.sort { ($0.score.total, $1.id) > ($1.score.total, $0.id) }
        for index in stories.indices { stories[index].rank = index + 1 }

        var people: [String: Person] = [:]
        for commit in commits {
            let signature = commit.commit.author
            var person = people[commit.authorID] ?? Person(
                id: commit.authorID, name: signature?.name ?? commit.authorID, email: signature?.email ?? "", isBot: commit.isBot)
            person.commits.append(commit.commit.hash)
            people[commit.authorID] = person
        }
        let sortedPeople = people.values.sorted { ($0.commits.count, $1.name) > ($1.commits.count, $0.name) }
        var areaCommits: [String: [String]] = [:]
        var areaPeople: [String: [String]] = [:]
        var areaByID: [String: Area] = [:]
        for commit in commits {
            areaCommits[commit.area.id, default: []].append(commit.commit.hash)
            if !(areaPeople[commit.area.id] ?? []).contains(commit.authorID) { areaPeople[commit.area.id, default: []].append(commit.authorID) }
            areaByID[commit.area.id] = commit.area
        }
        let areas = areaByID.values.map { AreaSummary(area: $0, commits: areaCommits[$0.id]!, people: areaPeople[$0.id]!) }
            .sorted { ($0.commits.count, $1.area.id) > ($1.commits.count, $0.area.id) }
        return Analysis(commits: commits, people: sortedPeople, areas: areas, stories: stories)
    }
}

extension Commit {
    /// A commit as git log --format=fuller prints it, trailers split off.
    static func make(_ hash: String, _ name: String, _ email: String, _ subject: String, body: String = "", trailers: [(String, String)] = [], files: [String] = []) -> Commit {
        Commit(
            hash: hash, author: Signature(name: name, email: email), subject: subject, body: body,
            trailers: trailers.map { Trailer(key: $0.0, value: $0.1) }, files: files.map { FileChange(path: $0) })
    }
}
