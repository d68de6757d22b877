import EpisodeModel
import EpisodeTemplates

/// The template context of an episode (Docs/EPISODE-VARIABLES.md lists every variable),
/// plus the notes metadata computed alongside it.
struct EpisodeContext: Sendable {
    var root: [String: TemplateValue]
    /// The lead story's facts, made speakable once for the context and the lead segment.
    var leadFacts: StoryFacts?
    var contributors: [Contributor]
    var notesStories: [EpisodeStory]
    var notesCommits: [EpisodeCommit]
    /// People who landed something but are named in no segment before `more`.
    var unnamedPeople: [String]
    /// Commits authored by each person id.
    var commitCounts: [String: Int]

    /// Most names the `more` segment lists before counting the rest.
    static let maxUnnamed = 8
    /// Most stories the notes' summary paragraph names.
    static let maxSummaryStories = 5
    /// Most words two joined actions may have together, with their areas ("Alan also did X in A, and did Y in B").
    static let maxJoinedWords = 24
    /// Most areas the framing and focus name.
    static let maxAreas = 3

    init(facts: EpisodeFacts) {
        let analysis = facts.analysis
        let plan = facts.plan
        // Lazy views, not filtered copies: on a whole history a copy of every commit outweighs the analysis.
        let human = analysis.commits.lazy.filter { !$0.isBot }
        let humanCount = human.count
        let people = analysis.people.filter { !$0.isBot && !$0.commits.isEmpty }
        let bots = analysis.people.filter { $0.isBot && !$0.commits.isEmpty }

        // Areas by human commit count, then the best rank of a story in them, then id.
        let areaRanks = EpisodeContext.bestRanks(analysis)
        let areaOrder = EpisodeContext.rankedAreas(human.map(\.area.id), rank: areaRanks)
        let byCommits = { (people: [Person]) in people.sorted { ($0.commits.count, $1.name) > ($1.commits.count, $0.name) } }
        let topPerson = byCommits(people).first
        var categoryCounts: [ChangeCategory: Int] = [:]
        for commit in human { categoryCounts[commit.category, default: 0] += 1 }
        let mostly = categoryCounts.filter { $0.value * 2 > humanCount }.first?.key

        let day: TemplateValue = [
            "total": .int(analysis.commits.count),
            "commits": .int(humanCount),
            "people": .int(people.count),
            "bots": .int(analysis.commits.count - humanCount),
            "botNames": .list(bots.map { .string(EpisodeContext.spokenBotName($0.name)) }),
            "areas": .list(EpisodeFacts.sharingCode(areaOrder.prefix(EpisodeContext.maxAreas).map { facts.listedArea($0.id) }).map(TemplateValue.string)),
            "areaCount": .int(areaOrder.count),
            "mostly": .string(mostly?.rawValue ?? ""),
            "fixes": .int(categoryCounts[.fix] ?? 0),
            "areasCoverMost": .bool(areaOrder.prefix(EpisodeContext.maxAreas).reduce(0) { $0 + $1.count } * 2 > humanCount
                && areaOrder.count > EpisodeContext.maxAreas),
            "topPerson": topPerson.map { person -> TemplateValue in
                ["name": .string(person.name), "firstName": .string(EpisodeFacts.firstName(of: person.name)), "commits": .int(person.commits.count)]
            } ?? ["name": "", "firstName": "", "commits": 0],
        ]

        let leadFacts = plan.lead.map(facts.facts(for:))
        self.leadFacts = leadFacts
        var named = Set<String>()
        if let lead = plan.lead?.authors.first { named.insert(lead) }
        named.formUnion(plan.people.map(\.personID))
        named.formUnion(plan.roundup.map(\.personID))

        let roundup: TemplateValue = [
            "stories": .list(plan.roundup.map { item in
                var value = facts.facts(for: item.story).templateValue.objectValue ?? [:]
                value["more"] = .int(item.moreStories.count)
                return .object(value)
            }),
        ]

        let untoldHuman = plan.untold.lazy.flatMap(\.commits).compactMap { facts.commitsByHash[$0] }.filter { !$0.isBot }
        let untoldAreas = EpisodeContext.rankedAreas(untoldHuman.map(\.area.id), rank: areaRanks)
        // Every commit has one area, so the areas' counts add up to the untold commits.
        let untoldCount = untoldAreas.reduce(0) { $0 + $1.count }
        let shownAreas = Array(untoldAreas.prefix(EpisodeContext.maxAreas))
        let unnamed = people.filter { !named.contains($0.id) }.map(\.name)
        let more: TemplateValue = [
            "commits": .int(untoldCount),
            "stories": .int(plan.untold.count),
            "areas": .list(shownAreas.map { ["name": .string(facts.listedArea($0.id)), "commits": .int($0.count)] }),
            "otherCommits": .int(untoldCount - shownAreas.reduce(0) { $0 + $1.count }),
            "names": .list(unnamed.prefix(EpisodeContext.maxUnnamed).map(TemplateValue.string)),
            "otherPeople": .int(max(0, unnamed.count - EpisodeContext.maxUnnamed)),
        ]

        var focusAreas: [String] = []
        for story in plan.toldStories {
            let name = facts.listedArea(story.areas.first ?? "")
            if !name.isEmpty, !focusAreas.contains(name), focusAreas.count < EpisodeContext.maxAreas { focusAreas.append(name) }
        }
        let focus: TemplateValue = [
            "areas": .list(EpisodeFacts.sharingCode(focusAreas).map(TemplateValue.string)),
            "fixes": .int(plan.toldStories.filter { $0.category == .fix }.count),
        ]

        let notes: TemplateValue = [
            "lead": plan.lead.map { story -> TemplateValue in
                let summary = story.commits.first.flatMap { facts.commitsByHash[$0]?.summary } ?? ""
                return ["headline": .string(story.headline), "title": .string(SentenceTools.headline(story.kind == .topic || summary.isEmpty ? story.headline : summary))]
            } ?? [:],
            "stories": .list(plan.toldStories.prefix(EpisodeContext.maxSummaryStories).map { story in
                ["headline": .string(SentenceTools.headline(story.headline)), "authors": .list(story.authors.map { .string(facts.name(of: $0)) })]
            }),
        ]

        root = [
            "show": ["name": .string(facts.configuration.showName)],
            "date": [
                "spoken": .string(SpokenDate.spoken(facts.date)), "written": .string(SpokenDate.written(facts.date)),
                "iso": .string(facts.date.description), "weekday": .string(SpokenDate.weekdays[facts.date.weekday]),
            ],
            "day": day,
            "lead": leadFacts?.templateValue ?? [:],
            "story": leadFacts?.templateValue ?? [:],
            "person": [:],
            "roundup": roundup,
            "more": more,
            "focus": focus,
            "notes": notes,
        ]
        unnamedPeople = unnamed
        commitCounts = Dictionary(analysis.people.map { ($0.id, $0.commits.count) }, uniquingKeysWith: { first, _ in first })

        contributors = (byCommits(people) + byCommits(bots)).map { Contributor(name: $0.name, commits: $0.commits.count, isBot: $0.isBot) }

        let told = Set(plan.toldStories.map(\.id))
        notesStories = analysis.stories.sorted { ($0.rank, $0.id) < ($1.rank, $1.id) }.map { story in
            EpisodeStory(
                id: story.id, rank: story.rank, headline: story.headline, authors: story.authors.map(facts.name(of:)),
                commits: story.commits, issues: story.issueReferences.map { reference in
                    EpisodeIssue(relation: reference.relation, label: reference.label, link: EpisodeContext.issueLink(reference, pattern: facts.configuration.issueLink))
                }, toldInFull: told.contains(story.id))
        }
        let linker = CommitLinker(pattern: facts.configuration.commitLink)
        notesCommits = analysis.commits.map { analyzed in
            EpisodeCommit(
                hash: analyzed.commit.hash, shortHash: String(analyzed.commit.hash.prefix(7)),
                author: facts.peopleByID[analyzed.authorID]?.name ?? analyzed.commit.author?.name ?? analyzed.authorID,
                area: analyzed.area.id, subject: analyzed.commit.subject, link: linker.link(for: analyzed.commit), isBot: analyzed.isBot)
        }
    }

