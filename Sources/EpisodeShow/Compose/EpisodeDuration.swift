import EpisodeText

/// How long a script takes to say, from its word count.
public enum EpisodeDuration {
    /// Seconds at `wordsPerMinute`, rounded to the nearest second (at least 1 for any words).
    public static func seconds(words: Int, wordsPerMinute: Double) -> Int {
        guard words > 0, wordsPerMinute > 0 else { return 0 }
        return max(1, Int((Double(words) * 60 / wordsPerMinute).rounded()))
    }

    /// ISO 8601 duration: `PT1M40S`, `PT45S`, `PT1H2M`, `PT0S`.
    public static func iso8601(seconds: Int) -> String {
        let h = seconds / 3600, m = (seconds % 3600) / 60, s = seconds % 60
        var text = "PT"
        if h > 0 { text += "\(h)H" }
        if m > 0 { text += "\(m)M" }
        if s > 0 || text == "PT" { text += "\(s)S" }
        return text
    }

    /// Words as a voice counts them: runs of letters or digits separated by spaces.
    public static func wordCount(_ text: String) -> Int {
        text.wordsBetweenSpaces().filter { $0.contains(where: { $0.isLetter || $0.isNumber }) }.count
    }
}
