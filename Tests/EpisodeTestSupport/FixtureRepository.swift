import Foundation

/// One small repository with the shapes the reader must get right: a non-ASCII author, a rename,
/// a binary file, trailers (Co-authored-by among them), a tag, a merge and a `.mailmap`.
public struct FixtureRepository: @unchecked Sendable {
    public let repository: TemporaryGitRepository
    public let first: String
    public let rename: String
    public let side: String
    public let mailmapped: String
    public let merge: String

    public static let shared: FixtureRepository = { try! FixtureRepository() }()

    public static let renameMessage = """
        docs: move the notes into docs/

        The notes belong with the other documents.
        Keep their history.

        Co-authored-by: Orhun Parmaksız <orhun@example.org>
        Signed-off-by: René Scharfe <rene@example.org>
        """

    public init() throws {
        let repo = try TemporaryGitRepository()
        repository = repo
        let notes = (1...12).map { "note line \($0)" }.joined(separator: "\n") + "\n"
        try repo.write("README.md", "# Fixture\n\nA small project.\n")
        try repo.write("notes.txt", notes)
        try repo.write(".mailmap", "René Scharfe <rene@example.org> <rene.old@example.org>\n")
        first = try repo.commit(
            "Add the readme and notes", author: ("René Scharfe", "rene@example.org"), authorDate: "2026-03-01T10:00:00+01:00")

        try FileManager.default.createDirectory(atPath: repo.path + "/docs", withIntermediateDirectories: true)
        try repo.git(["mv", "notes.txt", "docs/notes.txt"])
        try repo.write("docs/notes.txt", notes.replacingOccurrences(of: "note line 12", with: "note line twelve"))
        try repo.write("logo.bin", Data([0x00, 0x01, 0x02, 0xFF, 0x00, 0x10]))
        rename = try repo.commit(
            FixtureRepository.renameMessage, author: ("René Scharfe", "rene@example.org"),
            authorDate: "2026-03-02T09:15:30-07:00", committerDate: "2026-03-02T18:00:00+02:00")
        try repo.git(["tag", "v1.0"])

        try repo.git(["checkout", "-q", "-b", "side"])
        try repo.write("README.md", "# Fixture\n\nA small project, with a fix.\n")
        side = try repo.commit("Fix the readme", author: ("Orhun Parmaksız", "orhun@example.org"), authorDate: "2026-03-03T08:00:00+03:00")

        try repo.git(["checkout", "-q", "main"])
        try repo.write("main.txt", "main\n")
        mailmapped = try repo.commit("Add main.txt", author: ("rene", "rene.old@example.org"), authorDate: "2026-03-03T12:00:00+00:00")

        try repo.git(
            ["-c", "user.name=Test Committer", "-c", "user.email=committer@example.org", "merge", "-q", "--no-ff", "-m", "Merge branch 'side'", "side"],
            extraEnvironment: repo.identity(author: ("Test Author", "author@example.org"), authorDate: "2026-03-04T10:00:00+00:00", committerDate: nil))
        merge = try repo.head()
    }
}
