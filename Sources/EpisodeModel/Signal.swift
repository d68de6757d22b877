/// The signals of the significance model, each the reason a score got points. Every one
/// but `area` is also the key of its weight in the configuration's `weights` object;
/// `Docs/SCORING.md` explains each one.
public enum Signal: String, CaseIterable, Codable, Equatable, Hashable, Sendable {
    // What kind of change it is: a base amount by category.
    case fix, feature, performance, refactor, docs, tests, build, chore, style, revert, release, merge, other
    // What the messages say.
    case crash, race, deadlock, leak, security, regression, breaking, newAPI, typo, measured
    // What users see, and cleanups they need not hear about first.
    case surface, documented, cleanup
    // What the change touches.
    case size, spread, testsAdded, platforms
    // Who and what it involves.
    case issue, reviewers, discussion, bot
    // Stories of several commits.
    case storyCommits, storyAuthors
    // Where the change is: the area's multiplier from `areaWeights`, which scales the points above.
    case area

    /// The signals with a weight, the keys the configuration's `weights` object may hold.
    public static var weighted: [Signal] { allCases.filter { $0 != .area } }
}
