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
        let analysis = Analyzer(configuration: configuration, mailmap: mailmap).analyze(commits)
        var output = FileDescriptorOutput(descriptor: context.streams.output)
        output.buffer = AnalysisJSON.encode(analysis)
        output.buffer.append(UInt8(ascii: "\n"))
        try output.flush()
    }
}
