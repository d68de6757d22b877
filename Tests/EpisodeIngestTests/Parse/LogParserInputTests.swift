import EpisodeIngest
import EpisodeTestSupport
import EpisodeModel
import Foundation
import Testing

/// Bad input and the things a user's git configuration adds: each has a defined result.
@Suite struct LogParserInputTests {
    /// Two commits in the default format, as git prints them (taken from the git/git corpus log).
    static let twoCommits = """
        commit 1a3e64c6c4a623626ff0687008732a8e007e2a1c
        Author: Junio C Hamano <gitster@pobox.com>
        Date:   Thu Aug 20 07:30:30 2026 -0700

            The 16th batch
            
            Signed-off-by: Junio C Hamano <gitster@pobox.com>

        commit 3f664917c20733253934d3c4ff8330a7a60f27b7
        Merge: 2f6614658f 4515c86fd9
        Author: Junio C Hamano <gitster@pobox.com>
        Date:   Thu Aug 20 07:30:52 2026 -0700

            Merge branch 'kh/doc-trailers'

        """

    @Test func wholeInputHelperMatchesStreaming() {
        let whole = LogParser.parse(Array(Self.twoCommits.utf8))
        #expect(whole.commits == ParseTestSupport.parse(Self.twoCommits, chunkSize: 3).commits)
        #expect(whole.commits.count == 2)
        #expect(whole.issues.isEmpty)
    }

    @Test func emptyInputGivesNoCommitsAndNoIssues() {
        let result = ParseTestSupport.parse("")
        #expect(result.commits.isEmpty)
        #expect(result.issues.isEmpty)
        let blank = ParseTestSupport.parse("\n\n\r\n")
        #expect(blank.commits.isEmpty)
        #expect(blank.issues.isEmpty)
    }

    @Test func textThatIsNotAGitLogGivesOneIssueOnLineOne() {
        let result = ParseTestSupport.parse("# episodegen\n\nTurns git log output into a podcast.\nSee Docs/.\n")
        #expect(result.commits.isEmpty)
        #expect(result.issues.count == 1)
        #expect(result.issues.first?.line == 1)
        #expect(result.issues.first?.message.contains("not a git log") == true)
        #expect(result.issues.first?.message.hasSuffix("found '# episodegen' (and 2 more such lines up to line 4)") == true)
    }

    @Test func logCutOffInTheHeadersKeepsTheCommitAndNamesTheLine() {
        let cut = Self.twoCommits.components(separatedBy: "Author: Junio C Hamano <gitster@pobox.com>\nDate:   Thu Aug 20 07:30:52")[0]
            + "Author: Junio C Hamano <gitster@pobox.com>\n"
        let result = ParseTestSupport.parse(cut)
        #expect(result.commits.count == 2)
        #expect(result.commits.last?.author?.name == "Junio C Hamano")
        #expect(result.commits.last?.parents == ["2f6614658f", "4515c86fd9"])
        #expect(result.issues.count == 1)
        #expect(result.issues.first?.line == 11)
        #expect(result.issues.first?.message.contains("cut off") == true)
    }

    @Test func logCutOffInsideAPatchHunkIsReported() {
        let text = """
            commit 5963160d7303111a217ee8453189d23a1c87925a
            Author: Artem Shmelev <artem.shmelev@gmail.com>
            Date:   Wed Aug 5 01:37:26 2026 +0300

                fix(remote): use the default HTTP timeout

            diff --git a/git-cliff-core/src/config.rs b/git-cliff-core/src/config.rs
            index 93f3be3e..44cf86d7 100644
            --- a/git-cliff-core/src/config.rs
            +++ b/git-cliff-core/src/config.rs
            @@ -275,7 +275,7 @@ impl RemoteConfig {
             }
            -#[derive(Debug, Default, Clone)]

            """
        let result = ParseTestSupport.parse(text)
        #expect(result.commits.count == 1)
        #expect(result.commits.first?.files.first?.deletions == 1)
        #expect(result.issues.map(\.line) == [13])
    }

    @Test func inputWithoutFinalNewlineIsReportedAsPossiblyCutOff() {
        let text = String(Self.twoCommits.dropLast())
        let result = ParseTestSupport.parse(text)
        #expect(result.commits.count == 2)
        #expect(result.commits.last?.subject == "Merge branch 'kh/doc-trailers'")
        #expect(result.issues.map(\.line) == [14])
    }

    @Test func strayLinesBetweenCommitsGiveOneIssueAndParsingGoesOn() {
        let text = Self.twoCommits.replacingOccurrences(
            of: "\ncommit 3f66", with: "\nthis line was pasted here\nand this one too\n\ncommit 3f66")
        let result = ParseTestSupport.parse(text)
        #expect(result.commits.count == 2)
        #expect(result.commits.map(\.subject) == ["The 16th batch", "Merge branch 'kh/doc-trailers'"])
        #expect(result.issues.count == 1)
        #expect(result.issues.first?.line == 9)
        #expect(result.issues.first?.message.contains("'this line was pasted here'") == true)
        #expect(result.issues.first?.message.hasSuffix("(and 1 more such line up to line 10)") == true)
    }

