import Foundation
import Testing
@testable import EpisodeEditorial
import EpisodeModel

@Suite struct CorpusProbe {
    @Test func dump() throws {
        guard let name = ProcessInfo.processInfo.environment["PROBE_LOG"] else { return }
        var commits = try CorpusLog.commits(name)
        if let day = ProcessInfo.processInfo.environment["PROBE_DAY"] {
            commits = commits.filter { CommitFacts.civilDate(daysSinceEpoch: Int(($0.committer?.date?.seconds ?? $0.author!.date!.seconds!) + Int64(($0.committer?.date?.utcOffsetMinutes ?? 0) * 60)) / 86_400) == day }
        }
        let configuration: ShowConfiguration
        if let preset = ProcessInfo.processInfo.environment["PROBE_CONFIG"] {
            configuration = try ShowConfigurationLoader.load(try Data(contentsOf: URL(fileURLWithPath: preset)), file: preset)
        } else {
            configuration = ShowConfiguration()
        }
        let analysis = Analyzer(configuration: configuration).analyze(commits)
        var out = "commits \(commits.count) stories \(analysis.stories.count)\n"
        for story in analysis.stories.prefix(Int(ProcessInfo.processInfo.environment["PROBE_TOP"] ?? "15")!) {
            out += "#\(story.rank) \(story.score.total) [\(story.kind.rawValue)/\(story.category.rawValue)] \(story.areas.joined(separator: ",")) | \(story.headline.prefix(90)) (\(story.commits.count))\n"
            out += "     " + story.score.reasons.map { "\($0.signal)=\($0.points)" }.joined(separator: " ") + "\n"
        }
        try out.write(toFile: "/tmp/probe.txt", atomically: true, encoding: .utf8)
    }
}