    /// The template value of one person segment.
    func person(_ part: EpisodePlan.PersonPart, stories: [StoryFacts]) -> TemplateValue {
        let name = stories.first?.author ?? part.personID
        // Two quiet stories in the middle of the segment share one sentence, so the name is said once for both.
        var continues = Set<Int>()
        var continued = Set<Int>()
        var index = 1
        while index + 2 < stories.count {
            let words = [index, index + 1].reduce(0) { total, at in
                total + SentenceTools.wordCount(stories[at].action) + (stories[at].area != stories[at - 1].area ? SentenceTools.wordCount(stories[at].area) + 1 : 0)
            }
            if stories[index].isQuiet, stories[index + 1].isQuiet, words <= EpisodeContext.maxJoinedWords {
                continues.insert(index)
                continued.insert(index + 1)
                index += 2
            } else {
                index += 1
            }
        }
        return [
            "name": .string(name),
            "firstName": .string(EpisodeFacts.firstName(of: name)),
            "wroteLead": .bool(part.wroteLead),
            "commits": .int(commitCounts[part.personID] ?? stories.reduce(0) { $0 + $1.commitCount }),
            "stories": .list(stories.enumerated().map { index, story in
                var value = story.templateValue.objectValue ?? [:]
                value["newArea"] = .bool(index == 0 || stories[index - 1].area != story.area)
                value["brief"] = .bool(index > 0)
                // The same action as the story before, somewhere else ("used strbuf add uint" in two
                // commands): said as "did the same in ..." rather than word for word again.
                value["sameAction"] = .bool(index > 0 && !story.action.isEmpty && stories[index - 1].action == story.action
                    && stories[index - 1].area != story.area)
                // The same reason twice in one segment (a series whose commits share a paragraph) is said once.
                if let reason = story.reason, stories[..<index].contains(where: { $0.reason?.text == reason.text }) {
                    value["reason"] = ""
                    value["reasonVerbatim"] = false
                }
                // The person segment says a later story's count in its own sentence ("..., across
                // two changes") and leaves a topic's out: "That took ..." after each one repeats.
                value["countHandled"] = .bool(story.commitCount > 1 && (index > 0 || !story.sentence.isEmpty))
                value["continues"] = .bool(continues.contains(index))
                value["continued"] = .bool(continued.contains(index))
                return .object(value)
            }),
        ]
    }

