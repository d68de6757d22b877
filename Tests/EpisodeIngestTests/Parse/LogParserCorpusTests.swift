import EpisodeIngest
import EpisodeModel
import Foundation
import Testing
import EpisodeTestSupport

/// The real `git log` outputs in Tests/Fixtures/corpus parse completely, in any chunking.
@Suite struct LogParserCorpusTests {
    static let corpus: [(file: String, commits: Int)] = [
        ("golang-tools-2026h1.fuller-numstat.log", 397),
        ("git-cliff.stat.log", 700),
        ("git-cliff.patch.log", 60),
        ("git-cliff.graph-oneline.log", 200),
        ("git-git-2026-summer.name-status.log", 1170),
    ]

    @Test(arguments: corpus)
    func corpusFileParsesToItsExactCommitCountWithoutIssues(file: String, commits: Int) throws {
        let result = ParseTestSupport.parse(try ParseTestSupport.corpusBytes(file))
        #expect(result.commits.count == commits)
        #expect(result.issues == [])
        #expect(Set(result.commits.map(\.hash)).count == commits)
        #expect(result.commits.allSatisfy { !$0.subject.isEmpty })
    }

    @Test func bundledSampleInputParsesWithoutIssues() throws {
        let sample = TestCorpus.packageFile("Inputs/sample.log")
        let bytes = Array(try Data(contentsOf: sample))
        let text = String(decoding: bytes, as: UTF8.self)
        let expected = text.components(separatedBy: "\n").filter { $0.hasPrefix("commit ") }.count
        let result = LogParser.parse(bytes)
        #expect(expected > 0)
        #expect(result.commits.count == expected)
        #expect(result.issues == [])
        #expect(result.commits.allSatisfy { $0.author != nil && $0.committer?.date?.seconds != nil })
    }

    @Test(arguments: corpus.map(\.file), [7, 4093])
    func smallOddChunksGiveTheSameCommitsAsOneChunk(file: String, chunkSize: Int) throws {
        let bytes = try ParseTestSupport.corpusBytes(file)
        let whole = ParseTestSupport.parse(bytes)
        let chunked = ParseTestSupport.parse(bytes, chunkSize: chunkSize)
        #expect(chunked.commits == whole.commits)
        #expect(chunked.issues == whole.issues)
    }

