import Testing
import EpisodeModel
import EpisodeTemplates
@testable import EpisodeShow

@Suite struct EpisodeComposerTests {
    static let date = try! EpisodeDate("2026-06-08")

    func compose(_ analysis: Analysis, configuration: ShowConfiguration = GoToolsDay.configuration, date: EpisodeDate = EpisodeComposerTests.date) throws -> Episode {
        try EpisodeComposer(configuration: configuration).compose(analysis, date: date)
    }

    @Test func normalDayRunsTheShowInOrder() throws {
        let episode = try compose(GoToolsDay.analysis)
        #expect(episode.segments.map(\.kind) == [.greeting, .framing, .lead, .person, .roundup, .focus, .signoff])
        #expect(episode.segments[0].text.contains("Go Tools Daily"))
        #expect(episode.segments[0].text.contains("Monday, June eighth, 2026"))
        // The framing's wording rotates from day to day; its facts do not.
        #expect(episode.segments[1].text.contains("six changes") && episode.segments[1].text.lowercased().contains("four people"), "\(episode.segments[1].text)")
        // The lead is the top-ranked story, with its provenance.
        #expect(episode.segments[2].commits == ["c0503c56faf19690f30cdfe4d852b7cbe1f8bc58"])
        #expect(episode.segments[2].text.contains("Madeline Kalil"))
        // Alan's three stories are one segment, biggest first.
        #expect(episode.segments[3].commits == [
            "09a1b9b38231a555d9457fa07056a70153c52c73", "9781f9af350ee754185ecd7dfbb4e8a6157e1e93", "1761a50bc9eaad018b472c9f8d4219151601dcab",
        ])
        // Everyone is named somewhere.
        let script = episode.segments.map(\.text).joined(separator: " ")
        for name in ["Madeline Kalil", "Alan Donovan", "qmuntal", "Hongxiang Jiang"] { #expect(script.contains(name)) }
        // The notes' title names the day's theme, not a bare subject.
        #expect(episode.title == "Fixes in the gopls MCP server and the SSA package")
        #expect(episode.contributors.first == Contributor(name: "Alan Donovan", commits: 3, isBot: false))
    }

    @Test func quotesOnlyVerbatimSentencesAsTheAuthorsWords() throws {
        let script = try compose(GoToolsDay.analysis).segments.map(\.text).joined(separator: "\n")
        #expect(script.contains("Not a single person has ever used it."))
        // Changed by the speakable pass (bug.Report, a parenthetical), so not presented as a quote.
        let reason = "Previously this triggered a bug report and an internal error."
        let introductions = ["The commit message explains: ", "From the commit message: ", "The commit message gives the background: "]
        #expect(introductions.contains { script.contains($0 + reason) })
        #expect(!script.contains("own words: " + reason))
        #expect(!script.contains("put it in the commit message: " + reason))
    }

    @Test func appliesPronunciationsToTheScriptButNotTheNotes() throws {
        let episode = try compose(GoToolsDay.analysis)
        let script = episode.segments.map(\.text).joined(separator: " ")
        #expect(script.contains("go please"))
        #expect(!script.lowercased().contains("gopls"))
        #expect(episode.commits.contains { $0.subject.contains("gopls") })
    }

    @Test func oneCommitDayReadsNaturally() throws {
        let episode = try compose(HandBuiltDays.oneCommit, date: try EpisodeDate("2026-01-02"))
        #expect(episode.segments.map(\.kind) == [.greeting, .framing, .lead, .focus, .signoff])
        let framing = episode.segments[1].text
        #expect(framing.contains("one change"))
        #expect(!framing.contains("changes"))
        #expect(!framing.contains("people"))
    }

    @Test func botsAreCountedNeverNarrated() throws {
        let episode = try compose(HandBuiltDays.withBots)
        let script = episode.segments.map(\.text).joined(separator: " ")
        #expect(script.contains("plus two automated updates from dependabot"))
        #expect(!script.contains("dependabot[bot]"))
        #expect(!episode.segments.contains { $0.kind == .lead && $0.text.contains("dependabot") })
        #expect(episode.contributors.last == Contributor(name: "dependabot[bot]", commits: 2, isBot: true))
    }

    @Test func botsOnlyDaySaysSo() throws {
        let episode = try compose(HandBuiltDays.botsOnly)
        #expect(episode.segments.map(\.kind) == [.greeting, .framing, .signoff])
        #expect(episode.segments[1].text == "Only automated changes landed today: two of them, from dependabot.")
        // The notes read as prose too, not "Zero changes from zero people".
        #expect(episode.summary == "Only automated updates: two from dependabot.")
        #expect(episode.title == "Go Tools Daily: automated updates")
    }

    @Test func emptyDayIsShort() throws {
        let episode = try compose(Analysis(commits: [], people: [], areas: [], stories: []))
        #expect(episode.segments.map(\.kind) == [.greeting, .framing, .signoff])
        #expect(episode.wordCount > 0)
        #expect(episode.commits.isEmpty)
    }

    @Test func hugeDayTellsAtMostMaxStoriesAndCountsTheRest() throws {
        let analysis = SyntheticDays.manyPeople(stories: 120)
        var configuration = ShowConfiguration(showName: "The Commit Log")
        configuration.maxStories = 4
        let episode = try compose(analysis, configuration: configuration)
        let told = episode.stories.filter(\.toldInFull)
        // The lead, then at most three more full stories, each with its author's small ones,
        // and one more segment for the lead's author's other stories.
        #expect(told.count <= 1 + 4 * EpisodePlan.maxStoriesPerPerson)
        #expect(episode.segments.filter { $0.kind == .person || $0.kind == .story }.count <= 4)
        let more = try #require(episode.segments.first { $0.kind == .more })
        #expect(more.text.contains("other changes"))
        #expect(more.text.contains("others"))
        // Every commit is spoken of by some segment (the framing covers the day).
        let covered = Set(episode.segments.flatMap(\.commits))
        #expect(covered == Set(analysis.commits.map(\.commit.hash)))
        #expect(episode.durationSeconds < 8 * 60)
    }

    @Test func durationComesFromTheWordCount() throws {
        let episode = try compose(GoToolsDay.analysis)
        let words = episode.segments.reduce(0) { $0 + EpisodeDuration.wordCount($1.text) }
        #expect(episode.wordCount == words)
        #expect(episode.durationSeconds == EpisodeDuration.seconds(words: words, wordsPerMinute: 155))
        #expect(episode.duration == EpisodeDuration.iso8601(seconds: episode.durationSeconds))
    }

    @Test func rerunsAreIdenticalAndDatesVaryTheWording() throws {
        let composer = try EpisodeComposer(configuration: GoToolsDay.configuration)
        var date = try EpisodeDate("2026-06-01")
        var openings = Set<String>()
        for _ in 0..<30 {
            let first = try composer.compose(GoToolsDay.analysis, date: date)
            let second = try composer.compose(GoToolsDay.analysis, date: date)
            #expect(first == second)
            openings.insert(first.segments[0].text.replacingOccurrences(of: first.spokenDate, with: "DATE"))
            date = date.next
        }
        #expect(openings.count > 1)
    }

    @Test func showTemplatesOverrideTheDefaults() throws {
        let overrides = ["signoff": TemplateSource(text: "Bye from {{ show.name }}.\n", path: "/shows/go/templates/signoff.tmpl")]
        let composer = try EpisodeComposer(configuration: GoToolsDay.configuration, templateOverrides: overrides)
        let episode = try composer.compose(GoToolsDay.analysis, date: Self.date)
        #expect(episode.segments.last?.text == "Bye from Go Tools Daily.")
    }

    @Test func templateMistakesNameTheFileAndLine() throws {
        let overrides = ["lead": TemplateSource(text: "Our lead:\n{{ story.nope }}\n", path: "/shows/go/templates/lead.tmpl")]
        let error = try #require(throws: TemplateError.self) { try EpisodeComposer(configuration: GoToolsDay.configuration, templateOverrides: overrides) }
        #expect(error.description.hasPrefix("/shows/go/templates/lead.tmpl:2:4:"))
        #expect(error.description.contains("'story' has no field 'nope'"))
    }

    @Test func emphasisMarkedInTemplatesBecomesSpans() throws {
        let overrides = ["greeting": TemplateSource(text: "Welcome to {{ show.name | emphasis }}.\n")]
        let composer = try EpisodeComposer(configuration: GoToolsDay.configuration, templateOverrides: overrides)
        let greeting = try composer.compose(GoToolsDay.analysis, date: Self.date).segments[0]
        #expect(greeting.text == "Welcome to Go Tools Daily.")
        #expect(greeting.emphasis == [EmphasisSpan(start: 11, length: 14)])
    }
}

