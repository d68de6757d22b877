import EpisodeModel

/// The scoring model's numbers for each signal.
extension Signal {
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
        // Not weighed: the area multiplier, which defaults to 1, scales the other points.
        case .area: 1
        }
    }

    /// The base signal of a change category.
    static func base(for category: ChangeCategory) -> Signal {
        Signal(rawValue: category.rawValue) ?? .other
    }
}
