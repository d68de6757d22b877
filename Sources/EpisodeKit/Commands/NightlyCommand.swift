import Foundation
import EpisodeAnalysis
import EpisodeIngest
import EpisodeShow

/// `episodegen nightly --repo PATH [--config FILE] [--output DIR]`: what a cron job runs. Drafts
/// the bundle of yesterday (or `--date`) into `DIR/<show>/<YYYY-MM-DD>/` (DIR defaults to
/// `Outputs`), and every day missed since the show last drafted one. A day without commits gets
/// a short "nothing landed" bundle. One run per show at a time: a second stops with exit 9.
enum NightlyCommand {
    static let defaultOutput = "Outputs"

    static func run(_ context: CommandContext) throws {
        let configuration = try context.loadConfiguration()
        let composer = try EpisodeCommand.makeComposer(context, configuration)
        let zone = try context.timeZone(configuration: configuration)
        let output = context.options.outputDirectory ?? defaultOutput
        let slug = ShowSlug.of(configuration.showName)
        let showFolder = context.absolute(output) + "/" + slug
        do {
            try FileManager.default.createDirectory(atPath: showFolder, withIntermediateDirectories: true)
        } catch {
            throw BundleWriteError.fileSystem(path: showFolder, reason: error.localizedDescription)
        }
        let lock = try FolderLock(folder: showFolder)
        defer { withExtendedLifetime(lock) {} }
        // A run killed while saving the state left its temporary file here.
        BundleWriter().removeStaleTemporaryFiles(in: showFolder)

        var state = NightlyState.read(in: showFolder)
        let target = (context.options.date ?? .yesterday).resolve(now: context.now, in: zone)
        let days = context.options.date == nil ? state.days(through: target) : [target]
        for (index, day) in days.enumerated() {
            if days.count > 1 { context.progress("drafting \(day) (\(index + 1) of \(days.count))") }
            var dayContext = context
            dayContext.options.date = .day(day)
            let (commits, _) = try dayContext.readAllCommits(configuration: configuration)
            // git applies the mailmaps itself (`--repo`): none to pass here.
            let analysis = Analyzer(configuration: configuration, mailmap: nil).analyze(commits).asOneDay(day.description)
            let episode = try composer.compose(analysis, date: EpisodeDate(year: day.year, month: day.month, day: day.day))
            let bundle = URL(fileURLWithPath: showFolder).appendingPathComponent(day.description)
            try DraftWriter.write(episode, analysis: analysis, into: bundle, label: "\(output)/\(slug)/\(day)", context: dayContext)
            if state.lastDrafted.flatMap(CalendarDay.init(parsing:)).map({ $0 < day }) ?? true {
                state.lastDrafted = day.description
                try state.write(in: showFolder)
            }
        }
    }
}
