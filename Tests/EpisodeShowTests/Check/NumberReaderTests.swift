import Testing
@testable import EpisodeShow

@Suite struct NumberReaderTests {
    @Test(arguments: [
        ("Six changes landed", ["6"]),
        ("twenty-three people and 2026, too", ["23", "2026"]),
        ("twenty three of them", ["23"]),
        ("on June eighth, the 8th", ["8", "8"]),
        ("1,200 lines in 1.27", ["1200", "1.27"]),
        ("ninety-nine and forty", ["99", "40"]),
        ("fifty% of it", ["50"]),
        ("50% done", ["50"]),
        ("the one that broke, one of them, no one else", []),
        ("One change from one person", ["1", "1"]),
        ("at first, a second look", []),
        ("go1.22 and v2 and 1.2.3", []),
    ])
    func readsNumbers(text: String, values: [String]) {
        #expect(NumberReader.values(in: text) == values)
    }

    @Test func everyCountTheShowSaysReadsBack() {
        for n in 0...150 {
            #expect(NumberReader.values(in: SpokenNumber.counted(n, "change")) == [String(n)], "\(n)")
        }
    }
}
