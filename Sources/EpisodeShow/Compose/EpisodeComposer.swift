import EpisodeModel
import EpisodeTemplates
import EpisodeText

/// The show stage: decides what to say about a day (`EpisodePlan`), words it with the
/// templates, and returns the `Episode`: ordered segments with provenance plus notes metadata.
///
/// Input: an `Analysis`, the show's configuration, the episode date and the compiled templates.
/// Output: an `Episode`. Pure but for reading the bundled default templates once
/// (`DefaultTemplates`); the caller reads template overrides with `TemplateDirectoryLoader`
/// and passes them in. Deterministic: the same input gives a
/// byte-identical episode; `{% choose %}` alternatives are picked from the date.
public struct EpisodeComposer: Sendable {
    public var configuration: ShowConfiguration
    public var templates: TemplateSet

    /// - Parameters:
    ///   - configuration: the show's configuration (name, pronunciations, words per minute, links, story cap).
    ///   - templateOverrides: templates read from the show's `templatesPath` folder; each replaces the default of its name.
    /// - Throws: `TemplateError` when a template does not compile (with its file and line), or
    ///   when the default templates are not installed beside the program.
    public init(configuration: ShowConfiguration, templateOverrides: [String: TemplateSource] = [:]) throws {
        self.configuration = configuration
        self.templates = try TemplateSet(
            defaults: try DefaultTemplates.all(), overrides: templateOverrides, filters: ShowFilters.all, sampleContext: EpisodeContextSample.root)
    }

    /// The templates the composer renders directly; every other template must be included from them.
    public static let rootTemplateNames = [
        "greeting", "framing", "lead", "story", "person", "roundup", "more", "focus", "signoff", "notes-title", "notes-summary",
    ]

    /// Override files that nothing renders or includes (a misspelt `signof.tmpl`), for the CLI to warn about.
    public var unusedTemplates: [String] { templates.templatesNotReachable(from: Self.rootTemplateNames) }

    /// Trailer keys that name a person.
    static let personTrailers: Set<String> = [
        "reviewed-by", "signed-off-by", "acked-by", "tested-by", "reported-by", "helped-by", "suggested-by", "co-authored-by",
        "reported-and-tested-by", "mentored-by", "original-author",
    ]

    /// Committers and people named in trailers who are not contributors, sorted; `nil` for none.
    static func otherPeople(_ analysis: Analysis, contributors: [Contributor]) -> [String]? {
        let known = Set(contributors.map(\.name))
        var names = Set<String>()
        for analyzed in analysis.commits {
            if let committer = analyzed.commit.committer?.name, !committer.isEmpty { names.insert(committer) }
            for trailer in analyzed.commit.trailers where personTrailers.contains(trailer.key.lowercased()) {
                let name = trailer.value.split(separator: "<").first.map { String($0).trimmingSpaces() } ?? ""
                if !name.isEmpty, !name.contains("@") { names.insert(name) }
            }
        }
        let others = names.subtracting(known).sorted()
        return others.isEmpty ? nil : others
    }

    /// The message sentences whose spoken form the segment's prose says, in the order of the stories.
    static func messageSentences(told: [StoryFacts], in prose: String) -> [StorySentence] {
        var found: [StorySentence] = []
        for story in told {
            for (spoken, source) in story.told.sources.sorted(by: { ($0.value.commit, $0.value.sentence.offset) < ($1.value.commit, $1.value.sentence.offset) })
            where !found.contains(source) && (prose.contains(spoken) || prose.contains(MessageTeller.predicate(of: spoken))) {
                found.append(source)
            }
        }
        return found
    }

    /// Composes the episode of `date` from `analysis`.
    /// - Throws: `EpisodeComposerError` when a template fails while rendering.
    public func compose(_ analysis: Analysis, date: EpisodeDate) throws -> Episode {
        // A busy day is capped by the show's target length: fewer stories in full, more in the round-up.
        var maxStories = max(1, configuration.maxStories)
        // Made once for every pass: reading messages needs them, and the analysis does not change.
        let teller = EpisodeFacts.teller(for: analysis, configuration: configuration)
        let lookup = CommitLookup(analysis.commits)
        while true {
            let episode = try compose(analysis, date: date, maxStories: maxStories, teller: teller, lookup: lookup)
            if maxStories == 1 || Double(episode.durationSeconds) <= configuration.targetMinutes * 60 { return episode }
            maxStories -= 1
        }
    }

