@testable import EpisodeIngest
import EpisodeModel
import Testing

/// Each per-file line format git prints reads to the right `FileChange`, and other lines are refused.
@Suite struct FileLineParserTests {
    static func bytes(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> FileChange?) -> FileChange? {
        Array(text.utf8).withUnsafeBufferPointer(body)
    }

    @Test(arguments: [
        ("12\t3\tSources/main.swift", FileChange(path: "Sources/main.swift", additions: 12, deletions: 3)),
        ("-\t-\tdocs/logo.png", FileChange(path: "docs/logo.png", isBinary: true)),
        ("0\t1\t{internal => gopls/internal}/tool/tool.go",
         FileChange(path: "gopls/internal/tool/tool.go", oldPath: "internal/tool/tool.go", kind: .renamed, additions: 0, deletions: 1)),
        ("2\t2\tsrc/{ => sub}/file.rs", FileChange(path: "src/sub/file.rs", oldPath: "src/file.rs", kind: .renamed, additions: 2, deletions: 2)),
        ("5\t0\told.txt => new.txt", FileChange(path: "new.txt", oldPath: "old.txt", kind: .renamed, additions: 5, deletions: 0)),
        ("1\t0\t\"caf\\303\\251.txt\"", FileChange(path: "café.txt", additions: 1, deletions: 0)),
    ] as [(String, FileChange)])
    func numstatLines(line: String, expected: FileChange) {
        #expect(Self.bytes(line) { FileLineParser.numstat($0) } == expected)
    }

    @Test(arguments: ["12 3 path", "a\tb\tpath", "12\t3\t", "-\t3\tpath", "12\t3"])
    func notNumstatLines(line: String) {
        #expect(Self.bytes(line) { FileLineParser.numstat($0) } == nil)
    }

    @Test(arguments: [
        ("M\tMakefile", FileChange(path: "Makefile", kind: .modified)),
        ("A\tt/t0001.sh", FileChange(path: "t/t0001.sh", kind: .added)),
        ("D\told.c", FileChange(path: "old.c", kind: .deleted)),
        ("T\tlink", FileChange(path: "link", kind: .typeChanged)),
        ("R087\ta.c\tb.c", FileChange(path: "b.c", oldPath: "a.c", kind: .renamed, similarity: 87)),
        ("C100\ta.c\tcopy of a.c", FileChange(path: "copy of a.c", oldPath: "a.c", kind: .copied, similarity: 100)),
    ] as [(String, FileChange)])
    func nameStatusLines(line: String, expected: FileChange) {
        #expect(Self.bytes(line) { FileLineParser.nameStatus($0) } == expected)
    }

    @Test(arguments: ["Makefile", "README.md", "M Makefile", "Q\tfile", "M\t"])
    func notNameStatusLines(line: String) {
        #expect(Self.bytes(line) { FileLineParser.nameStatus($0) } == nil)
    }

    @Test(arguments: [
        (" git-cliff-core/src/config.rs | 41 +++++++++++++++++++++++++++++++++++------",
         FileChange(path: "git-cliff-core/src/config.rs", changedLines: 41)),
        (" website/static/img/logs-after.gif  | Bin 0 -> 528268 bytes", FileChange(path: "website/static/img/logs-after.gif", isBinary: true)),
        (" a.txt => b.txt |   0", FileChange(path: "b.txt", oldPath: "a.txt", kind: .renamed, changedLines: 0)),
        (" .../{github_integration.yml => integration.yml}    |  10 +-",
         FileChange(path: ".../integration.yml", oldPath: ".../github_integration.yml", kind: .renamed, changedLines: 10)),
        (" weird | name.txt | 2 +-", FileChange(path: "weird | name.txt", changedLines: 2)),
    ] as [(String, FileChange)])
    func statLines(line: String, expected: FileChange) {
        #expect(Self.bytes(line) { FileLineParser.stat($0) } == expected)
    }

    @Test(arguments: [
        (" 3 files changed, 10 insertions(+), 2 deletions(-)", DiffSummary(filesChanged: 3, insertions: 10, deletions: 2)),
        (" 1 file changed, 1 insertion(+)", DiffSummary(filesChanged: 1, insertions: 1, deletions: 0)),
        (" 2 files changed, 7 deletions(-)", DiffSummary(filesChanged: 2, insertions: 0, deletions: 7)),
        (" 1 file changed, 0 insertions(+), 0 deletions(-)", DiffSummary(filesChanged: 1, insertions: 0, deletions: 0)),
    ] as [(String, DiffSummary)])
    func summaryLines(line: String, expected: DiffSummary) {
        #expect(Array(line.utf8).withUnsafeBufferPointer { FileLineParser.summary($0) } == expected)
        #expect(Self.bytes(line) { FileLineParser.stat($0) } == nil)
    }
}