    /// An issue's link from the show's pattern: `{repository}` (empty for a bare `#12`) and `{number}`.
    static func issueLink(_ reference: IssueReference, pattern: String?) -> String? {
        guard let pattern, !pattern.isEmpty else { return nil }
        return pattern.replacingAll("{repository}", with: reference.repository ?? "").replacingAll("{number}", with: String(reference.number))
    }

    /// "dependabot[bot]" -> "dependabot": the suffix is for machines, not ears.
    static func spokenBotName(_ name: String) -> String {
        name.hasSuffix("[bot]") ? String(name.dropLast(5)) : name
    }

    /// Area ids with their counts, most first, ties by the best story rank in the area, then id.
    static func rankedAreas(_ ids: some Sequence<String>, rank: [String: Int]) -> [(id: String, count: Int)] {
        var counts: [String: Int] = [:]
        for id in ids { counts[id, default: 0] += 1 }
        return counts.map { (id: $0.key, count: $0.value) }.sorted {
            ($0.count, rank[$1.id] ?? Int.max, $1.id) > ($1.count, rank[$0.id] ?? Int.max, $0.id)
        }
    }

    /// The best (lowest) story rank of each area id.
    static func bestRanks(_ analysis: Analysis) -> [String: Int] {
        var ranks: [String: Int] = [:]
        for story in analysis.stories {
            for area in story.areas { ranks[area] = min(ranks[area] ?? Int.max, story.rank) }
        }
        return ranks
    }
}
