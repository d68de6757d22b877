import EpisodeModel

/// What the script will say, decided from an `Analysis` before any wording: the lead,
/// the stories told in full grouped by person, the round-up, and what is only counted.
/// Pure and deterministic: everything is ordered by rank with explicit tie-breakers.
public struct EpisodePlan: Equatable, Sendable {
    /// One person's stories told in one segment, biggest first.
    public struct PersonPart: Equatable, Sendable {
        public var personID: String
        public var stories: [Story]
        /// This person also wrote the lead story.
        public var wroteLead: Bool
    }

    /// One name in the round-up with their most important small story.
    public struct RoundupItem: Equatable, Sendable {
        public var personID: String
        public var story: Story
        /// Further small stories of the same person, only counted.
        public var moreStories: [Story]
    }

    public var lead: Story?
    public var people: [PersonPart]
    public var roundup: [RoundupItem]
    /// Stories by people that are neither told nor in the round-up (a huge day).
    public var untold: [Story]

    /// Prefix of the person key of a story whose log does not say who wrote it.
    static let anonymous = "\u{0}anonymous:"

    /// Whose story it is: its first author, or for a log without authors (`--oneline`) a key
    /// of its own, so that every such story is its own segment.
    static func personKey(of story: Story) -> String {
        story.authors.first ?? anonymous + story.id
    }

    /// Categories that go to the round-up unless their author has a segment anyway.
    static let smallCategories: Set<ChangeCategory> = [.docs, .tests, .style, .chore, .build, .refactor]

    /// Most stories one person segment tells; the rest of theirs are counted.
    static let maxStoriesPerPerson = 4
    /// Most names in the round-up; the rest are counted.
    static let maxRoundupItems = 6

    /// - Parameter explains: whether a small story's messages say why in words the script can
    ///   use; by default, whether the analysis found any such sentence.
    public init(analysis: Analysis, maxStories: Int, explains: (Story) -> Bool = EpisodePlan.saysWhy) {
        let commitsByHash = CommitLookup(analysis.commits)
        let ranked = analysis.stories.sorted { ($0.rank, $0.id) < ($1.rank, $1.id) }
        // A story is a person's when at least one of its commits is not a bot's.
        let human = ranked.filter { story in
            story.commits.contains { commitsByHash[$0].map { !$0.isBot } ?? false }
        }
        lead = human.first
        let rest = human.dropFirst()
        let budget = max(0, maxStories - 1)
        // Breaking changes are never small, whatever their category.
        let breaking = Set(analysis.stories.filter { story in story.commits.contains { commitsByHash[$0]?.conventional?.breaking == true } }.map(\.id))
        let large = Array(rest.filter { !EpisodePlan.smallCategories.contains($0.category) || breaking.contains($0.id) }.prefix(budget))
        // A small change whose message says why is worth a sentence or two while there is room
        // (asked only while there is: reading a message costs more than ranking it).
        var fullIDs = Set(large.map(\.id))
        var room = budget - large.count
        for story in rest where room > 0 && EpisodePlan.smallCategories.contains(story.category) && !breaking.contains(story.id) && explains(story) {
            fullIDs.insert(story.id)
            room -= 1
        }
        let full = rest.filter { fullIDs.contains($0.id) }

        // Group the full stories by first author, in order of each person's best story.
        var order: [String] = []
        var byPerson: [String: [Story]] = [:]
        for story in full {
            let author = EpisodePlan.personKey(of: story)
            if byPerson[author] == nil { order.append(author) }
            byPerson[author, default: []].append(story)
        }
        let leadAuthor = lead?.authors.first
        // The lead's author gets a segment of their own for their other stories, small ones too.
        if let leadAuthor, byPerson[leadAuthor] == nil,
           let first = rest.first(where: { $0.authors.first == leadAuthor }) {
            let position = order.firstIndex { author in (byPerson[author]?.first?.rank ?? Int.max) > first.rank } ?? order.count
            order.insert(leadAuthor, at: position)
            byPerson[leadAuthor] = [first]
        }
        // People with a segment also get their small stories told there, up to the cap.
        var toldIDs = fullIDs.union(lead.map { [$0.id] } ?? [])
        var people: [PersonPart] = []
        for author in order {
            var stories = byPerson[author]!
            for story in rest where story.authors.first == author && !toldIDs.contains(story.id) && !stories.contains(where: { $0.id == story.id })
                && stories.count < EpisodePlan.maxStoriesPerPerson {
                stories.append(story)
            }
            toldIDs.formUnion(stories.map(\.id))
            people.append(PersonPart(personID: author, stories: stories, wroteLead: author == leadAuthor))
        }
        self.people = people

        // Round-up: one item per person not yet named, by their best remaining story.
        var roundup: [RoundupItem] = []
        var named = Set(people.map(\.personID)).union(leadAuthor.map { [$0] } ?? [])
        var untold: [Story] = []
        for story in rest where !toldIDs.contains(story.id) {
            let author = EpisodePlan.personKey(of: story)
            if let index = roundup.firstIndex(where: { $0.personID == author }) {
                roundup[index].moreStories.append(story)
            } else if !named.contains(author), roundup.count < EpisodePlan.maxRoundupItems {
                roundup.append(RoundupItem(personID: author, story: story, moreStories: []))
                named.insert(author)
            } else {
                untold.append(story)
            }
        }
        self.roundup = roundup
        self.untold = untold
    }

    /// The story's messages name a problem, its context or what got better.
    public static func saysWhy(_ story: Story) -> Bool {
        story.telling.contains { [.problem, .background, .effect, .measurement, .revertReason].contains($0.role) }
    }

    /// Every story the script tells in full (lead and person segments).
    public var toldStories: [Story] {
        (lead.map { [$0] } ?? []) + people.flatMap(\.stories)
    }
}
