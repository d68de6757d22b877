import Foundation
import Testing
@testable import EpisodeAnalysis
import EpisodeModel
import EpisodeTestSupport

@Suite struct ShowConfigurationLoaderTests {
    static let file = "Inputs/config/test.json"

    func load(_ json: String) throws -> ShowConfiguration {
        try ShowConfigurationLoader.load(Data(json.utf8), file: ShowConfigurationLoaderTests.file)
    }

    func loadError(_ json: String) -> ConfigurationError? {
        do {
            _ = try load(json)
            return nil
        } catch let error as ConfigurationError {
            return error
        } catch {
            return nil
        }
    }

    @Test func emptyObjectIsTheDefaultConfiguration() throws {
        #expect(try load("{}") == ShowConfiguration())
    }

    @Test func readsEveryKey() throws {
        let configuration = try load("""
        {
          "description": "test", "showName": "Go Daily", "timeZone": "Europe/Berlin",
          "areas": [{"area": "linker", "spokenName": "the linker", "paths": ["src/cmd/link/**"], "subjects": ["^cmd/link"]}],
          "spokenNames": {"cmd/go": "the go command"}, "areaWeights": {"runtime": 1.5}, "detectConventions": false,
          "identities": [{"name": "René Scharfe", "email": "l.s.r@web.de", "aliases": ["rene.scharfe@lsrfire.ath.cx"]}],
          "mailmapPath": ".mailmap", "bots": ["ci-runner*"], "includeDefaultBots": false, "weights": {"crash": 6},
          "pronunciations": {"gopls": "go please"}, "pathRoots": {"cmd": "command"}, "wordsPerMinute": 160,
          "commitLink": "https://github.com/golang/tools/commit/{hash}", "issueLink": "https://go.dev/issue/{number}",
          "issueLinkPrefixes": {"go.dev/issue/": "golang/go"}, "templatesPath": "templates", "maxStories": 4
        }
        """)
        #expect(configuration.showName == "Go Daily")
        #expect(configuration.timeZone == "Europe/Berlin")
        #expect(configuration.areaRules == [AreaRule(area: "linker", spokenName: "the linker", paths: ["src/cmd/link/**"], subjects: ["^cmd/link"])])
        #expect(configuration.spokenNames == ["cmd/go": "the go command"])
        #expect(configuration.areaWeights == ["runtime": 1.5])
        #expect(configuration.detectConventions == false)
        #expect(configuration.identities == [Identity(name: "René Scharfe", email: "l.s.r@web.de", aliases: ["rene.scharfe@lsrfire.ath.cx"])])
        #expect(configuration.mailmapPath == ".mailmap")
        #expect(configuration.bots == ["ci-runner*"])
        #expect(configuration.includeDefaultBots == false)
        #expect(configuration.weights == ["crash": 6])
        #expect(configuration.pronunciations == ["gopls": "go please"])
        #expect(configuration.pathRoots == ["cmd": "command"])
        #expect(configuration.wordsPerMinute == 160)
        #expect(configuration.commitLink == "https://github.com/golang/tools/commit/{hash}")
        #expect(configuration.issueLink == "https://go.dev/issue/{number}")
        #expect(configuration.issueLinkPrefixes == ["go.dev/issue/": "golang/go"])
        #expect(configuration.templatesPath == "templates")
        #expect(configuration.maxStories == 4)
    }

    struct BadCase: CustomTestStringConvertible, Sendable {
        var name: String
        var json: String
        var keyPath: String
        var messageContains: String
        var testDescription: String { name }
    }

