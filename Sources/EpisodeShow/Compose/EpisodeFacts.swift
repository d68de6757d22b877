import EpisodeModel
import EpisodeTemplates
import EpisodeText

/// Builds the speakable facts of an episode from an analysis and a plan: the template
/// context. Only this type turns typed values into `TemplateValue`s.
struct EpisodeFacts: Sendable {
    let analysis: Analysis
    let plan: EpisodePlan
    let configuration: ShowConfiguration
    let date: EpisodeDate
    let speakable: SpeakableText
    let reasons: ReasonFinder
    let teller: MessageTeller
    let peopleByID: [String: Person]
    let commitsByHash: CommitLookup
    let areaNames: [String: String]
    /// The facts of every story the plan tells or rounds up, made once: the context and the
    /// composer both ask for them, and reading a story's messages is the costly part.
    private var planned: [String: StoryFacts] = [:]

    /// - Parameters:
    ///   - teller: the analysis's teller (`EpisodeFacts.teller(for:configuration:)`), when the caller has one already.
    ///   - commits: the analysis's commits by hash, likewise.
    init(
        analysis: Analysis, plan: EpisodePlan, configuration: ShowConfiguration, date: EpisodeDate,
        teller: MessageTeller? = nil, commits: CommitLookup? = nil
    ) {
        self.analysis = analysis
        self.plan = plan
        self.configuration = configuration
        self.date = date
        self.teller = teller ?? EpisodeFacts.teller(for: analysis, configuration: configuration)
        reasons = self.teller.reasons
        speakable = reasons.speakable
        peopleByID = Dictionary(analysis.people.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        commitsByHash = commits ?? CommitLookup(analysis.commits)
        var names: [String: String] = [:]
        for commit in analysis.commits { names[commit.area.id] = names[commit.area.id] ?? commit.area.spokenName }
        for summary in analysis.areas { names[summary.area.id] = summary.area.spokenName }
        areaNames = names
        for story in plan.toldStories + plan.roundup.map(\.story) where planned[story.id] == nil {
            planned[story.id] = makeFacts(for: story)
        }
    }

    /// The teller for an analysis: its speakable text knows the analysis's package areas.
    static func teller(for analysis: Analysis, configuration: ShowConfiguration) -> MessageTeller {
        let areaIDs = Set(analysis.areas.map(\.area.id)).union(analysis.commits.map(\.area.id))
        let speakable = SpeakableText(knownPackages: areaIDs.filter { $0.contains("/") }, pathRoots: configuration.pathRoots)
        return MessageTeller(reasons: ReasonFinder(speakable: speakable))
    }

    func name(of personID: String) -> String {
        peopleByID[personID]?.name ?? personID
    }

    /// "Alan" from "Alan Donovan"; a one-word handle stays whole ("qmuntal").
    static func firstName(of name: String) -> String {
        String(name.split(separator: " ").first ?? Substring(name))
    }

    /// Spoken area name, made speakable in case it came from a path. The editorial stage owns
    /// spoken names: one it generated for a bare code id already reads "the remote code".
    func spokenArea(_ id: String) -> String {
        speakable.speak(areaNames[id] ?? id)
    }

    /// Several generated names in one list share one "code": "the remote, lib and monorepo
    /// code" rather than "the remote code, the lib code and the monorepo code". The items
    /// keep their number, so the templates still count them.
    static func sharingCode(_ names: [String]) -> [String] {
        guard names.count > 1, names.allSatisfy({ $0.hasPrefix("the ") && $0.hasSuffix(" code") }) else { return names }
        let bare = names.map { String($0.dropFirst(4).dropLast(5)) }
        return bare.enumerated().map { index, name in
            (index == 0 ? "the " : "") + name + (index == bare.count - 1 ? " code" : "")
        }
    }

    /// What the author did, from the summary: its verb in the past tense with the article its
    /// object lacks; a summary that is a noun phrase ("the 6th batch") is something they
    /// "landed"; otherwise "".
    static func action(for summary: String, written: String? = nil) -> String {
        guard !summary.isEmpty else { return "" }
        if let past = PastTense.phrase(summary) { return ObjectArticles.insertingArticle(past, written: written) }
        let first = summary.split(separator: " ").first.map { $0.lowercased() } ?? ""
        if ["the", "a", "an"].contains(first), summary.split(separator: " ").count > 1 { return "landed " + summary }
        return ""
    }

    /// "added X, added Y and added Z" -> "added X, Y and Z": a verb said once for a list.
    static func sharingVerb(_ actions: [String]) -> [String] {
        guard actions.count > 1 else { return actions }
        let verbs = actions.map { $0.split(separator: " ").first.map(String.init) ?? "" }
        guard Set(verbs).count == 1, actions.allSatisfy({ $0.split(separator: " ").count > 1 }) else { return actions }
        return actions.enumerated().map { index, action in index == 0 ? action : String(action.dropFirst(verbs[0].count + 1)) }
    }

    /// The spoken name for a list of areas: an appositive after a comma is dropped, so that
    /// "gopls, the language server" does not read as two items in "A, B and C".
    func listedArea(_ id: String) -> String {
        let name = spokenArea(id)
        guard let comma = name.range(of: ", ") else { return name }
        return String(name[..<comma.lowerBound])
    }

    /// What up to three more commits did, past tense, best first, each said once; what the lead
    /// commit did is said already, so another commit that did the same is not said again.
    func otherActions(_ commits: [AnalyzedCommit], leadSummary: String, written: String) -> [String] {
        let leadPast = PastTense.phrase(leadSummary).map { ObjectArticles.insertingArticle($0, written: written) }
        var actions: [String] = []
        for commit in commits where actions.count < 3 {
            let written = SentenceTools.withoutParentheticals(PastTense.withoutSubPrefix(commit.summary))
            let phrase = EnglishGrammar.lowerFirst(speakable.speak(written)).trimmingTrailing(".")
            if let past = PastTense.phrase(phrase).map({ ObjectArticles.insertingArticle($0, written: written) }), !actions.contains(past),
               past != leadPast { actions.append(past) }
        }
        return EpisodeFacts.sharingVerb(actions)
    }

    func facts(for story: Story) -> StoryFacts {
        planned[story.id] ?? makeFacts(for: story)
    }

    private func makeFacts(for story: Story) -> StoryFacts {
        let author = name(of: story.authors.first ?? "")
        let lead = story.commits.first.flatMap { commitsByHash[$0] }
        let rawSummary = PastTense.withoutSubPrefix(lead?.summary ?? story.headline)
        // A merge's summary can be a whole paragraph: keep its first clause that reads alone.
        let plainSummary = SentenceTools.withoutParentheticals(SentenceTools.sentences(in: rawSummary).first ?? rawSummary)
        let shortSummary = SentenceTools.shortened(plainSummary, maxWords: 20) ?? SentenceTools.firstClause(plainSummary, maxWords: 20) ?? plainSummary
        let summary = SentenceTools.withoutDanglingEnd(EnglishGrammar.lowerFirst(speakable.speak(shortSummary)).trimmingTrailing("."))
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
            sentence = SentenceTools.splitLong(sentence)
        }
        var reason: Reason?
        if sentence.isEmpty, let lead {
            let removal = ["remove", "delete", "drop", "deprecate", "unexport"].contains(where: { rawSummary.lowercased().hasPrefix($0) })
            reason = reasons.reason(inBody: lead.commit.body, firstSentenceFallback: removal)
            if let found = reason {
                // A reference that was not said leaves a word hanging ("the flag added by."): not said at all.
                let (alone, cut) = SentenceTools.withoutLeadingConnective(found.text)
                reason = SentenceTools.endsDangling(found.text) ? nil : Reason(text: SentenceTools.splitLong(alone), isVerbatim: found.isVerbatim && !cut)
            }
        }
        let storyCommits = story.commits.compactMap { commitsByHash[$0] }
        var told = teller.tell(story, commits: storyCommits, subject: rawSummary)
        if !sentence.isEmpty { told = MessageTeller.Told() }
        // A problem from another of the story's commits is told with what that commit did.
        var problemAction = ""
        if let source = told.problemCommit, source != lead?.commit.hash, let commit = commitsByHash[source], !commit.summary.isEmpty {
            problemAction = SubjectClause.clause(for: commit.summary, subject: commit.commit.subject, speakable: speakable)
            if problemAction.isEmpty { told.problem = nil; told.problemBefore = nil; told.problemCommit = nil }
        }
        var others: [String] = []
        var othersInFull: [String] = []
        var companions: [StoryFacts.Companion] = []
        if story.kind != .topic {
            let rest = story.commits.dropFirst().compactMap { commitsByHash[$0] }.filter { $0.commit.hash != told.problemCommit }
                .sorted { ($0.score.total, $1.commit.hash) > ($1.score.total, $0.commit.hash) }
            // Told in full, the next two commits that say something of their own are told with it; the rest are listed.
            var said = Set(told.sources.values.map(\.text))
            for commit in rest where companions.count < 2 && !commit.summary.isEmpty {
                let action = SubjectClause.clause(for: commit.summary, subject: commit.commit.subject, speakable: speakable)
                guard !action.isEmpty, let found = teller.companion(commit, subject: commit.summary, said: said) else { continue }
                said.insert(found.source.text)
                told.sources[found.reason.text] = found.source
                if let change = found.change {
                    said.insert(change.source.text)
                    told.sources[change.reason.text] = change.source
                }
                companions.append(StoryFacts.Companion(action: action, told: found))
            }
            let companionCommits = Set(companions.map(\.told.source.commit))
            others = otherActions(rest, leadSummary: summary, written: shortSummary)
            othersInFull = otherActions(rest.filter { !companionCommits.contains($0.commit.hash) }, leadSummary: summary, written: shortSummary)
        }
        // The old finder's pick stays for messages the reader finds nothing in, and is not said twice.
        if let found = reason, told.sources[found.text] != nil || told.problem != nil || told.background?.text == found.text {
            reason = nil
        }
        let fixed = Set(story.issueReferences.filter { ["fixes", "closes", "fixed", "close", "fix", "resolves"].contains($0.relation) }.map(\.label))
        return StoryFacts(
            story: story, author: author, firstName: EpisodeFacts.firstName(of: author),
            otherAuthors: story.authors.dropFirst().map(name(of:)), area: spokenArea(story.areas.first ?? lead?.area.id ?? ""),
            // A commit's subject is said by `SubjectClause`; a topic's summary (a whole sentence) the old way.
            action: story.kind != .topic && lead.map { !$0.summary.isEmpty } == true
                ? SubjectClause.clause(for: lead!.summary, subject: lead!.commit.subject, speakable: speakable)
                : EpisodeFacts.action(for: summary, written: shortSummary),
            summary: summary, sentence: sentence,
            reason: reason, told: told, problemAction: problemAction, companions: companions, fixesCrash: story.fixesCrash, affects: story.affects, others: others,
            othersInFull: othersInFull, issuesFixed: fixed.count,
            breaking: story.commits.contains { commitsByHash[$0]?.conventional?.breaking == true }, commitCount: story.commits.count, commits: story.commits)
    }
}
