import Foundation
import EpisodeAnalysis
import EpisodeIngest
import EpisodeShow
import EpisodeTemplates

/// `episodegen [options]`: the whole pipeline. Commits → `Analysis` → `Episode`, then either one
/// rendering on standard output (`--format`) or the whole bundle written with `BundleWriter` (`--output`).
///
/// A day without commits writes nothing and says so on standard error; it is not an error (exit 0),
/// so a nightly job can run every day.
enum EpisodeCommand {
    static func run(_ context: CommandContext) throws {
        if context.options.format != nil && context.options.outputDirectory != nil {
            throw UsageError(
                flag: "--format", message: "--output writes every format into the bundle folder",
                hint: "use --format to print one rendering, or --output DIR for the bundle")
        }
        let configuration = try context.loadConfiguration()
        let composer = try makeComposer(context, configuration)
        let mailmap = try context.mailmapForPipedInput(configuration: configuration)
        let (commits, sourceName) = try context.readAllCommits(configuration: configuration)

        let zone = try context.timeZone(configuration: configuration)
        let requestedDay = context.options.date?.resolve(now: context.now, in: zone)
        guard !commits.isEmpty else {
            let day = requestedDay.map { " on \($0)" } ?? ""
            context.warn("no commits\(day) in \(sourceName): no episode written")
            return
        }
        guard let day = requestedDay ?? newestDay(of: commits, in: zone) else {
            throw UsageError(
                flag: nil, message: "\(sourceName) has no dates (an --oneline log, or relative dates), so the episode's day is unknown",
                hint: "pipe git log with absolute dates, e.g. git log --since=yesterday --stat | episodegen")
        }
        let date = EpisodeDate(year: day.year, month: day.month, day: day.day)
        let analysis = Analyzer(configuration: configuration, mailmap: mailmap).analyze(consume commits)
        let episode = try composer.compose(analysis, date: date)

        if let folder = context.options.outputDirectory {
            let bundle = URL(fileURLWithPath: context.absolute(folder)).appendingPathComponent(date.description)
            try DraftWriter.write(episode, analysis: analysis, into: bundle, label: "\(folder)/\(date.description)", context: context)
            return
        }
        var output = FileDescriptorOutput(descriptor: context.streams.output)
        output.append(try (context.options.format ?? .script).render(episode))
        try output.flush()
    }

    /// The composer for the show, with its template overrides; warns about override files no
    /// template uses.
    static func makeComposer(_ context: CommandContext, _ configuration: ShowConfiguration) throws -> EpisodeComposer {
        let composer = try EpisodeComposer(configuration: configuration, templateOverrides: try templateOverrides(context, configuration))
        for name in composer.unusedTemplates {
            context.warn("template '\(name)' in the templates folder is never used (misspelt name?)")
        }
        return composer
    }

    /// The show's template folder (`templatesPath`, relative to the configuration file), read once.
    private static func templateOverrides(_ context: CommandContext, _ configuration: ShowConfiguration) throws -> [String: TemplateSource] {
        guard let relative = configuration.templatesPath else { return [:] }
        let path = context.configurationRelative(relative)
        return try TemplateDirectoryLoader.load(directory: URL(fileURLWithPath: path, isDirectory: true))
    }

    /// The day a log without `--date` is about: the newest commit date in `zone` (when the work
    /// landed, as `git log --since` counts it), or the newest author date where the format has no
    /// committer dates.
    private static func newestDay(of commits: [Commit], in zone: TimeZone) -> CalendarDay? {
        let landed = commits.compactMap { $0.committer?.date?.seconds }
        let authored = commits.compactMap { $0.author?.date?.seconds }
        guard let newest = (landed.isEmpty ? authored : landed).max() else { return nil }
        return CalendarDay(containing: Date(timeIntervalSince1970: TimeInterval(newest)), in: zone)
    }
}
