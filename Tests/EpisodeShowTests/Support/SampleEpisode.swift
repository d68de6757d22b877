import Foundation
import EpisodeModel
import EpisodeIngest
import EpisodeAnalysis
import EpisodeShow
import EpisodeTestSupport

/// The episode of the bundled sample (Inputs/sample.log: six golang/tools commits of
/// 2026-06-08) with the golang/tools preset, built through the real stages, and its script.
enum SampleEpisode {
    static var packageRoot: URL { TestCorpus.packageRoot }

    static func episode() throws -> Episode {
        let log = try Data(contentsOf: packageRoot.appendingPathComponent("Inputs/sample.log"))
        var parser = LogParser()
        var commits: [Commit] = []
        try log.withUnsafeBytes { bytes in try parser.consume(bytes) { commits.append($0) } }
        try parser.finish { commits.append($0) }
        let configFile = packageRoot.appendingPathComponent("Inputs/config/go-tools.json")
        let configuration = try ShowConfigurationLoader.load(try Data(contentsOf: configFile), file: configFile.path)
        let analysis = Analyzer(configuration: configuration).analyze(commits)
        return try EpisodeComposer(configuration: configuration).compose(analysis, date: try EpisodeDate("2026-06-08"))
    }

    static func script(of episode: Episode) -> String { ScriptRenderer.render(episode) }
}
