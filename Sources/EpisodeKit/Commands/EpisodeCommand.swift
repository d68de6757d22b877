import Foundation
import EpisodeAnalysis
import EpisodeIngest
import EpisodeShow
import EpisodeTemplates

/// `episodegen [options]`: reads the input, runs `EpisodePipeline` (commits → `Analysis` → `Episode`),
/// then prints one rendering on standard output (`--format`) or writes the whole bundle with
/// `BundleWriter` (`--output`).
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
        var pipeline = try EpisodePipeline(configuration: configuration, templateOverrides: try templateOverrides(context, configuration))
        warnUnused(pipeline.unusedTemplates, context)
        pipeline.mailmap = try context.mailmapForPipedInput(configuration: configuration)
        let (commits, sourceName) = try context.readAllCommits(configuration: configuration)

        let zone = try context.timeZone(configuration: configuration)
        let requestedDay = context.options.date?.resolve(now: context.now, in: zone)
        guard !commits.isEmpty else {
            let day = requestedDay.map { " on \($0)" } ?? ""
            context.warn("no commits\(day) in \(sourceName): no episode written")
            return
        }
        guard let day = requestedDay ?? EpisodePipeline.newestDay(of: commits, in: zone) else {
            throw UsageError(
                flag: nil, message: "\(sourceName) has no dates (an --oneline log, or relative dates), so the episode's day is unknown",
                hint: "pipe git log with absolute dates, e.g. git log --since=yesterday --stat | episodegen")
        }
        let date = EpisodeDate(year: day.year, month: day.month, day: day.day)
        let (analysis, episode) = try pipeline.run(consume commits, date: date, isSelectedDay: requestedDay != nil)

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
        warnUnused(composer.unusedTemplates, context)
        return composer
    }

    /// Override files that no template renders or includes (a misspelt `signof.tmpl`).
    private static func warnUnused(_ names: [String], _ context: CommandContext) {
        for name in names { context.warn("template '\(name)' in the templates folder is never used (misspelt name?)") }
    }

    /// The show's template folder (`templatesPath`, relative to the configuration file), read once.
    private static func templateOverrides(_ context: CommandContext, _ configuration: ShowConfiguration) throws -> [String: TemplateSource] {
        guard let relative = configuration.templatesPath else { return [:] }
        let path = context.configurationRelative(relative)
        return try TemplateDirectoryLoader.load(directory: URL(fileURLWithPath: path, isDirectory: true))
    }
}
