import Foundation
import Testing
@testable import EpisodeAnalysis
import EpisodeIngest
import EpisodeModel
import EpisodeTestSupport

/// A story is framed from all its commits, and the same commits give the same stories,
/// categories and ranking whatever `git log` format they came in.
///
/// The day rebuilt here follows the runtime day the issue "Editorial judgement" describes: a
/// helper added in one commit and used to fix a crash in the next (`runtime: add getg_safe`,
/// `runtime: use getg_safe in libInit`, Fixes #77012, "read garbage from the TLS slot and
/// crashed"). Only the quoted words are the original's; the rest of each message is written
/// for the test, and two unrelated commits of the same author and area share the day.
@Suite struct StoryFramingTests {
    static func runtimeDay() throws -> TemporaryGitRepository {
        let repo = try TemporaryGitRepository()
        try repo.write("src/runtime/stubs.go", "package runtime\n\nfunc getg_safe() {}\n")
        try repo.commit("""
            runtime: add getg_safe

            Add a variant of getg that checks the TLS slot before use.

            For #77012
            """, author: ("Runtime Author", "runtime@example.org"), authorDate: "2026-03-10T09:00:00+00:00")
        try repo.write("src/runtime/os_linux.go", "package runtime\n\nfunc libInit() { getg_safe() }\n")
        try repo.write("src/runtime/os_linux_test.go", "package runtime\n\nfunc TestLibInit() {}\n")
        try repo.commit("""
            runtime: use getg_safe in libInit

            When a c-archive library was loaded on Android, libInit ran before the
            TLS slot was set up. It read garbage from the TLS slot and crashed.

            Use getg_safe instead.

            Fixes #77012
            """, author: ("Runtime Author", "runtime@example.org"), authorDate: "2026-03-10T11:00:00+00:00")
        try repo.write("src/runtime/mgc.go", "package runtime\n\n// Tidy comments.\n")
        try repo.commit("runtime: tidy comments in mgc.go", author: ("Runtime Author", "runtime@example.org"), authorDate: "2026-03-10T12:00:00+00:00")
        try repo.write("src/runtime/proc.go", "package runtime\n\nfunc schedule() {}\n")
        try repo.commit("""
            runtime: add a scheduler trace event

            Add an event so traces show when the scheduler parks.
            """, author: ("Runtime Author", "runtime@example.org"), authorDate: "2026-03-10T13:00:00+00:00")
        return repo
    }

    static func analyze(_ commits: [Commit]) -> Analysis {
        Analyzer(configuration: ShowConfiguration()).analyze(commits)
    }

    static func piped(_ repo: TemporaryGitRepository, _ options: [String]) throws -> [Commit] {
        let output = try repo.gitData(["log"] + options)
        let parsed = LogParser.parse(output)
        #expect(parsed.issues.isEmpty, "git log \(options): \(parsed.issues)")
        return parsed.commits
    }

    /// What must not depend on the format: stories, their commits, categories and rank.
    static func shape(_ analysis: Analysis) -> [String] {
        analysis.stories.map { "\($0.rank) \($0.kind.rawValue) \($0.category.rawValue) crash=\($0.fixesCrash) \($0.commits.map { $0.prefix(7) })" }
    }

    @Test func aCrashFixIsACrashFixInEveryFormat() throws {
        let repo = try Self.runtimeDay()
        var fromRepository: [Commit] = []
        try GitLogReader(query: GitLogQuery(repository: repo.path), environment: repo.environment).read { fromRepository.append($0) }
        let formats: [(String, [Commit])] = [
            ("--repo", fromRepository),
            ("plain", try Self.piped(repo, [])),
            ("--stat", try Self.piped(repo, ["--stat"])),
            ("--numstat", try Self.piped(repo, ["--numstat"])),
            ("-p", try Self.piped(repo, ["-p"])),
            ("--format=fuller", try Self.piped(repo, ["--format=fuller"])),
        ]
        let reference = Self.analyze(formats[0].1)
        let crash = try #require(reference.stories.first { $0.commits.count == 2 })
        #expect(crash.category == .fix && crash.fixesCrash, "\(crash)")
        #expect(crash.rank == 1, "the crash fix leads: \(Self.shape(reference))")
        #expect(crash.telling.contains { $0.role == .problem && $0.text == "It read garbage from the TLS slot and crashed." })
        #expect(crash.telling.contains { $0.role == .change && $0.text == "Use getg_safe instead." })
        #expect(crash.affects.contains("Android") && crash.affects.contains("c-archive"))
        for (name, commits) in formats.dropFirst() {
            #expect(Self.shape(Self.analyze(commits)) == Self.shape(reference), "\(name) differs from --repo")
        }
        // The same author's other work in the same area on the same day is not joined to it.
        #expect(reference.stories.count == 3)
    }
}
