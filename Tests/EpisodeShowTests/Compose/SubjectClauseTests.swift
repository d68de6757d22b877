import Foundation
import Testing
import EpisodeModel
import EpisodeAnalysis
import EpisodeTestSupport
@testable import EpisodeShow

/// What an author did, from real subjects: a table of subjects from every corpus log with the
/// clause a careful host says after the author's name (Tests/Fixtures/grammar/subjects.tsv),
/// and the examples of the issue "Tell the story", one test each.
@Suite struct SubjectClauseTests {
    struct Row: CustomTestStringConvertible, Sendable {
        var subject: String
        var expected: String
        var log: String
        var testDescription: String { subject }
    }

    static let table = "Tests/Fixtures/grammar/subjects.tsv"

    static let rows: [Row] = {
        let text = (try? String(contentsOf: TestCorpus.packageFile(table), encoding: .utf8)) ?? ""
        return text.split(separator: "\n").filter { !$0.hasPrefix("#") }.map { line in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            return Row(subject: fields[0], expected: fields.count > 1 ? fields[1] : "", log: fields.count > 2 ? fields[2] : "")
        }
    }()

    /// golang/tools subjects are said with the go-tools preset's path roots, as the show says them.
    static let goToolsRoots: [String: String] = {
        let url = TestCorpus.packageFile("Inputs/config/go-tools.json")
        guard let data = try? Data(contentsOf: url) else { return [:] }
        return (try? ShowConfigurationLoader.load(data, file: url.path).pathRoots) ?? [:]
    }()

    static func clause(_ subject: String, roots: [String: String] = [:]) -> String {
        let summary = ConventionParser.parse(Commit(hash: "0", subject: subject)).summary
        return SubjectClause.clause(for: summary, subject: subject, speakable: SpeakableText(pathRoots: roots))
    }

    @Test(arguments: rows)
    func tableSubjectReadsAsExpected(_ row: Row) {
        let roots = row.log.hasPrefix("golang-tools") ? Self.goToolsRoots : [:]
        #expect(Self.clause(row.subject, roots: roots) == row.expected)
    }

    @Test func tableHasThreeHundredRealSubjectsFromEveryLog() throws {
        #expect(Self.rows.count >= 300)
        #expect(!Self.goToolsRoots.isEmpty)
        let logs = Dictionary(grouping: Self.rows, by: \.log)
        #expect(Set(logs.keys) == ["golang-tools-2026h1.fuller-numstat.log", "git-cliff.stat.log",
                                   "git-git-2026-summer.name-status.log", "git-git-oldest-2000.medium.log.gz"])
        for (log, rows) in logs {
            #expect(rows.count >= 60, "\(log) has only \(rows.count) rows")
            let text = try Self.logText(log)
            for row in rows {
                #expect(text.contains("    " + row.subject + "\n"), "\(row.subject) is not a subject of \(log)")
            }
        }
        #expect(Set(Self.rows.map(\.subject)).count == Self.rows.count, "a subject is in the table twice")
    }

    /// A corpus log as text (the gzipped one unpacked).
    static func logText(_ name: String) throws -> String {
        String(decoding: try TestCorpus.data(name), as: UTF8.self)
    }

    // MARK: - The issue's examples

    @Test func unbreakIsIrregular() {
        #expect(Self.clause("gopls: unbreak build") == "unbroke the build")
    }

    @Test func formatDoublesItsLastConsonant() {
        #expect(Self.clause("go/analysis: format generated files") == "formatted generated files")
    }

    @Test func aVerbAfterAndAtTheEndIsAnActionToo() {
        #expect(Self.clause("all: assume Go 1.24 and simplify", roots: Self.goToolsRoots) == "assumed Go 1.24 and simplified")
    }

    @Test func coordinatedVerbsBothTakeThePastTense() {
        #expect(Self.clause("internal/mcp: document and hide CancelledParams") == "documented and hid CancelledParams")
    }

    @Test func aBareVerbTakesItsObjectFromThePrefix() {
        #expect(Self.clause("go/{expect,packages/packagestest}: delete", roots: Self.goToolsRoots) == "deleted the expect and packagestest packages")
    }

    @Test func anArrowInARenameIsSaidTo() {
        #expect(Self.clause("jsonrpc2: rename StdIO->Stdio") == "renamed StdIO to Stdio")
    }

    @Test func aVerbBeforeAVersionIsNoReleaseName() {
        #expect(Self.clause("Tweak v0.19") == "tweaked v0.19")
        #expect(Self.clause("Git 2.55") == "prepared Git 2.55")
    }

    @Test func allowToSaysWhatBecamePossible() {
        #expect(Self.clause("feat(args): allow to copy files") == "made it possible to copy files")
    }

    @Test func dontPanicIsAPanicPrevented() {
        #expect(Self.clause("http2: don't panic when ServeConn is passed a nil options") == "prevented a panic when ServeConn is passed a nil options")
    }

    @Test func aRevertOfARevertRestoresTheChange() {
        #expect(Self.clause("Revert \"Revert \"Remove default setup command\"\"") == "restored the default setup command")
        #expect(Self.clause("Revert \"Revert \"Use git-merge instead of git-resolve\"\"") == "brought back the change \"Use git-merge instead of git-resolve\"")
    }

    @Test func aRevertKeepsTheQuotedSubjectAsWritten() {
        let subject = "Revert \"Replace zero-length array decls with [].\""
        #expect(Self.clause(subject) == "reverted the change \"Replace zero-length array decls with []\"")
    }

    @Test func aPackagePathIsSaidByItsLastPartWithoutSlash() {
        let clause = Self.clause("net/http/httptest: add net/http-wrapping package implementation", roots: Self.goToolsRoots)
        #expect(clause == "added the http-wrapping package implementation")
        #expect(!clause.contains("slash"))
    }

    @Test func wordsInQuotesAreNeverConjugated() {
        #expect(Self.clause("broaden \"fix and remove\" matching") == "broadened \"fix and remove\" matching")
    }

    @Test func aSummaryThatIsNoVerbPhraseGetsAnHonestFrame() {
        #expect(Self.clause("[PATCH] Better error message from checkout-cache for unmerged files.") == "worked on better error message from checkout-cache for unmerged files")
        #expect(Self.clause("internal/diff: unified diffs should use line diffs") == "landed a change summed up as: unified diffs should use line diffs")
        #expect(!Self.clause("v246").contains("titled"))
    }
}
