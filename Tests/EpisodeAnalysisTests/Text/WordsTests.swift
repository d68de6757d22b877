import Testing
@testable import EpisodeAnalysis

@Suite struct WordsTests {
    /// Words as they were read before the byte path: scalars, `isAlphabetic`, then `lowercased()`.
    static func referenceWords(_ text: String) -> [String] {
        var words: [String] = []
        var current = ""
        for scalar in text.unicodeScalars {
            if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "'" || scalar == "_" {
                current.unicodeScalars.append(scalar)
            } else if !current.isEmpty {
                words.append(current.lowercased())
                current = ""
            }
        }
        if !current.isEmpty { words.append(current.lowercased()) }
        return words
    }

    @Test(arguments: [
        "", "Fix a DATA race in the scheduler", "cmd/go: don't panic on go.mod_v2", "Ça plante : panic à l'exécution",
        "Orhun Parmaksız fixed 3 typos", "x\u{301}y über-long-identifier_with_underscores_and_more_than_sixteen_bytes",
    ])
    func wordsMatchTheReference(_ text: String) {
        let words = Words(text)
        #expect(words.list == WordsTests.referenceWords(text))
        #expect(words.first == WordsTests.referenceWords(text).first)
    }

    @Test func phrasesNeedTheirWordsInARow() {
        let words = Words("Fix a data race, and a race in data handling")
        #expect(words.mentions("data race"))
        #expect(!words.mentions("race data"))
        #expect(words.mentions("handling"))
        #expect(!words.mentions("data handling race"))
        #expect(words.firstMention(of: ["leak", "race", "data race"]) == "race")
        #expect(words.firstMention(of: PhraseList(["crash", "panic"])) == nil)
        #expect(Words("Internal Error: oops").firstMention(of: SignificanceScorer.problemPhraseLists[0].1) == "internal error")
    }

    @Test func longWordsCompareAsStrings() {
        let long = "supercalifragilistic"
        #expect(long.utf8.count > 16)
        let words = Words("A supercalifragilistic change, not a supercalifragilisticexpialidocious one")
        #expect(words.firstMention(of: [long]) == long)
        #expect(words.firstMention(of: ["supercalifragilisticexpialidocious one"]) == "supercalifragilisticexpialidocious one")
        #expect(Words("supercalifragilisticexpialidocious").firstMention(of: [long]) == nil)
        #expect(words.mentions(of: PhraseList(["change", "one", "two"])) == ["change", "one"])
    }
}
