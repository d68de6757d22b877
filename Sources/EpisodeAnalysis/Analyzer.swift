import EpisodeModel
import EpisodeText

/// Decides areas, people, stories and significance for a set of commits. Pure: no IO.
///
/// The pipeline: `ConventionParser` → `IdentityResolver` (with `MailmapParser` and
/// `BotDetector`) → `AreaClassifier` → `IssueReferenceExtractor` → `ChangeCategorizer` (a
/// fixed issue makes a cleanup a fix) → `StoryBuilder` → `SignificanceScorer`, assembled into
/// an `Analysis`. Piped input is
/// taken whole: there is no date filtering here.
public struct Analyzer: Sendable {
    public var configuration: ShowConfiguration
    /// Mailmap text (from the repository or `--mailmap`), already read by the caller.
    public var mailmap: String?

    public init(configuration: ShowConfiguration, mailmap: String? = nil) {
        self.configuration = configuration
        self.mailmap = mailmap
    }

    /// A squash merge's listed revert reverts earlier work only when the hash it names is an
    /// input commit (`feat(docker): build arm64 images again` reverting the commit that disabled
    /// them); otherwise it undid a commit of the pull request itself and says nothing.
    static func confirmSquashedReverts(_ conventions: inout [CommitConvention], commits: [Commit]) {
        guard conventions.contains(where: { !$0.squashedRevertedHashes.isEmpty }) else { return }
        let prefixes = Set(commits.map { $0.hash.prefix(7) })
        for index in conventions.indices where !conventions[index].squashedRevertedHashes.isEmpty {
            let found = conventions[index].squashedRevertedHashes.filter { hash in
                prefixes.contains(hash.prefix(7)) && commits.contains { $0.hash.hasPrefix(hash) || hash.hasPrefix($0.hash) }
            }
            conventions[index].revertedHashes += found
        }
    }

    /// Whether a bare `#N` can name the project's own issue: not in a git.git-style project,
    /// one with topic merges (`Merge branch 'ps/...'`) whose work goes through a mailing list
    /// and has no `#` tracker, where hardly any subject (under 1 in 100) carries a bare `#N`
    /// (git.git's whole history has a few, such as an imported `l10n: ... (#2)`).
    static func hasHashTracker(_ commits: [Commit], conventions: [CommitConvention]) -> Bool {
        guard conventions.contains(where: { $0.topic != nil }) else { return true }
        var numbered = 0
        for commit in commits where commit.subject.utf8.contains(UInt8(ascii: "#")) {
            if IssueReferenceExtractor.scan(commit.subject, relation: nil).contains(where: { $0.repository == nil }) { numbered += 1 }
        }
        return numbered * 100 >= commits.count
    }