    @Test func fullerHeadersFillAuthorAndCommitterWithDates() throws {
        let commits = ParseTestSupport.parse(try ParseTestSupport.corpusBytes("golang-tools-2026h1.fuller-numstat.log")).commits
        let first = try #require(commits.first)
        #expect(first.hash == "71604fc4d6ded9c038397c6d0f40e5150727e061")
        #expect(first.author == Signature(
            name: "Peter Weinberger", email: "pjw@google.com",
            date: GitDate(text: "Sat Jun 27 10:58:58 2026 -0700", seconds: 1_782_583_138, utcOffsetMinutes: -420)))
        #expect(first.committer?.date?.text == "Mon Jun 29 17:54:43 2026 -0700")
        #expect(first.committer?.date?.seconds == 1_782_780_883)
        #expect(first.subject == "gopls/test/integration/mist: Fix flaky test")
        #expect(first.body.hasPrefix("Test61208 in imports_test.go is flaky"))
        #expect(first.body.hasSuffix("doesn't complete in time."))
        #expect(first.trailers.map(\.key) == ["Fixes", "Change-Id", "Reviewed-on", "LUCI-TryBot-Result", "Reviewed-by"])
        #expect(first.values(ofTrailer: "reviewed-by") == ["Alan Donovan <adonovan@google.com>"])
        #expect(first.files == [FileChange(path: "gopls/internal/test/integration/misc/imports_test.go", additions: 8, deletions: 41)])
    }

    @Test func mergeLineGivesParents() throws {
        let commits = ParseTestSupport.parse(try ParseTestSupport.corpusBytes("git-git-2026-summer.name-status.log")).commits
        let merge = try #require(commits.first { $0.hash == "3f664917c20733253934d3c4ff8330a7a60f27b7" })
        #expect(merge.parents == ["2f6614658f", "4515c86fd9"])
        #expect(merge.isMerge)
        #expect(merge.subject == "Merge branch 'kh/doc-trailers'")
        #expect(merge.body.contains("* kh/doc-trailers:\n  doc: interpret-trailers: document comment line treatment"))
        #expect(commits.filter(\.isMerge).count == 322)
    }

    @Test func nameStatusGivesKindsAndPaths() throws {
        let commits = ParseTestSupport.parse(try ParseTestSupport.corpusBytes("git-git-2026-summer.name-status.log")).commits
        let first = try #require(commits.first)
        #expect(first.files == [FileChange(path: "Documentation/RelNotes/2.56.0.adoc", kind: .modified)])
        #expect(first.trailers == [Trailer(key: "Signed-off-by", value: "Junio C Hamano <gitster@pobox.com>")])
        #expect(first.body == "")
        let kinds = Set(commits.flatMap(\.files).compactMap(\.kind))
        #expect(kinds.isSuperset(of: [.added, .modified, .deleted]))
    }

    @Test func renamesInStatAndNumstatGiveBothPaths() throws {
        let stat = ParseTestSupport.parse(try ParseTestSupport.corpusBytes("git-cliff.stat.log")).commits
        let statRename = try #require(stat.flatMap(\.files).first { $0.oldPath == "git-cliff/examples/run.rs" })
        #expect(statRename == FileChange(path: "git-cliff/examples/basic.rs", oldPath: "git-cliff/examples/run.rs", kind: .renamed, changedLines: 3))

        let numstat = ParseTestSupport.parse(try ParseTestSupport.corpusBytes("golang-tools-2026h1.fuller-numstat.log")).commits
        let numstatRename = try #require(numstat.flatMap(\.files).first { $0.oldPath == "internal/tool/tool.go" })
        #expect(numstatRename.path == "gopls/internal/tool/tool.go")
        #expect(numstatRename.kind == .renamed)
        #expect(numstatRename.additions == 0 && numstatRename.deletions == 1)
    }

    @Test func numstatBinaryLineHasNoCounts() throws {
        let commits = ParseTestSupport.parse(try ParseTestSupport.corpusBytes("golang-tools-2026h1.fuller-numstat.log")).commits
        let binary = try #require(commits.flatMap(\.files).first { $0.path == "gopls/doc/assets/implement-interface-after.png" })
        #expect(binary == FileChange(path: "gopls/doc/assets/implement-interface-after.png", isBinary: true))
    }

    @Test func coAuthoredByTrailerAndNonASCIIAuthor() throws {
        let commits = ParseTestSupport.parse(try ParseTestSupport.corpusBytes("git-cliff.patch.log")).commits
        let coAuthored = try #require(commits.first { $0.hash == "89247f4f956b0877be5d96f2bd1857d08c79abf7" })
        #expect(coAuthored.values(ofTrailer: "Co-authored-by") == ["Orhun Parmaksız <orhunparmaksiz@gmail.com>"])
        #expect(!coAuthored.body.contains("Co-authored-by"))
        let orhun = try #require(commits.first { $0.hash == "c559920da45464ec0bb880245dbefe7ce2858ecb" })
        #expect(orhun.author?.name == "Orhun Parmaksız")
        #expect(orhun.author?.email == "orhunparmaksiz@gmail.com")
        #expect(orhun.author?.date?.utcOffsetMinutes == 180)
    }

    @Test func graphOnelineGivesDecorationsAndSubjects() throws {
        let commits = ParseTestSupport.parse(try ParseTestSupport.corpusBytes("git-cliff.graph-oneline.log")).commits
        #expect(commits.first?.hash == "5963160d")
        #expect(commits.first?.decorations == ["HEAD -> main"])
        #expect(commits.first?.subject == "fix(remote): use the default HTTP timeout for unconfigured remotes (#1597)")
        let release = try #require(commits.first { $0.hash == "5d3a6702" })
        #expect(release.decorations == ["tag: v2.13.1"])
        #expect(release.subject == "chore(release): prepare for v2.13.1")
        #expect(commits.allSatisfy { $0.author == nil && $0.files.isEmpty })
    }

    @Test func patchCountsMatchTheStatOfTheSameCommits() throws {
        let patch = ParseTestSupport.parse(try ParseTestSupport.corpusBytes("git-cliff.patch.log")).commits
        let stat = ParseTestSupport.parse(try ParseTestSupport.corpusBytes("git-cliff.stat.log")).commits
        let statByHash = Dictionary(uniqueKeysWithValues: stat.map { ($0.hash, $0) })
        var comparedFiles = 0
        for commit in patch {
            let other = try #require(statByHash[commit.hash])
            #expect(commit.subject == other.subject)
            #expect(commit.body == other.body)
            #expect(commit.files.count == other.files.count, "\(commit.hash)")
            #expect(commit.files.count == (other.diffSummary?.filesChanged ?? 0), "\(commit.hash)")
            let statFiles = Dictionary(other.files.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
            for file in commit.files {
                guard let counted = statFiles[file.path] else { continue }
                comparedFiles += 1
                #expect(file.isBinary == counted.isBinary, "\(commit.hash) \(file.path)")
                if !file.isBinary {
                    #expect((file.additions ?? -1) + (file.deletions ?? -1) == counted.changedLines, "\(commit.hash) \(file.path)")
                }
            }
            let added = commit.files.compactMap(\.additions).reduce(0, +)
            let deleted = commit.files.compactMap(\.deletions).reduce(0, +)
            #expect(added == other.diffSummary?.insertions ?? 0, "\(commit.hash)")
            #expect(deleted == other.diffSummary?.deletions ?? 0, "\(commit.hash)")
        }
        #expect(comparedFiles > 100)
        let gif = try #require(patch.flatMap(\.files).first { $0.path == "website/static/img/logs-after.gif" })
        #expect(gif.isBinary && gif.kind == .added && gif.additions == nil)
    }

    /// The oldest 2,000 commits of git/git's history streamed from `gzip -dc` through a pipe, in
    /// whatever chunks the pipe gives: every commit, no issue, and a few facts about it. (The whole
    /// 81,966-commit history is benchmark input: Scripts/benchmark.sh.)
    @Test func oldestGitHistoryStreamsThroughWithoutIssues() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["gzip", "-dc", try TestCorpus.existingURL("git-git-oldest-2000.medium.log.gz").path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        var parser = LogParser()
        var count = 0
        var merges = 0
        var oldest: Commit?
        let record: (Commit) -> Void = { commit in
            count += 1
            if commit.isMerge { merges += 1 }
            oldest = commit
        }
        let handle = pipe.fileHandleForReading
        while true {
            let data = handle.availableData
            if data.isEmpty { break }
            try data.withUnsafeBytes { try parser.consume($0, emit: record) }
        }
        try parser.finish(emit: record)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(count == 2_000)
        #expect(merges == 95)
        #expect(parser.issues == [])
        #expect(oldest?.subject == "Initial revision of \"git\", the information manager from hell")
        #expect(oldest?.author?.name == "Linus Torvalds")
        #expect(oldest?.author?.date?.seconds == 1_112_911_993)
    }
}