extension EpisodeComposerTests {
    /// The keys of every object, as dotted paths; lists contribute their items' keys.
    static func shape(_ value: TemplateValue, prefix: String = "") -> Set<String> {
        switch value {
        case .object(let fields):
            return fields.reduce(into: Set<String>()) { result, field in
                let path = prefix.isEmpty ? field.key : prefix + "." + field.key
                result.insert(path)
                result.formUnion(shape(field.value, prefix: path))
            }
        case .list(let items):
            return items.reduce(into: Set<String>()) { $0.formUnion(shape($1, prefix: prefix + "[]")) }
        default:
            return []
        }
    }

    @Test func realContextsHaveTheShapeOfTheSample() throws {
        // A big day fills every list: people, round-up, untold areas, names.
        let analysis = SyntheticDays.manyPeople(stories: 60)
        let plan = EpisodePlan(analysis: analysis, maxStories: 3)
        let facts = EpisodeFacts(analysis: analysis, plan: plan, configuration: GoToolsDay.configuration, date: Self.date)
        let context = EpisodeContext(facts: facts)
        var root = context.root
        root["person"] = context.person(plan.people[0], stories: plan.people[0].stories.map(facts.facts(for:)))
        // A real day whose lead story tells its other commits with their own sentences.
        let (day, configuration) = try CorpusDays.analysis("golang-tools-2026h1.fuller-numstat.log", day: "2026-06-09", preset: "go-tools")
        let dayContext = EpisodeContext(facts: EpisodeFacts(
            analysis: day, plan: EpisodePlan(analysis: day, maxStories: 6), configuration: configuration, date: try EpisodeDate("2026-06-09")))
        let lead = try #require(dayContext.leadFacts)
        #expect(!lead.companions.isEmpty)
        // Any story may be told with companions, wherever the templates place it.
        var dayRoot = dayContext.root
        dayRoot["story"] = lead.templateValue
        dayRoot["roundup"] = ["stories": [lead.templateValue]]
        dayRoot["person"] = ["stories": [lead.templateValue]]
        let real = Self.shape(.object(root)).union(Self.shape(.object(dayRoot))), sample = Self.shape(EpisodeContextSample.root)
        #expect(real.symmetricDifference(sample).isEmpty, "only in the real context: \(real.subtracting(sample).sorted()); only in the sample: \(sample.subtracting(real).sorted())")
    }