    /// - Parameter commits: the input's commits, in input order (newest first for `git log`).
    /// - Returns: every commit analysed, in input order; people; areas; stories ranked, lead first.
    public func analyze(_ commits: consuming [Commit]) -> Analysis {
        let resolver = IdentityResolver(
            mailmap: mailmap.map(MailmapParser.parse) ?? Mailmap(),
            identities: configuration.identities,
            bots: BotDetector(extra: configuration.bots, includeDefaults: configuration.includeDefaultBots)
        )
        let identities = resolver.resolve(commits)
        let botIDs = Set(identities.people.filter(\.isBot).map(\.id))
        let classifier = AreaClassifier(configuration: configuration)

        var conventions = commits.map(ConventionParser.parse)
        Analyzer.confirmSquashedReverts(&conventions, commits: commits)
        let bareBodyReferences = Analyzer.hasHashTracker(commits, conventions: conventions)
        let issueLinks = IssueLinkPrefixes(configuration.issueLinkPrefixes)
        var facts: [CommitFacts] = []
        facts.reserveCapacity(commits.count)
        for (index, commit) in commits.enumerated() {
            let convention = conventions[index]
            let layouts = commit.files.map { FileLayout.classify($0.path) }
            let decision = classifier.classify(commit, convention: convention, layouts: layouts)
            let references = IssueReferenceExtractor.extract(
                subject: commit.subject, body: commit.body, trailers: commit.trailers, bareBodyReferences: bareBodyReferences,
                links: issueLinks
            )
            let category = ChangeCategorizer.categorize(
                convention, subject: commit.subject, isMerge: commit.isMerge, areaID: decision.area.id,
                layout: FileLayout.shared(layouts), fixesIssue: references.contains { $0.relation == "fixes" || $0.relation == "closes" }
            )
            facts.append(CommitFacts(
                commit: commit, convention: convention, layouts: layouts, decision: decision, authorID: identities.authorIDs[index],
                coAuthorIDs: identities.coAuthorIDs[index], isBot: botIDs.contains(identities.authorIDs[index]), category: category,
                issueReferences: references, topic: convention.topic
            ))
        }
        // The facts hold every commit now: the input's copies go, not to be held three times over.
        let span = Analyzer.span(commits, dateField: configuration.dateField)
        _ = consume commits
        _ = consume conventions

        var messages: [[MessageSentence]] = []
        var affects: [[String]] = []
        messages.reserveCapacity(facts.count)
        affects.reserveCapacity(facts.count)
        for position in facts.indices {
            let (sentences, affected) = MessageReader.reading(
                facts[position].commit.body, subject: facts[position].commit.subject, isRevert: facts[position].convention.isRevert)
            messages.append(sentences)
            affects.append(affected)
        }

        let drafts = StoryBuilder.build(&facts)
        let scorer = SignificanceScorer(configuration: configuration)
        let commitScores = facts.indices.map { scorer.score(facts[$0]) }

        var stories: [(story: Story, firstMember: Int)] = []
        var storyIDs = Array(repeating: "", count: facts.count)
        for draft in drafts {
            let story = makeStory(draft, facts: facts, scores: commitScores, scorer: scorer, messages: messages, affects: affects)
            for member in draft.members { storyIDs[member] = story.id }
            stories.append((story, draft.members[0]))
        }
        stories.sort { a, b in
            a.story.score.total != b.story.score.total ? a.story.score.total > b.story.score.total : a.firstMember < b.firstMember
        }
        let ranked = stories.enumerated().map { position, entry -> Story in
            var story = entry.story
            story.rank = position + 1
            return story
        }

        let analyzed = facts.indices.map { position in
            AnalyzedCommit(
                commit: facts[position].commit, area: facts[position].decision.area, areaSource: facts[position].decision.source,
                otherAreas: facts[position].decision.otherAreas, authorID: facts[position].authorID, coAuthorIDs: facts[position].coAuthorIDs,
                isBot: facts[position].isBot, category: facts[position].category, conventional: facts[position].convention.conventional,
                summary: facts[position].convention.summary, issueReferences: facts[position].issueReferences, topic: facts[position].topic,
                storyID: storyIDs[position], score: commitScores[position], message: messages[position], affects: affects[position]
            )
        }
        let people = identities.people.sorted { a, b in
            if a.commits.count != b.commits.count { return a.commits.count > b.commits.count }
            if a.coAuthored.count != b.coAuthored.count { return a.coAuthored.count > b.coAuthored.count }
            return a.name != b.name ? a.name < b.name : a.id < b.id
        }
        return Analysis(commits: analyzed, people: people, areas: areaSummaries(facts), stories: ranked, span: span)
    }

    /// The calendar days of the input (each commit's day in its own time zone, by the show's
    /// date field: the author date unless it says committer), in calendar order.
    static func span(_ commits: [Commit], dateField: DateField?) -> Span {
        var order: [String] = []
        var byDay: [String: [String]] = [:]
        for commit in commits {
            let signature = dateField == .committer ? commit.committer ?? commit.author : commit.author ?? commit.committer
            guard let day = signature?.date?.localDay else { continue }
            if byDay[day] == nil { order.append(day) }
            byDay[day, default: []].append(commit.hash)
        }
        return Span(days: order.sorted().map { Span.Day(day: $0, commits: byDay[$0]!) })
    }

