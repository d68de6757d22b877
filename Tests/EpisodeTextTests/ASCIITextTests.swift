import Foundation
import Testing
import EpisodeText
import EpisodeModel

/// The byte-level fast paths must give exactly what the `Character` and Foundation calls they
/// replace give, for ASCII text and (through their fallbacks) for any other text.
@Suite struct ASCIITextTests {
    static let samples = [
        "", " ", "   ", "plain", "  padded  ", "\t\nabc\r\n", "\u{0B}x\u{0C}", "x\u{1F}",
        "\u{00A0}non-breaking\u{00A0}", "line\u{2028}", "\u{3000}ideographic space", "  café  ", "e\u{301} ",
        " \u{301}combining first", "René Scharfe", "Orhun Parmaksız\r",
    ]

    @Test(arguments: samples) func trimmingMatchesFoundation(_ text: String) {
        #expect(text.trimmingWhitespace() == text.trimmingCharacters(in: .whitespacesAndNewlines))
        let padded = "  " + text + "\n"
        #expect(padded.dropFirst().trimmingWhitespace() == String(padded.dropFirst()).trimmingCharacters(in: .whitespacesAndNewlines))
    }

    @Test func asciiCheckFindsAByteAnywhere() {
        for length in 0...24 {
            let plain = String(repeating: "a", count: length)
            #expect(ASCIIText.isASCII(plain))
            for position in 0...length {
                var characters = Array(plain)
                characters.insert("é", at: position)
                #expect(!ASCIIText.isASCII(String(characters)), "é at \(position) of \(length)")
            }
        }
    }

    @Test func linesSplitLikeCharacters() {
        for text in ["", "one", "one\ntwo", "one\r\ntwo\n", "\n\nthree\n", "a\r\n\r\nb", "a\r\r\nb\n\r", "tail\n"] {
            #expect(ASCIIText.lines(of: text) == text.split(separator: "\n", omittingEmptySubsequences: false), "\(text.debugDescription)")
        }
    }

    @Test func searchesBytes() {
        #expect(ASCIIText.firstOffset(of: ": ", in: "runtime: fix") == 7)
        #expect(ASCIIText.firstOffset(of: ": ", in: "no colon here") == nil)
        #expect(ByteText.firstOffset(of: Array("commit ".utf8), in: Array("A COMMIT b".utf8), from: 0, caseInsensitive: true) == 2)
        #expect(ByteText.firstOffset(of: Array("commit ".utf8), in: Array("commit".utf8), from: 0, caseInsensitive: true) == nil)
    }

    @Test func wordAtATimeSearchFindsWhatTheByteSearchFinds() {
        let needle = Array("reverts commit ".utf8)
        let texts = ["", "reverts commit ", "This reverts commit abc.", "x REVERTS COMMIT y", "rrrrrrrrrrrrrrrrreverts commit",
                     String(repeating: "abcdefgh", count: 5) + "Reverts Commit 1234567", "reverts commi", "no match at all here, none",
                     "Reverts commit a; and again: reverts commit b" + String(repeating: " ", count: 13)]
        for text in texts {
            let bytes = Array(text.utf8)
            bytes.withUnsafeBufferPointer { buffer in
                for start in 0...bytes.count {
                    #expect(ByteText.firstOffsetIgnoringCase(of: needle, in: buffer, from: start)
                        == ByteText.firstOffset(of: needle, in: buffer, from: start, caseInsensitive: true), "\(text) from \(start)")
                }
            }
        }
    }

    @Test func comparesIgnoringCaseLikeLowercasing() {
        let pairs = [("Co-authored-by", "co-authored-by"), ("CO-AUTHORED-BY", "Co-authored-by"), ("Reviewed-by", "Reviewed-on"),
                     ("Acked-by", "acked-by "), ("\u{212A}ey", "key"), ("Straße", "STRASSE")]
        for (a, b) in pairs {
            #expect(ASCIIText.equalIgnoringCase(a, b) == (a.lowercased() == b.lowercased()), "\(a) vs \(b)")
        }
    }

    @Test func trailerLookupIgnoresCaseLikeLowercasing() {
        let commit = Commit(hash: "abc", trailers: [
            Trailer(key: "Co-authored-by", value: "A <a@example.com>"), Trailer(key: "CO-AUTHORED-BY", value: "B <b@example.com>"),
            Trailer(key: "Signed-off-by", value: "C <c@example.com>"), Trailer(key: "Reviewed-by", value: "D"),
        ])
        for key in ["Co-authored-by", "co-authored-by", "Reviewed-by", "Acked-by"] {
            #expect(commit.values(ofTrailer: key) == commit.trailers.filter { $0.key.lowercased() == key.lowercased() }.map(\.value))
        }
    }
}