    @Test func aMisspeltFieldInAnOverrideFailsWhenTheTemplatesLoad() throws {
        let overrides = ["focus": TemplateSource(text: "{% if day.commits > 100 %}{{ focus.aeras | join }}{% endif %}\n", path: "/shows/go/templates/focus.tmpl")]
        let error = try #require(throws: TemplateError.self) { try EpisodeComposer(configuration: GoToolsDay.configuration, templateOverrides: overrides) }
        #expect(error.description.hasPrefix("/shows/go/templates/focus.tmpl:1:"))
    }
}

extension EpisodeComposerTests {
    @Test func renderErrorsNameTheSegmentAndTheTemplateLine() throws {
        let overrides = ["focus": TemplateSource(text: "Focus:\n{{ focus.areas }}\n", path: "/shows/go/templates/focus.tmpl")]
        let composer = try EpisodeComposer(configuration: GoToolsDay.configuration, templateOverrides: overrides)
        let error = try #require(throws: EpisodeComposerError.self) { try composer.compose(GoToolsDay.analysis, date: Self.date) }
        #expect(error.description.hasPrefix("while writing the focus segment of the episode: /shows/go/templates/focus.tmpl:2:"))
    }
}

extension EpisodeComposerTests {
    @Test func breakingChangesAreCalledOut() throws {
        var analysis = HandBuiltDays.oneCommit
        analysis.commits[0].conventional = ConventionalCommit(type: "feat", scope: "typesutil", breaking: true, description: "refine EnclosingSignature bug.Report")
        let episode = try compose(analysis, date: try EpisodeDate("2026-01-02"))
        let lead = try #require(episode.segments.first { $0.kind == .lead })
        #expect(lead.text.contains("breaking change"))
        let plain = try compose(HandBuiltDays.oneCommit, date: try EpisodeDate("2026-01-02"))
        #expect(!plain.segments.contains { $0.text.contains("breaking") })
    }
}

extension EpisodeComposerTests {
    @Test func misnamedOverridesAreReportedAsUnused() throws {
        #expect(try EpisodeComposer(configuration: GoToolsDay.configuration).unusedTemplates.isEmpty)
        let overrides = ["signof": TemplateSource(text: "Bye.\n", path: "/shows/go/templates/signof.tmpl")]
        #expect(try EpisodeComposer(configuration: GoToolsDay.configuration, templateOverrides: overrides).unusedTemplates == ["signof"])
    }
}

extension EpisodeComposerTests {
    @Test func aBreakingChoreIsToldInFullNotRoundedUp() throws {
        var analysis = GoToolsDay.analysis
        // Hongxiang's cleanup (a refactor, normally in the round-up) marked as breaking.
        let index = try #require(analysis.commits.firstIndex { $0.commit.hash.hasPrefix("e5302d9") })
        analysis.commits[index].conventional = ConventionalCommit(type: "refactor", scope: "filewatcher", breaking: true, description: "remove unused interval field")
        let episode = try compose(analysis)
        let told = try #require(episode.segments.first { $0.commits.contains(analysis.commits[index].commit.hash) && $0.kind != .framing && $0.kind != .focus })
        #expect(told.kind == .story)
        #expect(told.text.contains("breaking change"))
    }
}

extension EpisodeComposerTests {
    @Test func aLogWithoutAuthorsStillTellsTheDay() throws {
        var analysis = GoToolsDay.analysis
        for index in analysis.commits.indices { analysis.commits[index].authorID = "" }
        for index in analysis.stories.indices { analysis.stories[index].authors = [] }
        analysis.people = []
        let episode = try compose(analysis)
        #expect(episode.segments[1].text == "Six changes landed today, though the log doesn't say who wrote them.")
        let lead = try #require(episode.segments.first { $0.kind == .lead })
        #expect(lead.text.hasPrefix("Our lead is a fix in the go please MCP server: fix reporting in go diagnostics tool."))
        #expect(episode.segments.contains { $0.kind == .story })
        #expect(!episode.segments.contains { $0.text.contains("Only automated") })
    }
}