    private func compose(_ analysis: Analysis, date: EpisodeDate, maxStories: Int, teller: MessageTeller, lookup: CommitLookup) throws -> Episode {
        // A small story is told in full only when its message says why in words the script can use.
        let plan = EpisodePlan(analysis: analysis, maxStories: maxStories) { story in
            let commits = story.commits.compactMap { lookup[$0] }
            return teller.tell(story, commits: commits, subject: commits.first?.summary ?? story.headline).saysWhy
        }
        let facts = EpisodeFacts(analysis: analysis, plan: plan, configuration: configuration, date: date, teller: teller, commits: lookup)
        let context = EpisodeContext(facts: facts)
        let seed = date.description
        var segments: [Segment] = []
        // One rotation for the whole episode: a slot used in several segments takes its
        // alternatives in turn ("It settles an open issue, too." is not said twice while
        // the slot has another wording).
        var choices = TemplateChoices()

        func add(_ kind: SegmentKind, template: String, extra: [String: TemplateValue] = [:], commits: [String], seed: String, told: [StoryFacts] = []) throws {
            var root = context.root
            for (key, value) in extra { root[key] = value }
            let rendered: String
            do {
                rendered = try templates.render(template, context: .object(root), seed: seed, choices: &choices)
            } catch let error as TemplateError {
                throw EpisodeComposerError(segment: "\(kind.rawValue) segment", underlying: error)
            }
            let prose = Paragraph.tidy(rendered)
            let spoken = SpeakableText.applyingPronunciations(configuration.pronunciations, to: prose)
            let (text, spans) = ShowFilters.extractEmphasis(spoken)
            let tidy = text.trimmingSpaces()
            guard !tidy.isEmpty else { return }
            let sources = EpisodeComposer.messageSentences(told: told, in: prose)
            segments.append(Segment(kind: kind, text: tidy, commits: commits, emphasis: spans, messageSentences: sources.isEmpty ? nil : sources))
        }

        try add(.greeting, template: "greeting", commits: [], seed: seed)
        try add(.framing, template: "framing", commits: analysis.commits.map(\.commit.hash), seed: seed)
        // A reason is said once per episode: a later story whose commit message gives the same
        // sentence (a series told in two segments) says what changed and stops.
        var saidReasons: Set<String> = []
        func unsaid(_ story: StoryFacts) -> StoryFacts {
            var story = story
            if let reason = story.reason {
                if saidReasons.contains(reason.text) { story.reason = nil } else { saidReasons.insert(reason.text) }
            }
            return story
        }
        if let lead = context.leadFacts {
            let story = unsaid(lead)
            var value = story.templateValue.objectValue ?? [:]
            value["depth"] = "full"
            // The lead template says the problem before the change wherever it can name who changed what.
            value["problemTold"] = .bool(story.told.problem != nil && story.problemAction.isEmpty
                && (story.author.isEmpty || (!story.action.isEmpty && story.sentence.isEmpty)))
            try add(.lead, template: "lead", extra: ["story": .object(value)], commits: story.commits, seed: seed, told: [story])
        }
        for part in plan.people {
            let stories = part.stories.map { unsaid(facts.facts(for: $0)) }
            let commits = stories.flatMap(\.commits)
            if part.stories.count == 1, !part.wroteLead || part.personID.hasPrefix(EpisodePlan.anonymous) {
                try add(.story, template: "story", extra: ["story": stories[0].templateValue], commits: commits, seed: seed, told: stories)
            } else {
                try add(.person, template: "person", extra: ["person": context.person(part, stories: stories)], commits: commits, seed: seed, told: stories)
            }
        }
        if !plan.roundup.isEmpty {
            let commits = plan.roundup.flatMap { [$0.story] + $0.moreStories }.flatMap(\.commits)
            try add(.roundup, template: "roundup", commits: commits, seed: seed)
        }
        let moreCommits = plan.untold.flatMap(\.commits)
        if !moreCommits.isEmpty || !context.unnamedPeople.isEmpty {
            try add(.more, template: "more", commits: moreCommits, seed: seed)
        }
        try add(.focus, template: "focus", commits: plan.toldStories.flatMap(\.commits), seed: seed)
        try add(.signoff, template: "signoff", commits: [], seed: seed)

        let title: String
        let summary: String
        do {
            title = Paragraph.tidy(try templates.render("notes-title", context: .object(context.root), seed: seed, choices: &choices))
            summary = Paragraph.tidy(try templates.render("notes-summary", context: .object(context.root), seed: seed, choices: &choices))
        } catch let error as TemplateError {
            throw EpisodeComposerError(segment: "show notes", underlying: error)
        }

        let words = segments.reduce(0) { $0 + EpisodeDuration.wordCount($1.text) }
        let seconds = EpisodeDuration.seconds(words: words, wordsPerMinute: configuration.wordsPerMinute)
        return Episode(
            showName: configuration.showName, date: date.description, spokenDate: SpokenDate.spoken(date),
            writtenDate: SpokenDate.written(date), title: title, summary: summary, wordCount: words,
            durationSeconds: seconds, duration: EpisodeDuration.iso8601(seconds: seconds),
            contributors: context.contributors, segments: segments, stories: context.notesStories, commits: context.notesCommits,
            otherPeople: EpisodeComposer.otherPeople(analysis, contributors: context.contributors))
    }
}
