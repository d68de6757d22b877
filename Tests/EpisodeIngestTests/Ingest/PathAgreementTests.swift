import Foundation
import Testing
import EpisodeModel
@testable import EpisodeIngest
import EpisodeTestSupport

/// The two input paths must agree: `GitLogReader` (git's NUL-separated machine format) and
/// `LogParser` on the human logs a person would pipe in, for the same repository.
///
/// Compared, commit by commit: hash, parents, author and committer name, e-mail, seconds and
/// offset, subject, body, trailers, decorations, notes, and the files. `--numstat` carries
/// paths, old paths of renames, line counts and the binary flag; `--name-status` carries
/// paths, old paths, change kinds and rename similarity: each is compared on what it carries.
///
/// Not compared, because a human format cannot carry them the same way:
/// - a date's `text`: the human log prints `Thu Mar 2 09:15:30 2026 -0700`, the machine format
///   ISO 8601; the instant and the offset (compared) are the same;
/// - a file's `kind` and `similarity` in the `--numstat` log and its counts in the
///   `--name-status` log: each format prints only its half (`kind` of a rename is compared in both).
@Suite struct PathAgreementTests {
    struct Repository: Sendable {
        let repository: TemporaryGitRepository
        static let shared: Repository = { try! Repository() }()

        static let renameMessage = """
            docs: move the notes into docs/

            The notes belong with the other documents.
            Keep their history.

            Co-authored-by: Orhun Parmaksız <orhun@example.org>
            Reviewed-by: Alan Donovan
              <adonovan@example.org>
            Signed-off-by: René Scharfe <rene@example.org>
            """
        static let mixedBlockMessage = """
            readme: say what the project is for

            The old text said nothing.

            Signed-off-by: Patrick Steinhardt <ps@example.org>
            [jc: reworded the subject]
            Signed-off-by: Junio C Hamano <gitster@example.org>
            """
        static let lookalikeMessage = """
            Add main.txt
            and say why in the title

            The plan:
            Step: one
            Note: this paragraph is prose with a colon in it.

            Note: the last paragraph looks like a trailer
            but its second line is not one.
            """

        init() throws {
            let repo = try TemporaryGitRepository()
            repository = repo
            let notes = (1...12).map { "note line \($0)" }.joined(separator: "\n") + "\n"
            try repo.write("README.md", "# Fixture\n\nA small project.\n")
            try repo.write("notes.txt", notes)
            try repo.write("old.txt", "to be deleted\n")
            try repo.commit("Add the readme and notes", author: ("René Scharfe", "rene@example.org"), authorDate: "2026-03-01T10:00:00+01:00")

            try FileManager.default.createDirectory(atPath: repo.path + "/docs", withIntermediateDirectories: true)
            try repo.git(["mv", "notes.txt", "docs/notes.txt"])
            try repo.write("docs/notes.txt", notes.replacingOccurrences(of: "note line 12", with: "note line twelve"))
            try repo.write("logo.bin", Data([0x00, 0x01, 0x02, 0xFF, 0x00, 0x10]))
            try repo.git(["rm", "-q", "old.txt"])
            try repo.commit(
                Repository.renameMessage, author: ("Orhun Parmaksız", "orhun@example.org"),
                authorDate: "2026-03-02T09:15:30-07:00", committerDate: "2026-03-12T18:00:00+05:30")
            try repo.git(["tag", "v1.0"])

            try repo.git(["checkout", "-q", "-b", "side"])
            try repo.write("README.md", "# Fixture\n\nA small project for tests.\n")
            try repo.commit(Repository.mixedBlockMessage, author: ("Patrick Steinhardt", "ps@example.org"), authorDate: "2026-03-03T08:00:00+03:00")

            try repo.git(["checkout", "-q", "main"])
            try repo.write("main.txt", "main\n")
            try repo.write("logo.bin", Data([0x00, 0x01, 0x02, 0xFE, 0x00, 0x10, 0x11]))
            try repo.commit(Repository.lookalikeMessage, author: ("Zoë Ünal", "zoe@example.org"), authorDate: "2026-03-03T12:00:00+00:00")

            try repo.git(
                ["-c", "user.name=Test Committer", "-c", "user.email=committer@example.org", "merge", "-q", "--no-ff",
                 "-m", "Merge branch 'side'", "-m", "Reviewed-on: https://example.org/c/42", "side"],
                extraEnvironment: repo.identity(author: ("Test Author", "author@example.org"), authorDate: "2026-03-04T10:00:00+00:00", committerDate: nil))
        }

        func machineCommits() throws -> [Commit] {
            var commits: [Commit] = []
            try GitLogReader(query: GitLogQuery(repository: repository.path), environment: repository.environment).read { commits.append($0) }
            return commits
        }

