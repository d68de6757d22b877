import Foundation
import Testing
import EpisodeAnalysis
import EpisodeIngest
import EpisodeKit
import EpisodeShow
import EpisodeTemplates
import EpisodeTestSupport

/// The pipeline called as a library, without the command line: the bundled sample through
/// the golang/tools preset gives exactly the script the README and the golden file show.
@Suite struct EpisodePipelineTests {
    static let root = TestCorpus.packageRoot

    static func sampleCommits() throws -> [Commit] {
        let parsed = LogParser.parse(try Data(contentsOf: root.appendingPathComponent("Inputs/sample.log")))
        #expect(parsed.issues.isEmpty)
        return parsed.commits
    }

    static func goTools() throws -> ShowConfiguration {
        let data = try Data(contentsOf: root.appendingPathComponent("Inputs/config/go-tools.json"))
        return try ShowConfigurationLoader.load(data, file: "go-tools.json")
    }

    @Test func sampleGivesTheGoldenScript() throws {
        let commits = try Self.sampleCommits()
        let pipeline = try EpisodePipeline(configuration: try Self.goTools())
        let (analysis, episode) = try pipeline.run(commits, date: EpisodeDate(year: 2026, month: 6, day: 8))
        #expect(analysis.commits.count == commits.count)
        #expect(!analysis.stories.isEmpty)
        let golden = try String(
            contentsOf: Self.root.appendingPathComponent("Tests/EpisodeShowTests/Goldens/go-tools-2026-06-08/script.txt"), encoding: .utf8)
        #expect(try EpisodeFormat.script.render(episode) == golden)
    }

    @Test func newestDayIsWhenTheLastChangeLanded() throws {
        let commits = try Self.sampleCommits()
        let zone = try #require(TimeZone(identifier: "America/Los_Angeles"))
        let day = try #require(EpisodePipeline.newestDay(of: commits, in: zone))
        #expect(day.description == "2026-06-08")
        #expect(EpisodePipeline.newestDay(of: [Commit(hash: "abc1234", subject: "no dates")], in: zone) == nil)
    }

    @Test func unusedOverridesAreNamed() throws {
        let overrides = ["signof": TemplateSource(text: "Bye.\n", path: "signof.tmpl")]
        let pipeline = try EpisodePipeline(configuration: ShowConfiguration(), templateOverrides: overrides)
        #expect(pipeline.unusedTemplates == ["signof"])
    }
}
