import EpisodeModel

/// The signals of the significance model. Each id is also the key of its weight in the
/// configuration's `weights` object; `Docs/SCORING.md` explains each one.
public enum Signal: String, CaseIterable, Sendable {
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

    /// The default weight: points for a full-strength signal.
    public var defaultWeight: Double {
        switch self {
        case .fix: 1.5
        case .feature: 3
        case .performance: 2
        case .refactor: 0.5
        case .docs: 0.5
        case .tests: 0.4
        case .build: 0.3
        case .chore: 0.2
        case .style: 0.2
        case .revert: 2
        case .release: 2
        case .merge: 0
        case .other: 0.5
        case .crash: 5
        case .race: 4
        case .deadlock: 4
        case .leak: 3
        case .security: 6
        case .regression: 3
        case .breaking: 4
        case .newAPI: 1.5
        case .typo: 0.2
        case .measured: 1.5
        case .surface: 2
        case .documented: 3
        case .cleanup: -2
        case .size: 1
        case .spread: 1
        case .testsAdded: 1
        case .platforms: 1
        case .issue: 1
        case .reviewers: 0.25
        case .discussion: 0.25
        case .bot: -1
        case .storyCommits: 0.5
        case .storyAuthors: 0.5
        }
    }

    /// The base signal of a change category.
    static func base(for category: ChangeCategory) -> Signal {
        Signal(rawValue: category.rawValue) ?? .other
    }
}