    static let badCases: [BadCase] = [
        BadCase(name: "not JSON", json: "{\"showName\": ", keyPath: "", messageContains: "not valid JSON"),
        BadCase(name: "not an object", json: "[1]", keyPath: "", messageContains: "expected an object"),
        BadCase(name: "unknown top-level key", json: #"{"showname": "x"}"#, keyPath: "showname", messageContains: #"did you mean "showName"?"#),
        BadCase(name: "unknown rule key", json: #"{"areas": [{"area": "a", "paths": ["x"]}, {"area": "b", "path": ["y"]}]}"#,
                keyPath: "areas[1].path", messageContains: #"did you mean "paths"?"#),
        BadCase(name: "unknown identity key", json: #"{"identities": [{"name": "a", "emial": "a@b"}]}"#,
                keyPath: "identities[0].emial", messageContains: #"did you mean "email"?"#),
        BadCase(name: "wrong type", json: #"{"showName": 3}"#, keyPath: "showName", messageContains: "expected a string, found a number"),
        BadCase(name: "boolean for a number", json: #"{"wordsPerMinute": true}"#, keyPath: "wordsPerMinute", messageContains: "expected a number, found a boolean"),
        BadCase(name: "number for a boolean", json: #"{"detectConventions": 1}"#, keyPath: "detectConventions", messageContains: "expected true or false"),
        BadCase(name: "wrong element type", json: #"{"areas": [{"area": "a", "paths": ["x", 2]}]}"#, keyPath: "areas[0].paths[1]", messageContains: "expected a string"),
        BadCase(name: "unbalanced bracket", json: #"{"areas": [{"area": "a", "paths": ["x"]}, {"area": "b", "paths": ["y"]}, {"area": "c", "paths": ["src/[abc"]}]}"#,
                keyPath: "areas[2].paths[0]", messageContains: "unbalanced"),
        BadCase(name: "empty glob", json: #"{"areas": [{"area": "a", "paths": [""]}]}"#, keyPath: "areas[0].paths[0]", messageContains: "empty glob"),
        BadCase(name: "bad regex", json: #"{"areas": [{"area": "a", "subjects": ["(runtime"]}]}"#, keyPath: "areas[0].subjects[0]", messageContains: "regular expression"),
        BadCase(name: "rule without area", json: #"{"areas": [{"paths": ["x"]}]}"#, keyPath: "areas[0]", messageContains: "needs \"area\""),
        BadCase(name: "rule matching nothing", json: #"{"areas": [{"area": "a"}]}"#, keyPath: "areas[0]", messageContains: "needs \"paths\" or \"subjects\""),
        BadCase(name: "negative rate", json: #"{"wordsPerMinute": -150}"#, keyPath: "wordsPerMinute", messageContains: "must be positive"),
        BadCase(name: "negative area weight", json: #"{"areaWeights": {"cmd/link": -1}}"#, keyPath: #"areaWeights["cmd/link"]"#, messageContains: "must not be negative"),
        BadCase(name: "unknown signal", json: #"{"weights": {"crahs": 2}}"#, keyPath: "weights.crahs", messageContains: #"did you mean "crash"?"#),
        BadCase(name: "bad bot glob", json: #"{"bots": ["[bot"]}"#, keyPath: "bots[0]", messageContains: "unbalanced"),
        BadCase(name: "bad time zone", json: #"{"timeZone": "Mars/Olympus"}"#, keyPath: "timeZone", messageContains: "unknown time zone"),
        BadCase(name: "bad date field", json: #"{"dateField": "landed"}"#, keyPath: "dateField", messageContains: "must be \"author\" or \"committer\""),
        BadCase(name: "link without hash", json: #"{"commitLink": "https://example.com/"}"#, keyPath: "commitLink", messageContains: "{hash}"),
        BadCase(name: "issue link prefix with a scheme", json: #"{"issueLinkPrefixes": {"https://go.dev/issue/": "golang/go"}}"#,
                keyPath: #"issueLinkPrefixes["https://go.dev/issue/"]"#, messageContains: "leave out the scheme"),
        BadCase(name: "issue link prefix without a path", json: #"{"issueLinkPrefixes": {"go.dev": "golang/go"}}"#,
                keyPath: #"issueLinkPrefixes["go.dev"]"#, messageContains: "link prefix"),
        BadCase(name: "issue link repository not owner/name", json: #"{"issueLinkPrefixes": {"go.dev/issue/": "go"}}"#,
                keyPath: #"issueLinkPrefixes["go.dev/issue/"]"#, messageContains: "owner/name"),
        BadCase(name: "fractional story count", json: #"{"maxStories": 2.5}"#, keyPath: "maxStories", messageContains: "whole number"),
        BadCase(name: "path root of two segments", json: #"{"pathRoots": {"cmd/go": "command"}}"#, keyPath: #"pathRoots["cmd/go"]"#, messageContains: "one path segment"),
        BadCase(name: "path root noun not words", json: #"{"pathRoots": {"cmd": "2"}}"#, keyPath: "pathRoots.cmd", messageContains: "must be words"),
        BadCase(name: "spoken name not a string", json: #"{"spokenNames": {"runtime": 1}}"#, keyPath: "spokenNames.runtime", messageContains: "expected a string"),
    ]

    @Test(arguments: badCases)
    func reportsMistakesWithKeyPathAndFile(_ bad: BadCase) throws {
        let error = try #require(loadError(bad.json))
        #expect(error.file == ShowConfigurationLoaderTests.file)
        #expect(error.keyPath == bad.keyPath)
        #expect(error.message.contains(bad.messageContains), "message was: \(error.message)")
        #expect(error.description.hasPrefix(ShowConfigurationLoaderTests.file + ":"))
    }

    @Test func nullMeansTheDefault() throws {
        #expect(try load(#"{"timeZone": null, "maxStories": null}"#) == ShowConfiguration())
    }

    @Test func shippedPresetsLoad() throws {
        let root = TestCorpus.packageRoot
        let folder = root.appendingPathComponent("Inputs/config")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".json") }.sorted()
        #expect(names.contains("default.json"))
        #expect(names.contains("go.json"))
        for name in names {
            let data = try Data(contentsOf: folder.appendingPathComponent(name))
            let configuration = try ShowConfigurationLoader.load(data, file: "Inputs/config/" + name)
            #expect(!configuration.showName.isEmpty)
            // The Go projects link their tracker as go.dev/issue/N: the presets, not the code, know that.
            if name.hasPrefix("go") { #expect(configuration.issueLinkPrefixes["go.dev/issue/"] == "golang/go", "\(name)") }
        }
    }
}

extension ShowConfigurationLoaderTests {
    @Test func defaultPresetSpellsOutEveryDefaultWeight() throws {
        let root = TestCorpus.packageRoot
        let data = try Data(contentsOf: root.appendingPathComponent("Inputs/config/default.json"))
        let configuration = try ShowConfigurationLoader.load(data, file: "default.json")
        #expect(configuration.weights.count == Signal.weighted.count)
        for signal in Signal.weighted {
            #expect(configuration.weights[signal.rawValue] == signal.defaultWeight, "\(signal.rawValue)")
        }
    }
}
