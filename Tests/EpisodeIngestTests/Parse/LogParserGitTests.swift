import EpisodeIngest
import EpisodeModel
import Foundation
import Testing
import EpisodeTestSupport

/// A small repository built with real git: every output format git offers parses to the same commits.
@Suite struct LogParserGitTests {
    /// The repository's commits, newest first, and the repository (removed with its last reference).
    struct Repository {
        var repo: TemporaryGitRepository
        var hashes: [String]
        var subjects: [String]

        /// The output of `git <arguments>` in the repository, as bytes.
        func log(_ arguments: [String]) throws -> [UInt8] { Array(try repo.gitData(arguments)) }
    }

    static func makeRepository() throws -> Repository {
        let repo = try TemporaryGitRepository()
        func git(_ arguments: String..., date: String? = nil) throws {
            var environment: [String: String] = [:]
            if let date {
                environment["GIT_AUTHOR_DATE"] = date
                environment["GIT_COMMITTER_DATE"] = date
            }
            try repo.git(arguments, extraEnvironment: environment)
        }
        func write(_ name: String, _ bytes: [UInt8]) throws {
            try repo.write(name, Data(bytes))
        }
        try git("config", "user.name", "René Scharfe")
        try git("config", "user.email", "l.s.r@web.de")
        try write("a.txt", Array("one\ntwo\n".utf8))
        try git("add", ".")
        try git("commit", "-q", "-m", "Add a", date: "2026-08-18T09:00:00+02:00")
        try git("checkout", "-q", "-b", "topic")
        try write("a.txt", Array("one\ntwo\nthree\n".utf8))
        try write("café.txt", Array("hi\n".utf8))
        try git("add", ".")
        try git("commit", "-q", "-m", "Topic: add café", "-m", "Body line.",
                "-m", "Co-authored-by: Orhun Parmaksız <orhunparmaksiz@gmail.com>", date: "2026-08-20T10:00:00-07:00")
        try git("checkout", "-q", "main")
        try git("mv", "a.txt", "b.txt")
        try write("img.png", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x01, 0x02])
        try git("add", ".")
        try git("commit", "-q", "-m", "Rename a to b, add image", date: "2026-08-20T07:30:30-07:00")
        try git("merge", "-q", "--no-ff", "topic", "-m", "Merge branch 'topic'", date: "2026-08-20T23:00:00+05:30")
        try git("notes", "add", "-m", "Reviewed on the list", "HEAD~1")
        try git("tag", "v1")
        let hashes = try repo.git(["log", "--format=%H"]).split(separator: "\n").map(String.init)
        let subjects = try repo.git(["log", "--format=%s"]).split(separator: "\n").map(String.init)
        return Repository(repo: repo, hashes: hashes, subjects: subjects)
    }

    static let formats: [[String]] = [
        ["log"],
        ["-c", "color.ui=always", "log", "--graph", "--stat"],
        ["-c", "color.ui=always", "log", "--graph", "-p"],
        ["log", "--format=fuller", "--numstat"],
        ["log", "--format=full", "--shortstat"],
        ["log", "--graph", "--name-status", "--decorate"],
        ["-c", "core.quotePath=true", "log", "--name-only"],
        ["log", "-p", "--stat"],
        ["log", "--parents", "--date=iso"],
        ["log", "--date=iso-strict"],
        ["log", "--date=rfc"],
        ["log", "--date=raw"],
        ["log", "--date=unix"],
        ["log", "--date=relative"],
        ["log", "--date=short"],
        ["log", "--oneline", "--decorate"],
        ["-c", "color.ui=always", "log", "--graph", "--oneline", "--decorate"],
        ["log", "--oneline", "--numstat"],
    ]

    @Test func everyFormatParsesToTheSameHashesAndSubjects() throws {
        let repository = try Self.makeRepository()
        #expect(repository.hashes.count == 4)
        for format in Self.formats {
            let output = try repository.log(format)
            let result = ParseTestSupport.parse(output)
            let label = format.joined(separator: " ")
            #expect(result.issues == [], "\(label)")
            #expect(result.commits.count == 4, "\(label)")
            for (commit, hash) in zip(result.commits, repository.hashes) {
                #expect(hash.hasPrefix(commit.hash) && commit.hash.count >= 7, "\(label): \(commit.hash)")
            }
            #expect(result.commits.map(\.subject) == repository.subjects, "\(label)")
            let chunked = ParseTestSupport.parse(output, chunkSize: 5)
            #expect(chunked.commits == result.commits, "\(label) in 5-byte chunks")
        }
    }

    @Test func fieldsAgreeAcrossFormats() throws {
        let repository = try Self.makeRepository()
        func commits(_ arguments: String...) throws -> [Commit] {
            ParseTestSupport.parse(try repository.log(arguments)).commits
        }
        // Default format: Merge line, notes, trailers, non-ASCII names.
        let medium = try commits("log")
        #expect(medium[0].parents == [String(repository.hashes[2].prefix(7)), String(repository.hashes[1].prefix(7))])
        #expect(medium[0].author?.date?.utcOffsetMinutes == 330)
        #expect(medium[2].notes == "Reviewed on the list")
        #expect(medium[1].values(ofTrailer: "Co-authored-by") == ["Orhun Parmaksız <orhunparmaksiz@gmail.com>"])
        #expect(medium[1].body == "Body line.")
        #expect(medium[1].author?.name == "René Scharfe")
        #expect(medium[3].author?.date?.seconds == 1_787_036_400)

        // Every absolute date form names the same instant.
        for form in ["iso", "iso-strict", "rfc", "raw"] {
            let dated = try commits("log", "--date=\(form)")
            #expect(dated.map { $0.author?.date?.seconds } == medium.map { $0.author?.date?.seconds }, "\(form)")
            #expect(dated.map { $0.author?.date?.utcOffsetMinutes } == medium.map { $0.author?.date?.utcOffsetMinutes }, "\(form)")
        }
        #expect(try commits("log", "--date=unix").map { $0.author?.date?.seconds } == medium.map { $0.author?.date?.seconds })
        let relative = try commits("log", "--date=relative")
        #expect(relative.allSatisfy { $0.author?.date?.seconds == nil && $0.author?.date?.text.hasSuffix("ago") == true })

        // --parents gives full parent hashes.
        let parents = try commits("log", "--parents")
        #expect(parents[0].parents == [repository.hashes[2], repository.hashes[1]])
        #expect(parents[1].parents == [repository.hashes[3]])

        // Renames, binary files and quoted paths, in each file format.
        let nameStatus = try commits("log", "--name-status")
        #expect(nameStatus[2].files == [
            FileChange(path: "b.txt", oldPath: "a.txt", kind: .renamed, similarity: 100),
            FileChange(path: "img.png", kind: .added),
        ])
        #expect(nameStatus[1].files.map(\.path) == ["a.txt", "café.txt"])
        let numstat = try commits("log", "--numstat")
        #expect(numstat[2].files == [
            FileChange(path: "b.txt", oldPath: "a.txt", kind: .renamed, additions: 0, deletions: 0),
            FileChange(path: "img.png", isBinary: true),
        ])
        let patch = try commits("-c", "color.ui=always", "log", "--graph", "-p")
        #expect(patch[2].files == [
            FileChange(path: "b.txt", oldPath: "a.txt", kind: .renamed, similarity: 100, additions: 0, deletions: 0),
            FileChange(path: "img.png", kind: .added, isBinary: true),
        ])
        #expect(patch[1].files == [
            FileChange(path: "a.txt", kind: .modified, additions: 1, deletions: 0),
            FileChange(path: "café.txt", kind: .added, additions: 1, deletions: 0),
        ])
        #expect(patch[2].notes == "Reviewed on the list")
        // `-p --stat`: one entry per file with the stat's total and the patch's counts.
        let patchWithStat = try commits("log", "-p", "--stat")
        #expect(patchWithStat[1].files == [
            FileChange(path: "a.txt", kind: .modified, additions: 1, deletions: 0, changedLines: 1),
            FileChange(path: "café.txt", kind: .added, additions: 1, deletions: 0, changedLines: 1),
        ])
        #expect(patchWithStat[2].files == [
            FileChange(path: "b.txt", oldPath: "a.txt", kind: .renamed, similarity: 100, additions: 0, deletions: 0, changedLines: 0),
            FileChange(path: "img.png", kind: .added, isBinary: true),
        ])
        #expect(patch[1].trailers.count == 1)
        let stat = try commits("-c", "color.ui=always", "log", "--graph", "--stat")
        #expect(stat[1].files.map(\.path) == ["a.txt", "café.txt"])
        #expect(stat[2].files.last == FileChange(path: "img.png", isBinary: true))
        #expect(stat[2].diffSummary == DiffSummary(filesChanged: 2, insertions: 0, deletions: 0))
        #expect(stat[1].body == "Body line.")

        // Decorations in the full and the oneline form.
        let decorated = try commits("log", "--decorate")
        #expect(decorated[0].decorations == ["HEAD -> main", "tag: v1"])
        #expect(decorated[1].decorations == ["topic"])
        let oneline = try commits("-c", "color.ui=always", "log", "--graph", "--oneline", "--decorate")
        #expect(oneline.map(\.decorations) == decorated.map(\.decorations))
    }

    @Test func octopusMergeGraphAndPerParentPatches() throws {
        let repository = try Self.makeRepository()
        func git(_ arguments: String...) throws {
            try repository.repo.git(arguments, extraEnvironment: ["GIT_AUTHOR_DATE": "2026-08-21T12:00:00Z", "GIT_COMMITTER_DATE": "2026-08-21T12:00:00Z"])
        }
        for branch in ["o1", "o2"] {
            try git("checkout", "-q", "-b", branch, "main~1")
            try repository.repo.write("\(branch).txt", "\(branch)\n")
            try git("add", ".")
            try git("commit", "-q", "-m", "Add \(branch)")
        }
        try git("checkout", "-q", "main")
        try git("merge", "-q", "o1", "o2", "-m", "Octopus")
        for format in [["log", "--graph", "--stat"], ["log", "--graph", "--oneline"], ["log", "--graph", "-p", "--cc"], ["log", "--parents", "--name-only"]] {
            let result = ParseTestSupport.parse(try repository.log(format))
            #expect(result.issues == [], "\(format)")
            #expect(result.commits.count == 7, "\(format)")
            #expect(result.commits.first?.subject == "Octopus", "\(format)")
        }
        let graph = ParseTestSupport.parse(try repository.log(["log", "--graph", "--stat"])).commits
        #expect(graph[0].parents.count == 3)
        #expect(graph.first { $0.subject == "Add o1" }?.files == [FileChange(path: "o1.txt", changedLines: 1)])
        // `-m -p` prints a merge once per parent, as `commit <hash> (from <parent>)`.
        let perParent = ParseTestSupport.parse(try repository.log(["log", "-m", "-p"]))
        #expect(perParent.issues == [])
        #expect(perParent.commits.filter { $0.subject == "Octopus" }.count == 3)
        #expect(perParent.commits.allSatisfy { $0.decorations.isEmpty })
    }
}
