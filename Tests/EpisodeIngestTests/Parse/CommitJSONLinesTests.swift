import EpisodeIngest
import EpisodeModel
import Foundation
import Testing

/// The hand-written encoder writes exactly what `JSONEncoder` writes.
@Suite struct CommitJSONLinesTests {
    static func encoderLine(_ commit: Commit) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return Array(try encoder.encode(commit)) + [0x0A]
    }

    static func fastLine(_ commit: Commit) -> [UInt8] {
        var buffer: [UInt8] = []
        CommitJSONLines.append(commit, to: &buffer)
        return buffer
    }

    @Test(arguments: LogParserCorpusTests.corpus.map(\.file))
    func corpusCommitsEncodeByteIdenticallyToJSONEncoder(file: String) throws {
        let commits = ParseTestSupport.parse(try ParseTestSupport.corpusBytes(file)).commits
        #expect(!commits.isEmpty)
        for commit in commits {
            let expected = try Self.encoderLine(commit)
            let actual = Self.fastLine(commit)
            #expect(actual == expected, "\(commit.hash)")
            if actual != expected { return }
        }
    }

    @Test func everyOptionalFieldAndAwkwardCharacterMatchesJSONEncoder() throws {
        var controlCharacters = ""
        for value in 0..<0x20 { controlCharacters.unicodeScalars.append(Unicode.Scalar(UInt8(value))) }
        let commit = Commit(
            hash: "0123456789abcdef0123456789abcdef01234567",
            parents: ["aaaaaaa", "bbbbbbb"],
            author: Signature(name: "René \"Quoted\" Scharfe", email: "a\\b@example.com",
                              date: GitDate(text: "3 days ago")),
            committer: Signature(name: "Orhun Parmaksız", email: "o@example.com",
                                 date: GitDate(text: "1782000000 -0700", seconds: -1_782_000_000, utcOffsetMinutes: -420)),
            subject: "path/to/file \u{7F} 😀 \u{2028}",
            body: controlCharacters + "tail",
            trailers: [Trailer(key: "Co-authored-by", value: "Orhun Parmaksız <o@example.com>")],
            decorations: ["HEAD -> main", "tag: v1.0"],
            notes: "note\nline",
            files: [
                FileChange(path: "café.txt", oldPath: "old/cafe.txt", kind: .renamed, similarity: 87,
                           additions: 1, deletions: 0, changedLines: 1, isBinary: false),
                FileChange(path: "image.png", kind: .typeChanged, isBinary: true),
            ],
            diffSummary: DiffSummary(filesChanged: 2, insertions: 1, deletions: 0)
        )
        #expect(Self.fastLine(commit) == (try Self.encoderLine(commit)))
        let bare = Commit(hash: "abc1234")
        #expect(Self.fastLine(bare) == (try Self.encoderLine(bare)))
    }

    @Test func outputIsOneLineThatDecodesBackToTheCommit() throws {
        let commit = Commit(hash: "abc1234", subject: "line\nbreak", body: "tab\there", notes: "")
        let line = Self.fastLine(commit)
        #expect(line.filter { $0 == 0x0A }.count == 1)
        #expect(line.last == 0x0A)
        #expect(try JSONDecoder().decode(Commit.self, from: Data(line)) == commit)
    }
}
