import Foundation
import Testing
import EpisodeModel
@testable import EpisodeIngest
import EpisodeTestSupport

@Suite struct GitLogReaderTests {
    let fixture = FixtureRepository.shared

    func readAll(_ query: GitLogQuery, environment: [String: String]? = nil) throws -> [Commit] {
        var commits: [Commit] = []
        try GitLogReader(query: query, environment: environment ?? fixture.repository.environment).read { commits.append($0) }
        return commits
    }

    func commit(_ hash: String) throws -> Commit {
        let commits = try readAll(GitLogQuery(repository: fixture.repository.path))
        return try #require(commits.first { $0.hash == hash })
    }

    @Test func readsEveryCommitInGitsOrder() throws {
        let commits = try readAll(GitLogQuery(repository: fixture.repository.path))
        let expected = try fixture.repository.git(["rev-list", "HEAD"]).split(separator: "\n").map(String.init)
        #expect(commits.map(\.hash) == expected)
        #expect(commits.count == 5)
    }

    @Test func renameCommitHasEveryField() throws {
        let commit = try commit(fixture.rename)
        #expect(commit.hash.count == 40)
        #expect(commit.parents == [fixture.first])
        #expect(commit.author?.name == "René Scharfe")
        #expect(commit.author?.email == "rene@example.org")
        #expect(commit.author?.date == GitDate(text: "2026-03-02T09:15:30-07:00", seconds: 1_772_468_130, utcOffsetMinutes: -420))
        #expect(commit.committer?.name == "Test Committer")
        #expect(commit.committer?.email == "committer@example.org")
        #expect(commit.committer?.date == GitDate(text: "2026-03-02T18:00:00+02:00", seconds: 1_772_467_200, utcOffsetMinutes: 120))
        #expect(commit.subject == "docs: move the notes into docs/")
        #expect(commit.body == "The notes belong with the other documents.\nKeep their history.")
        #expect(commit.trailers == [
            Trailer(key: "Co-authored-by", value: "Orhun Parmaksız <orhun@example.org>"),
            Trailer(key: "Signed-off-by", value: "René Scharfe <rene@example.org>"),
        ])
        #expect(commit.decorations == ["tag: v1.0"])
    }

    @Test func renameAndBinaryFilesCarryKindAndCounts() throws {
        let files = try commit(fixture.rename).files.sorted { $0.path < $1.path }
        #expect(files == [
            FileChange(path: "docs/notes.txt", oldPath: "notes.txt", kind: .renamed, similarity: files.first?.similarity, additions: 1, deletions: 1),
            FileChange(path: "logo.bin", kind: .added, isBinary: true),
        ])
        let similarity = try #require(files.first?.similarity)
        #expect((50...99).contains(similarity))
    }

    @Test func addedAndModifiedFilesHaveLineCounts() throws {
        let first = try commit(fixture.first).files.sorted { $0.path < $1.path }
        #expect(first.map(\.path) == [".mailmap", "README.md", "notes.txt"])
        #expect(first.allSatisfy { $0.kind == .added })
        #expect(first.map(\.additions) == [1, 3, 12])
        let side = try commit(fixture.side)
        #expect(side.files == [FileChange(path: "README.md", kind: .modified, additions: 1, deletions: 1)])
        #expect(side.author?.name == "Orhun Parmaksız")
    }

    @Test func mergeHasBothParentsAndNoFiles() throws {
        let merge = try commit(fixture.merge)
        #expect(merge.parents == [fixture.mailmapped, fixture.side])
        #expect(merge.isMerge)
        #expect(merge.files.isEmpty)
        #expect(merge.subject == "Merge branch 'side'")
        #expect(merge.decorations == ["HEAD -> main"])
    }

    @Test func mailmapOfTheRepositoryIsApplied() throws {
        let commit = try commit(fixture.mailmapped)
        #expect(commit.author == Signature(
            name: "René Scharfe", email: "rene@example.org",
            date: GitDate(text: "2026-03-03T12:00:00+00:00", seconds: 1_772_539_200, utcOffsetMinutes: 0)))
    }

    @Test func extraMailmapFileIsAppliedOnTopOfTheRepositorys() throws {
        let mailmap = fixture.repository.root.appendingPathComponent("extra.mailmap")
        try "Orhun P. <orhun@example.org>\n".write(to: mailmap, atomically: true, encoding: .utf8)
        let commits = try readAll(GitLogQuery(repository: fixture.repository.path, mailmapFile: mailmap.path))
        #expect(commits.first { $0.hash == fixture.side }?.author?.name == "Orhun P.")
        #expect(commits.first { $0.hash == fixture.mailmapped }?.author?.name == "René Scharfe")
    }

    @Test func revisionRangeIsPassedToGit() throws {
        let commits = try readAll(GitLogQuery(repository: fixture.repository.path, revisions: ["v1.0..main"]))
        #expect(Set(commits.map(\.hash)) == [fixture.side, fixture.mailmapped, fixture.merge])
    }

    @Test func sinceAndUntilArePassedToGit() throws {
        let commits = try readAll(GitLogQuery(repository: fixture.repository.path, since: "2026-03-03T00:00:00Z", until: "2026-03-03T23:00:00Z"))
        #expect(Set(commits.map(\.hash)) == [fixture.side, fixture.mailmapped])
    }

    @Test func chunkBoundariesDoNotChangeTheResult() throws {
        let query = GitLogQuery(repository: fixture.repository.path)
        let output = try fixture.repository.gitData(Array(query.arguments.dropFirst(2)))
        let whole = try parse(output, chunkSize: output.count)
        #expect(whole.count == 5)
        for size in [1, 2, 3, 7, 64] {
            #expect(try parse(output, chunkSize: size) == whole, "chunk size \(size)")
        }
    }

    func parse(_ data: Data, chunkSize: Int) throws -> [Commit] {
        var parser = MachineLogParser()
        var commits: [Commit] = []
        let bytes = [UInt8](data)
        var offset = 0
        while offset < bytes.count {
            let end = min(offset + chunkSize, bytes.count)
            try bytes[offset..<end].withUnsafeBytes { try parser.consume($0) { commits.append($0) } }
            offset = end
        }
        try parser.finish { commits.append($0) }
        return commits
    }

    @Test func cutOffHeaderIsAFormatError() throws {
        var parser = MachineLogParser()
        let bytes = Array("\u{1E}0123456789012345678901234567890123456789\0\0Name\0".utf8)
        try bytes.withUnsafeBytes { try parser.consume($0) { _ in } }
        #expect(throws: MachineLogParser.FormatError.self) { try parser.finish { _ in } }
    }
}
