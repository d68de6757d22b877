import Testing
@testable import EpisodeAnalysis
import EpisodeModel

/// What `MessageReader` keeps apart from a problem: context that names no failure, a change
/// stated after an opening clause, and sentences that only make sense beside what is not read.
/// Every body is a real one from the fixture logs.
@Suite struct MessageReaderContextTests {
    static let goTools = "golang-tools-2026h1.fuller-numstat.log"

    static func read(_ subject: String, in log: String = goTools) throws -> [MessageSentence] {
        MessageReaderTests.sentences(try MessageReaderTests.body(log, subject: subject))
    }

    /// A fact about the language is the scene, not what went wrong.
    @Test func aSentenceOfWeakNegationIsBackground() throws {
        let read = try Self.read("go/callgraph/rta: skip generic methods in fingerprinting")
        #expect(read.contains { $0.role == .background && $0.text == "Generic methods cannot be part of interface method sets in Go." })
        #expect(!read.contains { $0.role == .problem })
        #expect(read.contains { $0.role == .change && $0.text.hasPrefix("This change updates the fingerprint function") })
    }

    /// "To avoid guessing incorrectly ..., this change disables ...": a change, though it says "incorrectly".
    @Test func thisChangeAfterAnOpeningClauseIsTheChange() throws {
        let read = try Self.read("gopls/internal/analysis/fillstruct: do not offer if contains untagged")
        #expect(read.contains { $0.role == .change && $0.text.hasPrefix("To avoid guessing incorrectly") })
        #expect(read.contains { $0.role == .problem && $0.text.contains("it is ambiguous which existing values map to which fields") })
    }

    /// "When filling in a struct like this, ..." and "... will follow order:" lean on an example the script does not read.
    @Test func sentencesPointingAtAnExampleAreSkipped() throws {
        let read = try Self.read("gopls/internal/analysis/fillstruct: support embedded fields")
        #expect(!read.contains { $0.text.contains("like this") })
        #expect(!read.contains { $0.text.hasSuffix("order:") })
    }

    /// "I have struggled and failed to reproduce this behavior": the author's story, not the code's problem.
    @Test func theAuthorsOwnAccountIsNotAProblem() throws {
        let read = try Self.read("gopls/internal/golang: rewrite findDeclInfo using Cursor")
        #expect(!read.contains { $0.text.contains("I have struggled") })
    }

    /// "which is what git-log-script will become" follows a code block: the rest of a sentence.
    @Test func aContinuationAfterACodeBlockIsSkipped() throws {
        let read = try Self.read("Add 'git-rev-parse' helper script", in: "git-git-oldest-2000.medium.log.gz")
        #expect(!read.contains { $0.text.lowercased().hasPrefix("which") })
    }

    /// A whole sentence before a code block is kept; its colon is only where the example began.
    @Test func aLongLeadInToACodeBlockIsKept() throws {
        let read = try Self.read("gopls/internal/settings: restore fieldalignment analyzer")
        #expect(read.contains { $0.role == .effect && $0.text.hasPrefix("Users who want struct field alignment diagnostics can now enable it") })
        #expect(read.contains { $0.role == .effect && $0.text.hasPrefix("The analyzer is disabled by default") })
    }

    /// "Restrict the fix to ... and add a regression test" is what the change does, not a regression.
    @Test func anImperativeNamingATestIsTheChange() throws {
        let read = try Self.read("go/analysis/passes/modernize: avoid invalid stringscut fixes in multi-assignments")
        #expect(read.contains { $0.role == .change && $0.text.hasPrefix("Restrict the fix to single-name") })
        #expect(read.contains { $0.role == .problem && $0.text.hasPrefix("The stringscut modernizer could rewrite Index calls") })
    }
}

extension MessageReaderContextTests {
    /// git/git 2026-06-12: "Merge branch 'master' of https://github.com/j6t/git-gui" is not work for GitHub users.
    @Test func aHostInALinkIsNotWhoIsAffected() throws {
        let commit = try #require(try CorpusLog.commits("git-git-2026-summer.name-status.log").first {
            $0.subject.hasPrefix("Merge branch 'master' of https://github.com/")
        })
        #expect(!MessageReader.reading(commit.body, subject: commit.subject).affects.contains("GitHub"))
        #expect(MessageReader.reading("", subject: "ci: run the GitHub workflow on tags").affects == ["GitHub"])
    }
}

extension MessageReaderContextTests {
    /// "... cannot read commit ancestry. commit_contains() exposes that result ...": two sentences.
    @Test func aSentenceMayOpenWithALowerCaseIdentifier() {
        let body = "Without generation numbers, the walk can fail when it cannot read commit ancestry. commit_contains() exposes that result through a Boolean interface."
        let read = MessageReader.read(body)
        #expect(read.contains { $0.text == "Without generation numbers, the walk can fail when it cannot read commit ancestry." })
        #expect(!read.contains { $0.text.contains("ancestry. commit_contains") })
    }
}

extension MessageReaderContextTests {
    /// "The bug.Errorf has been downgraded to an ordinary error": `bug.Errorf` is a name, not a bug.
    @Test func aWordInsideADottedIdentifierIsNotAWord() {
        #expect(!MessageWords("The bug.Errorf has been downgraded to an ordinary error.").words.contains("bug"))
        #expect(MessageWords("This fixes a bug. Now it works.").words.contains("bug"))
    }
}

extension MessageReaderContextTests {
    /// git/git 2026-08-03: "Explicitly set sh mode for ssh-agent to prevent failure ..." is what the change does.
    @Test func anImperativeAfterAnAdverbIsTheChange() throws {
        let read = try Self.read("t7528: fix failure under csh", in: "git-git-2026-summer.name-status.log")
        #expect(read.contains { $0.role == .change && $0.text.hasPrefix("Explicitly set sh mode for ssh-agent") })
        #expect(!read.contains { $0.role == .problem && $0.text.hasPrefix("Explicitly") })
    }
}
