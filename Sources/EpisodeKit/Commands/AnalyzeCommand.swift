import Foundation
import EpisodeAnalysis
import EpisodeIngest

/// `episodegen analyze`: the editorial stage's `Analysis` as pretty, key-sorted JSON.
/// Input with lines that are not a git log stops here (exit 3): an analysis of part of a day would mislead.
enum AnalyzeCommand {
    static func run(_ context: CommandContext) throws {
        let configuration = try context.loadConfiguration()
        let mailmap = try context.mailmapForPipedInput(configuration: configuration)
        let (commits, _) = try context.readAllCommits(configuration: configuration)
        var analysis = Analyzer(configuration: configuration, mailmap: mailmap).analyze(consume commits)
        // `--date` chose one day's commits in the show's time zone: the span is that day.
        if let day = context.options.date?.resolve(now: context.now, in: try context.timeZone(configuration: configuration)) {
            analysis = analysis.asOneDay(day.description)
        }
        // Streamed in 1 MB pieces: the whole JSON of a long history is larger than its analysis.
        let descriptor = context.streams.output
        try AnalysisJSON.write(analysis) { try FileDescriptorOutput.writeAll($0, to: descriptor) }
        try [UInt8(ascii: "\n")].withUnsafeBytes { try FileDescriptorOutput.writeAll($0, to: descriptor) }
    }
}
