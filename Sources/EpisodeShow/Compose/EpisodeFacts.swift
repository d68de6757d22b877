import EpisodeModel
import EpisodeTemplates

/// Builds the speakable facts of an episode from an analysis and a plan: the template
/// context. Only this type turns typed values into `TemplateValue`s.
struct EpisodeFacts: Sendable {
    let analysis: Analysis
    let plan: EpisodePlan
    let configuration: ShowConfiguration
    let date: EpisodeDate
    let speakable: SpeakableText
    let reasons: ReasonFinder
    let peopleByID: [String: Person]
    let commitsByHash: [String: AnalyzedCommit]
    let areaNames: [String: String]

    init(analysis: Analysis, plan: EpisodePlan, configuration: ShowConfiguration, date: EpisodeDate) {
        self.analysis = analysis
        self.plan = plan
        self.configuration = configuration
        self.date = date
        let areaIDs = Set(analysis.areas.map(\.area.id)).union(analysis.commits.map(\.area.id))
        speakable = SpeakableText(knownPackages: areaIDs.filter { $0.contains("/") })
        reasons = ReasonFinder(speakable: speakable)
        peopleByID = Dictionary(analysis.people.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        commitsByHash = Dictionary(analysis.commits.map { ($0.commit.hash, $0) }, uniquingKeysWith: { first, _ in first })
        var names: [String: String] = [:]
        for commit in analysis.commits { names[commit.area.id] = names[commit.area.id] ?? commit.area.spokenName }
        for summary in analysis.areas { names[summary.area.id] = summary.area.spokenName }
        areaNames = names
    }

    func name(of personID: String) -> String {
        peopleByID[personID]?.name ?? personID
    }

    /// "Alan" from "Alan Donovan"; a one-word handle stays whole ("qmuntal").
    static func firstName(of name: String) -> String {
        String(name.split(separator: " ").first ?? Substring(name))
    }

    /// Spoken area name, made speakable in case it came from a path.
    func spokenArea(_ id: String) -> String {
        speakable.speak(areaNames[id] ?? id)
    }

    /// The spoken name for a list of areas: an appositive after a comma is dropped, so that
    /// "gopls, the language server" does not read as two items in "A, B and C".
    func listedArea(_ id: String) -> String {
        let name = spokenArea(id)
        guard let comma = name.range(of: ", ") else { return name }
        return String(name[..<comma.lowerBound])
    }

    func facts(for story: Story) -> StoryFacts {
        let author = name(of: story.authors.first ?? "")
        let lead = story.commits.first.flatMap { commitsByHash[$0] }
        let rawSummary = PastTense.withoutSubPrefix(lead?.summary ?? story.headline)
        // A merge's summary can be a whole paragraph: keep its first clause that reads alone.
        let plainSummary = SentenceTools.withoutParentheticals(SentenceTools.sentences(in: rawSummary).first ?? rawSummary)
        let shortSummary = SentenceTools.shortened(plainSummary, maxWords: 20) ?? SentenceTools.firstClause(plainSummary, maxWords: 20) ?? plainSummary
        let summary = StoryFacts.lowerFirst(speakable.speak(shortSummary)).trimmingTrailing(".")
        var sentence = ""
        // A topic's description (git.git), or a merge whose summary is already a whole sentence, is told as it is.
        let description = story.kind == .topic && !story.summary.isEmpty ? story.summary
            : (SentenceTools.wordCount(rawSummary) > 16 && PastTense.phrase(rawSummary) == nil ? rawSummary : "")
        if !description.isEmpty, !description.hasPrefix("Merge ") {
            let parts = SentenceTools.sentences(in: SentenceTools.withoutParentheticals(description).replacingAll("\n", with: " "))
            var kept: [String] = []
            // The first sentence, and the second only when the first is short.
            for part in parts.prefix(2) {
                // Short enough, or cut at a clause; a long first sentence is still said whole
                // rather than not at all (git.git's descriptions run long).
                guard let short = SentenceTools.shortened(part, maxWords: 24) ?? SentenceTools.firstClause(part, maxWords: 24)
                    ?? (kept.isEmpty ? SentenceTools.shortened(part, maxWords: 34, minWords: 4) ?? part : nil) else { break }
                kept.append(EnglishGrammar.capitalizedFirst(speakable.speak(short)))
                if SentenceTools.wordCount(short) >= 12 { break }
            }
            sentence = kept.joined(separator: " ")
            if let last = sentence.last, !".!?".contains(last), !sentence.isEmpty { sentence += "." }
        }
        var reason: Reason?
        if sentence.isEmpty, let lead {
            let removal = ["remove", "delete", "drop", "deprecate", "unexport"].contains(where: { rawSummary.lowercased().hasPrefix($0) })
            reason = reasons.reason(inBody: lead.commit.body, firstSentenceFallback: removal)
        }
        var others: [String] = []
        if story.kind != .topic {
            let rest = story.commits.dropFirst().compactMap { commitsByHash[$0] }
                .sorted { ($0.score.total, $1.commit.hash) > ($1.score.total, $0.commit.hash) }
            for commit in rest where others.count < 3 {
                let phrase = StoryFacts.lowerFirst(speakable.speak(SentenceTools.withoutParentheticals(PastTense.withoutSubPrefix(commit.summary))))
                    .trimmingTrailing(".")
                if let past = PastTense.phrase(phrase), !others.contains(past), past != PastTense.phrase(summary) { others.append(past) }
            }
        }
        let fixed = Set(story.issueReferences.filter { ["fixes", "closes", "fixed", "close", "fix", "resolves"].contains($0.relation) }.map(\.label))
        return StoryFacts(
            story: story, author: author, firstName: EpisodeFacts.firstName(of: author),
            otherAuthors: story.authors.dropFirst().map(name(of:)), area: spokenArea(story.areas.first ?? lead?.area.id ?? ""),
            action: summary.isEmpty ? "" : (PastTense.phrase(summary) ?? ""), summary: summary, sentence: sentence,
            reason: reason, others: others, issuesFixed: fixed.count,
            breaking: story.commits.contains { commitsByHash[$0]?.conventional?.breaking == true }, commitCount: story.commits.count, commits: story.commits)
    }
}

extension StoryFacts {
    /// Lower-cases the first letter of a phrase unless the first word is a name or acronym ("Fix X" -> "fix X", "RTA" stays).
    static func lowerFirst(_ text: String) -> String {
        guard let first = text.first, first.isUppercase else { return text }
        let word = text.split(separator: " ").first ?? ""
        if word.dropFirst().contains(where: { $0.isUppercase || $0.isNumber }) { return text }
        return first.lowercased() + text.dropFirst()
    }
}

extension String {
    func trimmingTrailing(_ characters: String) -> String {
        var s = self
        while let last = s.last, characters.contains(last) { s.removeLast() }
        return s
    }
}
