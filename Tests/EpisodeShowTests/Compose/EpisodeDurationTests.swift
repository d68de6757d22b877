import Testing
@testable import EpisodeShow

@Suite struct EpisodeDurationTests {
    @Test(arguments: [(0, "PT0S"), (45, "PT45S"), (60, "PT1M"), (100, "PT1M40S"), (254, "PT4M14S"), (3600, "PT1H"), (3725, "PT1H2M5S")])
    func iso8601(seconds: Int, text: String) {
        #expect(EpisodeDuration.iso8601(seconds: seconds) == text)
    }

    @Test func secondsFromWords() {
        // EPISODE.md: 259 words at 155 words a minute is PT1M40S.
        #expect(EpisodeDuration.seconds(words: 259, wordsPerMinute: 155) == 100)
        #expect(EpisodeDuration.seconds(words: 0, wordsPerMinute: 155) == 0)
        #expect(EpisodeDuration.seconds(words: 1, wordsPerMinute: 155) == 1)
    }

    /// Found by probing: a rate of 1e-300 made the seconds too large for Int and crashed.
    @Test func tinyRateDoesNotOverflow() {
        #expect(EpisodeDuration.seconds(words: 259, wordsPerMinute: 1e-300) == Int(Int32.max))
    }

    @Test func wordCountIgnoresPunctuationOnlyTokens() {
        #expect(EpisodeDuration.wordCount("Hello, world — it's 2026.") == 4)
    }
}

@Suite struct ParagraphTests {
    @Test(arguments: [
        ("Six changes landed today\n from four people .", "Six changes landed today from four people."),
        ("It broke invalid .git files , really !", "It broke invalid .git files, really!"),
        ("  A\t\tB  ", "A B"),
        ("end ).", "end )."),
    ])
    func tidiesOneParagraph(input: String, expected: String) {
        #expect(Paragraph.tidy(input) == expected)
    }
}