    private func makeStory(
        _ draft: StoryBuilder.Draft, facts: [CommitFacts], scores: [Score], scorer: SignificanceScorer,
        messages: [[MessageSentence]], affects: [[String]]
    ) -> Story {
        let members = draft.members
        let told = members.filter { !facts[$0].isMerge }
        // A story of merges only is told by its merges.
        let tellers = told.isEmpty ? members : told
        let authors = Frequency.ranked(tellers.map { facts[$0].authorID }.filter { !$0.isEmpty })
        let areas = Frequency.ranked(tellers.map { facts[$0].decision.area.id })
        let lead = draft.merge ?? SignificanceScorer.best(of: members, scores: scores)
        let ordered = [lead] + members.filter { $0 != lead }

        var references: [IssueReference] = []
        for member in members {
            for reference in facts[member].issueReferences where !references.contains(where: { $0.label == reference.label }) {
                references.append(reference)
            }
        }
        let framing = StoryFraming(ordered: ordered, facts: facts, messages: messages, affects: affects, kind: draft.kind)
        let headline: String
        let summary: String
        var category: ChangeCategory
        if let merge = draft.merge {
            let description = facts[merge].convention.topicDescription
            headline = facts[merge].convention.summary
            summary = description ?? headline
            let categories = told.map { facts[$0].category }
            // A topic whose commits landed on other days is what its description says it is, as its score counts it.
            category = Frequency.mostFrequent(categories.map(\.rawValue)).flatMap(ChangeCategory.init(rawValue:))
                ?? description.flatMap(ChangeCategorizer.describedCategory)
                ?? ChangeCategorizer.categorize(CommitConvention(summary: description ?? ""), subject: description ?? "", isMerge: false, areaID: facts[merge].decision.area.id)
        } else {
            headline = facts[lead].convention.summary
            summary = Analyzer.firstParagraph(facts[lead].commit.body) ?? headline
            category = framing.category
        }
        if framing.fixesCrash, category != .revert { category = .fix }
        return Story(
            id: draft.id, kind: draft.kind, rank: 0, headline: headline, summary: summary, commits: ordered.map { facts[$0].hash },
            authors: authors, areas: areas, category: category, issueReferences: references,
            score: scorer.score(story: members, commitScores: scores, authors: authors.count),
            telling: framing.telling, fixesCrash: framing.fixesCrash, affects: framing.affects
        )
    }

    private func areaSummaries(_ facts: [CommitFacts]) -> [AreaSummary] {
        var order: [String] = []
        var byID: [String: (area: Area, commits: [String], authors: [String])] = [:]
        for position in facts.indices {
            let id = facts[position].decision.area.id
            if byID[id] == nil {
                order.append(id)
                byID[id] = (facts[position].decision.area, [], [])
            }
            byID[id]!.commits.append(facts[position].hash)
            byID[id]!.authors.append(facts[position].authorID)
        }
        return order.map { id in
            let entry = byID[id]!
            return AreaSummary(area: entry.area, commits: entry.commits, people: Frequency.ranked(entry.authors.filter { !$0.isEmpty }))
        }.sorted { a, b in a.commits.count != b.commits.count ? a.commits.count > b.commits.count : a.area.id < b.area.id }
    }

    /// The body's first paragraph joined into one line, or `nil` for an empty body.
    static func firstParagraph(_ body: String) -> String? {
        var lines: [String] = []
        for line in body.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.trimmingWhitespace()
            if trimmed.isEmpty {
                if lines.isEmpty { continue }
                break
            }
            lines.append(trimmed)
        }
        return lines.isEmpty ? nil : lines.joined(separator: " ")
    }
}
