import EpisodeModel
import EpisodeTemplates

/// What the templates may say about one story, all speakable, drawn only from the analysis.
struct StoryFacts: Sendable {
    var story: Story
    /// Full name of the first author.
    var author: String
    /// The first word of the author's name, for second mentions ("Alan").
    var firstName: String
    /// Other authors, full names.
    var otherAuthors: [String]
    /// Spoken name of the story's main area.
    var area: String
    /// What the author did, past tense ("fixed reporting in go diagnostics tool"), or "".
    var action: String
    /// The summary as a speakable phrase, first letter lower-case unless it is a name.
    var summary: String
    /// A topic's description (git.git merges), as speakable sentences, or "".
    var sentence: String
    var reason: Reason?
    /// What was going wrong, what got better, a measured result and a revert's reason, from
    /// the analysis's message sentences, made speakable.
    var told: MessageTeller.Told
    /// What the commit whose message names the problem did, past tense, when it is not the
    /// headline commit ("stopped offering the fill"): the problem is told as that change's, not the headline's.
    var problemAction: String
    /// Other commits of the story told with a sentence of their own message (at most two).
    var companions: [Companion]

    struct Companion: Sendable {
        /// What that commit did, past tense.
        var action: String
        var told: MessageTeller.Companion

        var templateValue: TemplateValue {
            var kind = told.role.rawValue
            var said = told.reason.text
            if told.role == .change {
                let change = MessageTeller.toldChange(told.reason.text)
                (kind, said) = change.imperative.isEmpty ? ("changeRest", change.rest) : ("changeImperative", change.imperative)
            }
            let followUp = MessageTeller.toldChange(told.change?.reason.text)
            return [
                "action": .string(action), "kind": .string(kind), "text": .string(said),
                "changeRest": .string(followUp.rest), "changeImperative": .string(followUp.imperative),
            ]
        }
    }

    /// The story's messages say something crashed, panicked, hung or corrupted data.
    var fixesCrash: Bool
    /// Platforms, architectures, build modes and tools its messages name.
    var affects: [String]
    /// What the story's other commits did, past tense, best first (at most three).
    var others: [String]
    /// `others` without the commits told as `companions`, for a story told in full.
    var othersInFull: [String]
    var issuesFixed: Int
    /// A Conventional Commits breaking change (`feat!:` or a `BREAKING CHANGE` footer) is part of the story.
    var breaking: Bool
    var commitCount: Int
    var commits: [String]

    var templateValue: TemplateValue {
        let change = MessageTeller.toldChange(told.change?.text)
        return [
            "id": .string(story.id),
            "author": .string(author),
            "firstName": .string(firstName),
            "otherAuthors": .list(otherAuthors.map(TemplateValue.string)),
            "area": .string(area),
            "action": .string(action),
            "summary": .string(summary),
            "sentence": .string(sentence),
            "reason": .string(reason?.text ?? ""),
            "reasonVerbatim": .bool(reason?.isVerbatim ?? false),
            "problem": .string(told.problem?.text ?? ""),
            "problemVerbatim": .bool((told.problem?.isVerbatim ?? false) && (told.problemBefore?.isVerbatim ?? true)),
            "problemBefore": .string(told.problemBefore?.text ?? ""),
            "problemAction": .string(problemAction),
            "companions": .list(companions.map(\.templateValue)),
            "background": .string(told.background?.text ?? ""),
            "effect": .string(told.effect?.text ?? ""),
            "moreEffect": .string(told.moreEffect?.text ?? ""),
            "changeRest": .string(change.rest),
            "changeImperative": .string(change.imperative),
            "measurement": .string(told.measurement?.text ?? ""),
            "revertReason": .string(told.revertReason?.text ?? ""),
            "fixesCrash": .bool(fixesCrash),
            "hasWhy": .bool(hasWhy || reason != nil),
            "affects": .list(affects.map(TemplateValue.string)),
            // How much of the why to tell: "full" for the lead, "brief" for other stories told in
            // full, "none" in the round-up; set by the segment, "brief" by default.
            "depth": "brief",
            "problemTold": false,
            "category": .string(story.category.rawValue),
            "kind": .string(story.kind.rawValue),
            "others": .list(others.map(TemplateValue.string)),
            "unnamedCommits": .int(max(0, commitCount - 1 - others.count - (problemAction.isEmpty ? 0 : 1))),
            "othersInFull": .list(othersInFull.map(TemplateValue.string)),
            "unnamedInFull": .int(max(0, commitCount - 1 - othersInFull.count - companions.count - (problemAction.isEmpty ? 0 : 1))),
            "issuesFixed": .int(issuesFixed),
            "breaking": .bool(breaking),
            "commits": .int(commitCount),
            "rank": .int(story.rank),
            // Set by the person segment and the round-up; defaults here so every story has them.
            "brief": false,
            "newArea": true,
            "sameAction": false,
            "more": 0,
            "continues": false,
            "continued": false,
            "countHandled": false,
        ]
    }

    /// Nothing to add after what it did: one commit, no reason, no issue, not breaking, not a topic.
    var isQuiet: Bool {
        !action.isEmpty && sentence.isEmpty && reason == nil && !hasWhy && told.background == nil
            && told.revertReason == nil && issuesFixed == 0 && !breaking && commitCount == 1
    }

    /// Whether the messages say anything about why, beyond what changed.
    var hasWhy: Bool { told.problem != nil || told.effect != nil || told.measurement != nil || told.revertReason != nil }
}
