/// Recognises bots by name or e-mail: a built-in list plus the show's own globs.
/// Their commits are counted but never narrated as a person's work. Pure.
public struct BotDetector: Sendable {
    /// Built-in patterns, matched ignoring case against the name and the e-mail.
    public static let defaultPatterns = [
        "*\\[bot\\]", "*\\[bot\\]@*", "dependabot*", "renovate*", "github-actions*", "Gopher Robot",
        "gobot@golang.org", "bot@renovateapp.com", "noreply@github.com", "action@github.com",
        "*-bot", "*-bot@*", "greenkeeper*", "snyk-bot*", "pre-commit-ci*", "mergify*", "allcontributors*",
    ]

    let patterns: [Glob]

    /// - Parameters:
    ///   - extra: the configuration's `bots` globs (already validated by the loader; invalid ones are skipped).
    ///   - includeDefaults: whether to add `defaultPatterns`.
    public init(extra: [String] = [], includeDefaults: Bool = true) {
        let all = (includeDefaults ? BotDetector.defaultPatterns : []) + extra
        patterns = all.compactMap { try? Glob($0, caseInsensitive: true) }
    }

    public func isBot(name: String, email: String) -> Bool {
        patterns.contains { $0.matches(name) || (!email.isEmpty && $0.matches(email)) }
    }
}
