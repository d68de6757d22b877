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
            "mostlyPhrase": .string(mostly.flatMap { EpisodeContext.mostlyPhrases[$0] } ?? ""),
            "issuesFixed": .int(Set(human.flatMap { commit in
                commit.issueReferences.filter { ["fixes", "closes", "fixed", "close", "fix", "resolves"].contains($0.relation) }.map(\.label)
            }).count),
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
                value["depth"] = "none"
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
        let focus = EpisodeContext.focus(plan: plan, facts: facts, areas: focusAreas)

        let notes: TemplateValue = [
            "lead": plan.lead.map { story -> TemplateValue in
                let summary = story.commits.first.flatMap { facts.commitsByHash[$0]?.summary } ?? ""
                return ["headline": .string(story.headline), "title": .string(SentenceTools.headline(story.kind == .topic || summary.isEmpty ? story.headline : summary))]
            } ?? [:],
            "stories": .list(plan.toldStories.prefix(EpisodeContext.maxSummaryStories).map { story in
                ["headline": .string(SentenceTools.headline(story.headline)), "authors": .list(story.authors.map { .string(facts.name(of: $0)) })]
            }),
            "theme": .string(EpisodeContext.theme(plan: plan, facts: facts, mostly: mostly, humanCommits: human.count)),
            "mix": .string(EpisodeContext.mix(categoryCounts, total: human.count)),
            "told": .list(plan.toldStories.prefix(4).compactMap { story -> TemplateValue? in
                let told = facts.facts(for: story)
                guard !told.action.isEmpty, !told.author.isEmpty else { return nil }
                return .string(told.author + " " + told.action)
            }),
        ]

        root = [
            "span": EpisodeContext.span(analysis.span),
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

    /// The notes' title: what kind of work the day was, and where ("Fixes in the gopls MCP server
    /// and the go/SSA package"; "A crash fix in the runtime, and five more changes"). Written, not spoken.
    static func theme(plan: EpisodePlan, facts: EpisodeFacts, mostly: ChangeCategory?, humanCommits: Int) -> String {
        guard let lead = plan.lead else { return "" }
        var areas: [String] = []
        for story in plan.toldStories {
            let area = writtenArea(facts.listedArea(story.areas.first ?? ""))
            if !area.isEmpty, !areas.contains(area), areas.count < 2 { areas.append(area) }
        }
        let place = areas.isEmpty ? "" : " in " + EnglishGrammar.list(areas)
        if lead.fixesCrash, lead.category == .fix {
            let leadArea = writtenArea(facts.listedArea(lead.areas.first ?? ""))
            let rest = humanCommits - lead.commits.count
            return "A crash fix" + (leadArea.isEmpty ? "" : " in " + leadArea) + (rest > 0 ? ", and \(SpokenNumber.counted(rest, "more change"))" : "")
        }
        let category = mostly ?? lead.category
        if humanCommits <= 1 || plan.toldStories.count == 1 {
            return singular[category, default: "A change"] + place
        }
        return plural[category, default: "Changes"] + place
    }

    static let plural: [ChangeCategory: String] = [
        .fix: "Fixes", .feature: "New features", .performance: "Speed-ups", .docs: "Documentation work", .tests: "Test work",
        .refactor: "Cleanup", .chore: "Cleanup", .style: "Cleanup", .build: "Build and dependency updates", .revert: "Reverts",
        .merge: "Merged topics", .release: "Releases", .other: "Changes",
    ]
    static let singular: [ChangeCategory: String] = [
        .fix: "A fix", .feature: "A new feature", .performance: "A speed-up", .docs: "Documentation work", .tests: "Test work",
        .refactor: "Cleanup", .chore: "Cleanup", .style: "Cleanup", .build: "A build update", .revert: "A revert",
        .merge: "A merged topic", .release: "A release", .other: "A change",
    ]

    /// An area's spoken name as written: "the go slash SSA package" is "the go/SSA package"; a
    /// leading "the" before a one-word name goes, so a title reads "Fixes in gopls".
    static func writtenArea(_ spoken: String) -> String {
        var written = spoken.replacingAll(" slash ", with: "/")
        if written.hasPrefix("the "), !written.dropFirst(4).contains(" ") { written = String(written.dropFirst(4)) }
        return written
    }

    /// "three of them fixes and two cleanups": the day's kinds of work, most first, for the notes.
    static func mix(_ counts: [ChangeCategory: Int], total: Int) -> String {
        let nouns: [ChangeCategory: (String, String)] = [
            .fix: ("fix", "fixes"), .feature: ("new feature", "new features"), .performance: ("speed-up", "speed-ups"),
            .docs: ("documentation change", "documentation changes"), .tests: ("test change", "test changes"),
            .refactor: ("cleanup", "cleanups"), .chore: ("chore", "chores"), .style: ("style change", "style changes"),
            .build: ("build update", "build updates"), .revert: ("revert", "reverts"), .merge: ("merge", "merges"),
            .release: ("release", "releases"),
        ]
        let ranked = counts.filter { nouns[$0.key] != nil && $0.value > 0 }.sorted { ($0.value, $1.key.rawValue) > ($1.value, $0.key.rawValue) }
        let parts = ranked.prefix(2).map { entry in
            SpokenNumber.counted(entry.value, nouns[entry.key]!.0, plural: nouns[entry.key]!.1)
        }
        guard total > 1, !parts.isEmpty else { return "" }
        return EnglishGrammar.list(parts)
    }

    /// What most of a day's work was, said after "Most of them are".
    static let mostlyPhrases: [ChangeCategory: String] = [
        .fix: "fixes", .feature: "new features", .performance: "speed-ups", .tests: "about tests", .docs: "documentation",
        .refactor: "cleanup", .chore: "cleanup", .style: "cleanup", .merge: "merges of finished topics", .build: "build and dependency updates",
        .revert: "reverts",
    ]

    /// Who should care: the platforms and tools the told stories name and whose work touches
    /// them, the crash fix if there is one, the areas, and how many fixes.
    static func focus(plan: EpisodePlan, facts: EpisodeFacts, areas: [String]) -> TemplateValue {
        var terms: [String] = []
        var people: [String] = []
        for story in plan.toldStories {
            let named = story.affects.filter { !terms.contains($0) }
            guard !named.isEmpty, terms.count < 2 else { continue }
            terms += named.prefix(2 - terms.count)
            let name = EpisodeFacts.firstName(of: facts.name(of: story.authors.first ?? ""))
            if !name.isEmpty, !people.contains(name) { people.append(name) }
        }
        let crash = plan.toldStories.first { $0.fixesCrash && $0.category == .fix }
        return [
            "areas": .list(EpisodeFacts.sharingCode(areas).map(TemplateValue.string)),
            "fixes": .int(plan.toldStories.filter { $0.category == .fix }.count),
            "affects": .list(terms.map(TemplateValue.string)),
            "affectsPeople": .list(people.map(TemplateValue.string)),
            "crash": .bool(crash != nil),
            "crashArea": .string(crash.map { facts.listedArea($0.areas.first ?? "") } ?? ""),
            "crashAuthor": .string(crash.map { EpisodeFacts.firstName(of: facts.name(of: $0.authors.first ?? "")) } ?? ""),
        ]
    }

    /// The days an episode covers: one day is "today"; several are said as a stretch of time.
    static func span(_ span: Span) -> TemplateValue {
        let first = span.first.flatMap { try? EpisodeDate($0) }
        let last = span.last.flatMap { try? EpisodeDate($0) }
        guard span.isSeveralDays, let first, let last else {
            return ["several": false, "days": 1, "when": "today", "from": "", "to": ""]
        }
        var length = 1
        var cursor = first
        while cursor < last, length <= 400 {
            cursor = cursor.next
            length += 1
        }
        let when: String
        if length <= 7 {
            when = "this week"
        } else if length <= 62 {
            when = "over these \(SpokenNumber.cardinal(length)) days"
        } else if last.year == first.year {
            when = "over these \(SpokenNumber.cardinal(last.month - first.month + 1)) months"
        } else {
            when = "over these \(SpokenNumber.cardinal(last.year - first.year + 1)) years"
        }
        return [
            "several": true, "days": .int(length), "when": .string(when),
            "from": .string(SpokenDate.spoken(first)), "to": .string(SpokenDate.spoken(last)),
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
