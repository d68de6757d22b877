import Foundation
import Testing
import EpisodeShow
import EpisodeAnalysis
import EpisodeIngest
import EpisodeTemplates
import EpisodeTestSupport
@testable import EpisodeKit

@Suite struct ExitStatusTests {
    struct Mapping: Sendable, CustomTestStringConvertible {
        var name: String
        var error: any Error & Sendable
        var status: Int32
        var testDescription: String { name }
    }

    @Test(arguments: [
        Mapping(name: "usage", error: UsageError(flag: "--repo", message: "missing value"), status: 2),
        Mapping(name: "unparseable input", error: UnparseableInputError(source: "stdin", issues: [ParseIssue(line: 1, message: "x")]), status: 3),
        Mapping(name: "unreadable input", error: InputReadError(source: "stdin", reason: "Is a directory"), status: 3),
        Mapping(name: "git failed", error: GitError.failed(status: 128, message: "fatal: x", arguments: []), status: 4),
        Mapping(name: "git missing", error: GitError.notFound(path: "/nowhere"), status: 4),
        Mapping(name: "configuration", error: ConfigurationError(file: "show.json", keyPath: "weights.crash", message: "not a number"), status: 5),
        Mapping(name: "template", error: TemplateError(kind: .syntax, message: "unclosed tag", location: nil), status: 6),
        Mapping(name: "another run writes", error: FolderLockedError(folder: "Outputs/the-commit-log"), status: 9),
        Mapping(name: "foreign file", error: BundleWriteError.notWrittenByEpisodegen(path: "script.md"), status: 7),
        Mapping(name: "check found errors", error: CheckFailedError(script: "Outputs/2026-06-08/script.txt", errors: 2), status: 8),
        Mapping(name: "bundle without episode.json", error: CheckInputError.missingEpisode(path: "Outputs/2026-06-08/episode.json"), status: 3),
        Mapping(name: "episode.json not an episode", error: CheckInputError.undecodableEpisode(path: "episode.json", reason: "not valid JSON"), status: 3),
        Mapping(name: "file system", error: BundleWriteError.fileSystem(path: "x", reason: "No space left on device"), status: 1),
        Mapping(
            name: "template while composing",
            error: EpisodeComposerError(segment: "lead", underlying: TemplateError(kind: .unknownVariable, message: "x", location: nil)),
            status: 6),
        Mapping(name: "anything else", error: CocoaError(.featureUnsupported), status: 1),
    ])
    func everyErrorHasItsStatus(_ mapping: Mapping) {
        #expect(ExitStatus.code(for: mapping.error) == mapping.status)
    }

    /// Every status the code can return has a row in Docs/CLI.md's table and a word in the README.
    @Test(arguments: [
        ExitStatus.success, ExitStatus.internalError, ExitStatus.usage, ExitStatus.unparseableInput, ExitStatus.gitFailed,
        ExitStatus.configuration, ExitStatus.template, ExitStatus.refusedOverwrite, ExitStatus.checkFailed, ExitStatus.busy, ExitStatus.audioFailed,
    ])
    func everyStatusIsDocumented(_ status: Int32) throws {
        let cli = try String(contentsOf: TestCorpus.packageFile("Docs/CLI.md"), encoding: .utf8)
        let readme = try String(contentsOf: TestCorpus.packageFile("README.md"), encoding: .utf8)
        #expect(cli.contains("\n| \(status) | "))
        #expect(readme.contains(" \(status) "))
    }
}
