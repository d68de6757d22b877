import Foundation
import EpisodeAnalysis
import EpisodeIngest
import EpisodeShow
import EpisodeTemplates

/// The pipeline as a library call: commits and a show's configuration in, the day's
/// `Analysis` and `Episode` out. The `episodegen` command runs exactly this after reading its
/// input; a program that has its commits already calls it without the command line.
///
/// Pure but for reading the bundled default templates once: the caller reads the mailmap and
/// the template overrides (`TemplateDirectoryLoader`) and passes them in.
public struct EpisodePipeline: Sendable {
    public var configuration: ShowConfiguration
    /// Mailmap text (a repository's `.mailmap`), or nil.
    public var mailmap: String?
    public let composer: EpisodeComposer

    /// - Parameters:
    ///   - configuration: the show (e.g. from `ShowConfigurationLoader`).
    ///   - templateOverrides: templates that replace the defaults of their names.
    ///   - mailmap: `.mailmap` text for identities.
    /// - Throws: `TemplateError` when a template does not compile or the defaults are missing.
    public init(configuration: ShowConfiguration, templateOverrides: [String: TemplateSource] = [:], mailmap: String? = nil) throws {
        self.configuration = configuration
        self.mailmap = mailmap
        composer = try EpisodeComposer(configuration: configuration, templateOverrides: templateOverrides)
    }

    /// Override templates that nothing renders or includes (a misspelt name).
    public var unusedTemplates: [String] { composer.unusedTemplates }

    /// Analyses `commits` and composes the episode of `date`.
    /// - Parameters:
    ///   - commits: the day's commits in input order (newest first, as `git log` prints them).
    ///   - date: the episode's day, said in the script and named in the notes.
    ///   - isSelectedDay: the commits are `date`'s as the user chose them (`--date`): the episode is
    ///     that day's even where a commit's own time zone says otherwise.
    /// - Returns: the analysis (areas, people, ranked stories) and the episode made from it.
    /// - Throws: `EpisodeComposerError` when a template fails while rendering.
    public func run(_ commits: consuming [Commit], date: EpisodeDate, isSelectedDay: Bool = false) throws -> (analysis: Analysis, episode: Episode) {
        // Consumed: the analysis lets the input go once it holds every commit itself.
        var analysis = Analyzer(configuration: configuration, mailmap: mailmap).analyze(consume commits)
        if isSelectedDay { analysis = analysis.asOneDay(date.description) }
        return (analysis, try composer.compose(analysis, date: date))
    }

    /// The day a log is about when none is given: the newest commit date in `zone` (when the
    /// work landed, as `git log --since` counts it), or the newest author date where the
    /// format has no committer dates; nil when no commit has an absolute date.
    public static func newestDay(of commits: [Commit], in zone: TimeZone) -> CalendarDay? {
        let landed = commits.compactMap { $0.committer?.date?.seconds }
        let authored = commits.compactMap { $0.author?.date?.seconds }
        guard let newest = (landed.isEmpty ? authored : landed).max() else { return nil }
        return CalendarDay(containing: Date(timeIntervalSince1970: TimeInterval(newest)), in: zone)
    }
}