    @Test func unknownHeaderLineIsReportedWithWhatWasExpected() {
        let text = Self.twoCommits.replacingOccurrences(of: "Merge: 2f6614658f 4515c86fd9\n", with: "Merged-by: someone\n")
        let result = ParseTestSupport.parse(text)
        #expect(result.commits.count == 2)
        #expect(result.issues.count == 1)
        #expect(result.issues.first?.line == 10)
        #expect(result.issues.first?.message.hasPrefix("expected 'Author:', 'Date:', 'Merge:' or a blank line after 'commit <hash>' (line 9), found 'Merged-by: someone'") == true)
    }

    @Test func headerLookingLinesInsideTheMessageAreMessageText() {
        let text = """
            commit 1a3e64c6c4a623626ff0687008732a8e007e2a1c
            Author: Junio C Hamano <gitster@pobox.com>
            Date:   Thu Aug 20 07:30:30 2026 -0700

                Revert "The 16th batch"
                
                This reverts
                commit 3f664917c20733253934d3c4ff8330a7a60f27b7
                Author: Someone Else <x@example.com>
                Date:   Thu Aug 20 07:30:52 2026 -0700
                Merge: 2f6614658f 4515c86fd9

            """
        let result = ParseTestSupport.parse(text)
        #expect(result.issues.isEmpty)
        #expect(result.commits.count == 1)
        #expect(result.commits.first?.author?.name == "Junio C Hamano")
        #expect(result.commits.first?.parents == [])
        #expect(result.commits.first?.body == """
            This reverts
            commit 3f664917c20733253934d3c4ff8330a7a60f27b7
            Author: Someone Else <x@example.com>
            Date:   Thu Aug 20 07:30:52 2026 -0700
            Merge: 2f6614658f 4515c86fd9
            """)
        #expect(result.commits.first?.trailers == [])
    }

    @Test func notesBlocksBecomeNotes() {
        let text = """
            commit 1a3e64c6c4a623626ff0687008732a8e007e2a1c
            Author: Junio C Hamano <gitster@pobox.com>
            Date:   Thu Aug 20 07:30:30 2026 -0700

                The 16th batch

            Notes:
                Tested on Linux and macOS.
                Second line.

            Notes (review):
                Looks good.

            commit 3f664917c20733253934d3c4ff8330a7a60f27b7
            Author: Junio C Hamano <gitster@pobox.com>
            Date:   Thu Aug 20 07:30:52 2026 -0700

                Merge branch 'kh/doc-trailers'

            """
        let result = ParseTestSupport.parse(text)
        #expect(result.issues.isEmpty)
        #expect(result.commits.count == 2)
        #expect(result.commits.first?.notes == "Tested on Linux and macOS.\nSecond line.\n\nLooks good.")
        #expect(result.commits.first?.body == "")
        #expect(result.commits.last?.notes == nil)
    }

    @Test func signatureLinesAreSkipped() {
        let text = Self.twoCommits.replacingOccurrences(of: "a8e007e2a1c\nAuthor:", with: """
            a8e007e2a1c
            gpg: Signature made Thu Aug 20 07:30:30 2026 PDT
            gpg:                using RSA key 96AFE6CB!
            gpg: Good signature from "Junio C Hamano <gitster@pobox.com>" [unknown]
            gpg: WARNING: This key is not certified with a trusted signature!
            Primary key fingerprint: 96E0 7AF2 5771 9559 80DA  D100 20D0 4E5A 7136 60A7
            Author:
            """)
        let result = ParseTestSupport.parse(text)
        #expect(result.issues.isEmpty)
        #expect(result.commits.count == 2)
        #expect(result.commits.first?.author?.name == "Junio C Hamano")
        #expect(result.commits.first?.subject == "The 16th batch")
    }

    @Test func ansiColoursAreStripped() {
        let escape = "\u{1B}"
        let text = """
            \(escape)[33mcommit 5963160d7303111a217ee8453189d23a1c87925a\(escape)[m\(escape)[33m (\(escape)[m\(escape)[1;36mHEAD -> \(escape)[m\(escape)[1;32mmain\(escape)[m\(escape)[33m, \(escape)[m\(escape)[1;33mtag: v2.13.1\(escape)[m\(escape)[33m)\(escape)[m
            Author: Artem Shmelev <artem.shmelev@gmail.com>
            Date:   Wed Aug 5 01:37:26 2026 +0300

                fix(remote): use the default HTTP timeout

             git-cliff-core/src/config.rs | 41 \(escape)[32m+++++\(escape)[m\(escape)[31m--\(escape)[m
             1 file changed, 35 insertions(+), 6 deletions(-)

            """
        let result = ParseTestSupport.parse(text)
        #expect(result.issues.isEmpty)
        #expect(result.commits.first?.hash == "5963160d7303111a217ee8453189d23a1c87925a")
        #expect(result.commits.first?.decorations == ["HEAD -> main", "tag: v2.13.1"])
        #expect(result.commits.first?.files == [FileChange(path: "git-cliff-core/src/config.rs", changedLines: 41)])
        #expect(result.commits.first?.diffSummary == DiffSummary(filesChanged: 1, insertions: 35, deletions: 6))
    }

    @Test func cQuotedPathsAreUnquoted() {
        let text = """
            commit 1a3e64c
            Author: René Scharfe <l.s.r@web.de>
            Date:   Thu Aug 20 07:30:30 2026 -0700

                Add files with unusual names

            A\t"caf\\303\\251.txt"
            M\t"tab\\there \\"quoted\\""
            R090\t"caf\\303\\251.txt"\tplain.txt

            """
        let result = ParseTestSupport.parse(text)
        #expect(result.issues.isEmpty)
        #expect(result.commits.first?.files == [
            FileChange(path: "café.txt", kind: .added),
            FileChange(path: "tab\there \"quoted\"", kind: .modified),
            FileChange(path: "plain.txt", oldPath: "café.txt", kind: .renamed, similarity: 90),
        ])
    }

    @Test func abbreviatedAndSHA256HashesAndParentsAreRead() {
        let sha256 = String(repeating: "0123456789abcdef", count: 4)
        let text = """
            commit \(sha256) \(String(sha256.reversed()))
            Author: Junio C Hamano <gitster@pobox.com>
            Date:   Thu Aug 20 07:30:30 2026 -0700

                SHA-256 commit

            commit 1a3e64c (tag: v2.56.0)
            Author: Junio C Hamano <gitster@pobox.com>
            Date:   Thu Aug 20 07:30:30 2026 -0700

                Abbreviated commit

            """
        let result = ParseTestSupport.parse(text)
        #expect(result.issues.isEmpty)
        #expect(result.commits.map(\.hash) == [sha256, "1a3e64c"])
        #expect(result.commits.first?.parents == [String(sha256.reversed())])
        #expect(result.commits.last?.decorations == ["tag: v2.56.0"])
    }

    @Test func crlfLineEndsParseLikeLF() {
        let lf = ParseTestSupport.parse(Self.twoCommits)
        let crlf = ParseTestSupport.parse(Self.twoCommits.replacingOccurrences(of: "\n", with: "\r\n"))
        #expect(crlf.issues.isEmpty)
        #expect(crlf.commits == lf.commits)
        #expect(crlf.commits.count == 2)
    }

    @Test(arguments: [
        ("UTF-16LE with BOM", [0xFF, 0xFE] as [UInt8], true),
        ("UTF-16BE with BOM", [0xFE, 0xFF], false),
        ("UTF-16LE without BOM", [], true),
        ("UTF-8 with BOM", [0xEF, 0xBB, 0xBF], nil),
    ] as [(String, [UInt8], Bool?)])
    func utf16AndBOMInputIsConverted(name: String, prefix: [UInt8], littleEndian: Bool?) {
        let text = Self.twoCommits.replacingOccurrences(of: "Junio C Hamano <gitster", with: "Ævar Arnfjörð 😀 <avar")
            .replacingOccurrences(of: "\n", with: "\r\n")
        var bytes = prefix
        if let littleEndian {
            for unit in text.utf16 {
                let pair = littleEndian ? [UInt8(unit & 0xFF), UInt8(unit >> 8)] : [UInt8(unit >> 8), UInt8(unit & 0xFF)]
                bytes.append(contentsOf: pair)
            }
        } else {
            bytes.append(contentsOf: text.utf8)
        }
        let expected = ParseTestSupport.parse(text).commits
        for chunk in [nil, 3, 7] as [Int?] {
            let result = ParseTestSupport.parse(bytes, chunkSize: chunk)
            #expect(result.issues.isEmpty, "\(name)")
            #expect(result.commits == expected, "\(name) chunk \(chunk ?? 0)")
            #expect(result.commits.first?.author?.name == "Ævar Arnfjörð 😀", "\(name)")
        }
    }

    @Test func latin1BytesAreDecodedPerLine() {
        var bytes = Array("""
            commit 1a3e64c6c4a623626ff0687008732a8e007e2a1c
            Author: Ren
            """.utf8)
        bytes += [0xE9] + Array(" Scharfe <l.s.r@web.de>\nDate:   Thu Aug 20 07:30:30 2026 -0700\n\n    Caf".utf8) + [0xE9]
        bytes += Array(" \u{93}quoted\u{94}".utf8) + Array("\n    \n    utf-8 line: é\n    latin1 line: ".utf8) + [0xE9, 0x93, 0x0A]
        let result = ParseTestSupport.parse(bytes)
        #expect(result.issues.isEmpty)
        #expect(result.commits.first?.author?.name == "René Scharfe")
        #expect(result.commits.first?.body == "utf-8 line: é\nlatin1 line: é“")
        #expect(result.commits.first?.subject.hasPrefix("Café ") == true)
    }

    @Test func binaryGarbageAndNULBytesNeverCrash() {
        var generator = SplitMix(seed: 42)
        var garbage: [UInt8] = (0..<200_000).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
        let result = ParseTestSupport.parse(garbage, chunkSize: 1000)
        #expect(result.commits.isEmpty)
        #expect(!result.issues.isEmpty)
        #expect(result.issues.count <= LogParser.issueLimit + 1)

        let parts = Self.twoCommits.components(separatedBy: "16th")
        garbage = Array(parts[0].utf8) + [0x00, 0xFF, 0x00, 0x01] + Array(parts[1].utf8)
        let withNUL = ParseTestSupport.parse(garbage)
        #expect(withNUL.issues.isEmpty)
        #expect(withNUL.commits.count == 2)
        #expect(withNUL.commits.first?.subject == "The \u{0}ÿ\u{0}\u{1} batch")
    }

    @Test func parentsOnTheCommitLineWin() {
        let text = Self.twoCommits.replacingOccurrences(
            of: "commit 3f664917c20733253934d3c4ff8330a7a60f27b7",
            with: "commit 3f664917c20733253934d3c4ff8330a7a60f27b7 2f6614658f13fd70a1a402d5b8ed443daa471be2 4515c86fd9aa")
        let result = ParseTestSupport.parse(text)
        #expect(result.commits.last?.parents == ["2f6614658f13fd70a1a402d5b8ed443daa471be2", "4515c86fd9aa"])
    }

    @Test func onelineWithParentsAndStat() {
        let text = """
            5963160 122642a fix(remote): use the default HTTP timeout (#1597)
             git-cliff-core/src/config.rs | 41 +++++++++++++++++++++++++++++++++++------
             1 file changed, 35 insertions(+), 6 deletions(-)

            122642a chore(clippy): remove redundant reference

            """
        let result = ParseTestSupport.parse(text)
        #expect(result.issues.isEmpty)
        #expect(result.commits.map(\.hash) == ["5963160", "122642a"])
        #expect(result.commits.first?.parents == ["122642a"])
        #expect(result.commits.first?.subject == "fix(remote): use the default HTTP timeout (#1597)")
        #expect(result.commits.first?.diffSummary?.insertions == 35)
    }

    @Test func graphKeepsMessageLinesThatLookLikeGraphOrCommits() {
        let text = """
            *   commit 3f664917c20733253934d3c4ff8330a7a60f27b7
            |\\  Merge: 2f6614658f 4515c86fd9
            | | Author: Junio C Hamano <gitster@pobox.com>
            | | Date:   Thu Aug 20 07:30:52 2026 -0700
            | | 
            | |     Merge branch 'kh/doc-trailers'
            | |     
            | |     * kh/doc-trailers:
            | |       doc: interpret-trailers: explain key format
            | |     ***
            | |     | not a graph
            | |     commit 1234567 is mentioned here
            | | 
            | * commit 4515c86fd9aa1c7a4a9a4b3b5e2e0d4b1c2d3e4f
            |/  Author: Kristoffer Haugsbakk <code@khaugsbakk.name>
            |   Date:   Tue Aug 4 10:00:00 2026 +0200
            |   
            |       doc: interpret-trailers: explain key format
            |   
            * commit 2f6614658f13fd70a1a402d5b8ed443daa471be2
              Author: Junio C Hamano <gitster@pobox.com>
              Date:   Thu Aug 20 07:30:52 2026 -0700
              
                  Merge branch 'ps/odb-make-creation-pluggable'

            """
        let result = ParseTestSupport.parse(text)
        #expect(result.issues.isEmpty)
        #expect(result.commits.map { String($0.hash.prefix(10)) } == ["3f664917c2", "4515c86fd9", "2f6614658f"])
        #expect(result.commits.first?.parents == ["2f6614658f", "4515c86fd9"])
        #expect(result.commits.first?.body == """
            * kh/doc-trailers:
              doc: interpret-trailers: explain key format
            ***
            | not a graph
            commit 1234567 is mentioned here
            """)
        #expect(result.commits[1].author?.name == "Kristoffer Haugsbakk")
        #expect(result.commits[1].subject == "doc: interpret-trailers: explain key format")
    }
}
