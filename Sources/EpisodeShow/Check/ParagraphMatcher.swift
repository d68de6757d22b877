import EpisodeText

/// Matches paragraphs of an edited script to the draft's segments. Pure and deterministic.
///
/// A paragraph equal to a segment (spacing aside) is unchanged. Otherwise its similarity to
/// each segment is the Dice ratio over words, `2 × LCS / (paragraph words + segment words)`,
/// where LCS is the longest common subsequence of their normalised words (lowercase, without
/// surrounding punctuation): word order counts, a changed word costs little, a paragraph cut
/// in two still matches its source (two thirds for each half). The best segment wins, ties
/// to the earlier one; below `threshold` the paragraph is new. Several paragraphs may match
/// the same segment (a paragraph split in two).
public struct ParagraphMatcher: Sendable {
    /// Lowest similarity, 0 to 1, at which an edited paragraph still carries a segment's commits.
    public var threshold: Double

    public init(threshold: Double = 0.5) {
        self.threshold = threshold
    }

    /// One match per paragraph, in the paragraphs' order.
    public func match(_ paragraphs: [ScriptParagraph], to segments: [Segment]) -> [ParagraphMatch] {
        let segmentWords = segments.map { Self.normalisedWords($0.text) }
        let segmentTexts = segments.map { Self.collapsed($0.text) }
        return paragraphs.map { paragraph in
            let text = Self.collapsed(paragraph.text)
            if let exact = segmentTexts.firstIndex(of: text) {
                return ParagraphMatch(
                    line: paragraph.firstLine, lastLine: paragraph.lastLine, status: .unchanged, segment: exact,
                    kind: segments[exact].kind, commits: segments[exact].commits, similarity: 100)
            }
            let words = Self.normalisedWords(paragraph.text)
            var best: (index: Int, score: Double)?
            for (index, candidate) in segmentWords.enumerated() {
                let score = Self.similarity(words, candidate)
                if score > (best?.score ?? 0) { best = (index, score) }
            }
            guard let best, best.score >= threshold else {
                let percent = Int(((best?.score ?? 0) * 100).rounded(.down))
                return ParagraphMatch(
                    line: paragraph.firstLine, lastLine: paragraph.lastLine, status: .new, segment: nil, kind: nil, commits: [],
                    similarity: percent)
            }
            // Equal words but different punctuation or case is still an edit; never report 100 for one.
            let percent = min(99, Int((best.score * 100).rounded(.down)))
            return ParagraphMatch(
                line: paragraph.firstLine, lastLine: paragraph.lastLine, status: .edited, segment: best.index,
                kind: segments[best.index].kind, commits: segments[best.index].commits, similarity: percent)
        }
    }

    /// `2 × LCS / (a + b)` over words; 0 when both are empty.
    public static func similarity(_ a: [String], _ b: [String]) -> Double {
        guard !a.isEmpty || !b.isEmpty else { return 0 }
        return 2 * Double(longestCommonSubsequence(a, b)) / Double(a.count + b.count)
    }

    /// Length of the longest common subsequence, in O(a × b) time and O(b) memory.
    static func longestCommonSubsequence(_ a: [String], _ b: [String]) -> Int {
        guard !a.isEmpty, !b.isEmpty else { return 0 }
        var previous = [Int](repeating: 0, count: b.count + 1)
        var current = previous
        for x in a {
            for (j, y) in b.enumerated() {
                current[j + 1] = x == y ? previous[j] + 1 : max(previous[j + 1], current[j])
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }

    /// Lowercased words without surrounding punctuation; words of only punctuation are dropped.
    static func normalisedWords(_ text: String) -> [String] {
        ScriptWord.unplaced(in: text)
            .map { $0.core.lowercased() }
            .filter { !$0.isEmpty }
    }

    /// Runs of whitespace as one space, none at the ends.
    static func collapsed(_ text: String) -> String {
        text.wordsBetweenSpaces().joined(separator: " ")
    }
}
