import Foundation
import Testing
@testable import EpisodeEditorial
import EpisodeModel

/// A developer's probe: prints the ranking of a corpus day to /tmp/probe.txt when PROBE_LOG is set; does nothing otherwise.
@Suite struct CorpusProbe {
    @Test func dump() throws {
        guard let name = ProcessInfo.processInfo.environment["PROBE_LOG"] else { return }
        var commits = try CorpusLog.commits(name)
        let days = CorpusDays.split(commits)
        if let day = ProcessInfo.processInfo.environment["PROBE_DAY"] { commits = days[day] ?? [] }
        let configuration: ShowConfiguration
        if let preset = ProcessInfo.processInfo.environment["PROBE_CONFIG"] {
            configuration = try ShowConfigurationLoader.load(try Data(contentsOf: URL(fileURLWithPath: preset)), file: preset)
        } else {
            configuration = ShowConfiguration()
        }
        var out = ""
        if ProcessInfo.processInfo.environment["PROBE_JSON"] != nil {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
            out = String(decoding: try encoder.encode(Analyzer(configuration: configuration).analyze(commits)), as: UTF8.self)
        } else if let prefix = ProcessInfo.processInfo.environment["PROBE_HASH"] {
            let analysis = Analyzer(configuration: configuration).analyze(commits)
            for commit in analysis.commits where commit.commit.hash.hasPrefix(prefix) {
                out += "\(commit.commit.hash) \(commit.commit.subject)\narea \(commit.area.id) (\(commit.areaSource.rawValue)) category \(commit.category.rawValue) story \(commit.storyID)\n"
                out += commit.commit.files.map { "  \($0.additions ?? -1)\t\($0.deletions ?? -1)\t\($0.path)" }.joined(separator: "\n") + "\n"
                out += commit.commit.trailers.map { "  \($0.key): \($0.value)" }.joined(separator: "\n") + "\n"
                for reason in commit.score.reasons { out += "  \(reason.signal)\t\(reason.points)\t\(reason.detail)\n" }
                out += "  total \(commit.score.total)\n"
            }
        } else if ProcessInfo.processInfo.environment["PROBE_ALLDAYS"] != nil {
            for day in days.keys.sorted() {
                let analysis = Analyzer(configuration: configuration).analyze(days[day]!)
                out += "== \(day)\n"
                for story in analysis.stories {
                    out += "#\(story.rank) \(story.score.total) [\(story.kind.rawValue)/\(story.category.rawValue)] \(story.areas.first ?? "") | \(story.headline.prefix(80)) (\(story.commits.count))\n"
                }
            }
        } else {
            let analysis = Analyzer(configuration: configuration).analyze(commits)
            out += "commits \(commits.count) stories \(analysis.stories.count)\n"
            for story in analysis.stories.prefix(Int(ProcessInfo.processInfo.environment["PROBE_TOP"] ?? "15")!) {
                out += "#\(story.rank) \(story.score.total) [\(story.kind.rawValue)/\(story.category.rawValue)] \(story.areas.joined(separator: ",")) | \(story.headline.prefix(90)) (\(story.commits.count))\n"
                out += "     " + story.score.reasons.map { "\($0.signal)=\($0.points)" }.joined(separator: " ") + "\n"
            }
        }
        try out.write(toFile: "/tmp/probe.txt", atomically: true, encoding: .utf8)
    }
}
