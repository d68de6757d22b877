import Foundation
import EpisodeEditorial
import EpisodeIngest

#if canImport(Glibc)
    import Glibc
#endif

/// `episodegen analyze`: the editorial stage's `Analysis` as pretty, key-sorted JSON.
/// Input with lines that are not a git log stops here (exit 3): an analysis of part of a day would mislead.
enum AnalyzeCommand {
    static func run(_ context: CommandContext) throws {
        let configuration = try context.loadConfiguration()
        let mailmap = try context.mailmapForPipedInput(configuration: configuration)
        let (source, opened) = try context.commitSource(configuration: configuration)
        defer { if let opened { close(opened) } }
        var commits: [Commit] = []
        let issues = try source.read { commits.append($0) }
        if !issues.isEmpty { throw UnparseableInputError(source: source.name, issues: issues) }
        let analysis = Analyzer(configuration: configuration, mailmap: mailmap).analyze(commits)
        var output = FileDescriptorOutput(descriptor: context.streams.output)
        output.buffer = AnalysisJSON.encode(analysis)
        output.buffer.append(UInt8(ascii: "\n"))
        try output.flush()
    }
}