        func humanCommits(_ fileOption: String) throws -> [Commit] {
            let log = try repository.gitData(["-c", "color.ui=never", "log", "--format=fuller", fileOption, "--parents", "--decorate=short", "-M"])
            let parsed = ParseTestSupport.parse(Array(log))
            #expect(parsed.issues.isEmpty, "\(parsed.issues)")
            return parsed.commits
        }
    }

    /// Everything but the files and the date texts.
    struct Header: Equatable {
        var hash: String
        var parents: [String]
        var author: [String?]
        var committer: [String?]
        var subject: String
        var body: String
        var trailers: [Trailer]
        var decorations: [String]
        var notes: String?

        init(_ commit: Commit) {
            func person(_ signature: Signature?) -> [String?] {
                [signature?.name, signature?.email, signature?.date?.seconds.map { "\($0)" }, signature?.date?.utcOffsetMinutes.map { "\($0)" }]
            }
            hash = commit.hash
            parents = commit.parents
            author = person(commit.author)
            committer = person(commit.committer)
            subject = commit.subject
            body = commit.body
            trailers = commit.trailers
            decorations = commit.decorations
            notes = commit.notes
        }
    }

    struct Counts: Equatable {
        var path: String, oldPath: String?, additions: Int?, deletions: Int?, isBinary: Bool
        init(_ file: FileChange) {
            (path, oldPath, additions, deletions, isBinary) = (file.path, file.oldPath, file.additions, file.deletions, file.isBinary)
        }
    }

    struct Kinds: Equatable {
        var path: String, oldPath: String?, kind: ChangeKind?, similarity: Int?
        init(_ file: FileChange) {
            (path, oldPath, kind, similarity) = (file.path, file.oldPath, file.kind, file.similarity)
        }
    }

    @Test(arguments: ["--numstat", "--name-status"])
    func headersAndMessagesAreEqual(_ fileOption: String) throws {
        let machine = try Repository.shared.machineCommits()
        let human = try Repository.shared.humanCommits(fileOption)
        #expect(machine.count == 5)
        #expect(human.map(Header.init) == machine.map(Header.init))
    }

    @Test func numstatFilesAreEqual() throws {
        let machine = try Repository.shared.machineCommits()
        let human = try Repository.shared.humanCommits("--numstat")
        #expect(human.map { $0.files.map(Counts.init) } == machine.map { $0.files.map(Counts.init) })
    }

    @Test func nameStatusFilesAreEqual() throws {
        let machine = try Repository.shared.machineCommits()
        let human = try Repository.shared.humanCommits("--name-status")
        #expect(human.map { $0.files.map(Kinds.init) } == machine.map { $0.files.map(Kinds.init) })
    }

    /// The comparison above is only worth something if the repository has the awkward cases;
    /// this pins what both paths read for them.
    @Test func theAwkwardCasesAreThere() throws {
        let commits = try Repository.shared.machineCommits()
        try #require(commits.count == 5)
        func commit(_ subject: String) throws -> Commit { try #require(commits.first { $0.subject.hasPrefix(subject) }) }
        let (merge, lookalike) = (try commit("Merge branch"), try commit("Add main.txt"))
        let (mixed, rename) = (try commit("readme: say"), try commit("docs: move"))
        #expect(merge.parents.count == 2)
        #expect(merge.trailers == [Trailer(key: "Reviewed-on", value: "https://example.org/c/42")])
        #expect(lookalike.subject == "Add main.txt")
        #expect(lookalike.trailers.isEmpty)
        #expect(lookalike.body.hasPrefix("and say why in the title\n\nThe plan:\nStep: one"))
        #expect(lookalike.author?.name == "Zoë Ünal")
        #expect(lookalike.files.contains { $0.path == "logo.bin" && $0.isBinary && $0.kind == .modified })
        #expect(mixed.trailers.map(\.key) == ["Signed-off-by", "Signed-off-by"])
        #expect(mixed.body == "The old text said nothing.\n\n[jc: reworded the subject]")
        #expect(rename.trailers == [
            Trailer(key: "Co-authored-by", value: "Orhun Parmaksız <orhun@example.org>"),
            Trailer(key: "Reviewed-by", value: "Alan Donovan <adonovan@example.org>"),
            Trailer(key: "Signed-off-by", value: "René Scharfe <rene@example.org>"),
        ])
        #expect(rename.decorations == ["tag: v1.0"])
        #expect(rename.committer?.date?.utcOffsetMinutes == 330)
        #expect(rename.files.contains { $0.kind == .renamed && $0.oldPath == "notes.txt" && $0.path == "docs/notes.txt" && $0.additions == 1 })
        #expect(rename.files.contains { $0.kind == .deleted && $0.path == "old.txt" })
        #expect(rename.files.contains { $0.kind == .added && $0.path == "logo.bin" && $0.isBinary })
    }
}
