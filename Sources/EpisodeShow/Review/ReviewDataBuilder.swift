import Foundation
import EpisodeModel

/// Builds `ReviewData` from an episode and the analysis it was composed from. Pure.
public enum ReviewDataBuilder {
    public static func build(episode: Episode, analysis: Analysis) -> ReviewData {
        let analyzed = Dictionary(analysis.commits.map { ($0.commit.hash, $0) }, uniquingKeysWith: { first, _ in first })
        var sentences: [ReviewData.Sentence] = []
        for (index, segment) in episode.segments.enumerated() {
            for sentence in SentenceTools.sentences(in: segment.text) {
                let named = segment.commits.filter { hash in
                    analyzed[hash].map { says(sentence, $0.summary) } ?? false
                }
                sentences.append(
                    ReviewData.Sentence(id: sentences.count, segment: index, kind: segment.kind, commits: segment.commits, named: named))
            }
        }
        var commits: [String: ReviewData.Commit] = [:]
        for commit in episode.commits {
            let scriptText = episode.segments.filter { $0.commits.contains(commit.hash) }.map(\.text).joined(separator: " ")
            let facts = analyzed[commit.hash]
            commits[commit.hash] = ReviewData.Commit(
                hash: commit.hash, shortHash: commit.shortHash, subject: commit.subject, author: commit.author, area: commit.area,
                category: facts?.category.rawValue ?? "other", link: commit.link, score: facts?.score.total ?? 0,
                reasons: facts?.score.reasons.map { ReviewData.Reason(signal: $0.signal, points: $0.points, detail: $0.detail) } ?? [],
                message: messageSentences(facts?.commit.body ?? "", usedIn: scriptText))
        }
        return ReviewData(sentences: sentences, commits: commits)
    }

    /// Whether `sentence` says `summary`: at least two of the summary's words of four letters or
    /// more, and at least 60% of them, begin a word of the sentence ("remove" in "removed"), ignoring case.
    static func says(_ sentence: String, _ summary: String) -> Bool {
        func words(_ text: String) -> [String] {
            text.lowercased().split(whereSeparator: { !($0.isLetter || $0.isNumber) }).map(String.init)
        }
        let spoken = words(sentence)
        let key = Set(words(summary).filter { $0.count >= 4 })
        guard key.count >= 2 else { return false }
        let found = key.filter { word in spoken.contains { $0.hasPrefix(word) } }.count
        return Double(found) >= 0.6 * Double(key.count)
    }

    /// The body's sentences, each marked when the script says it (ignoring case and the final stop).
    static func messageSentences(_ body: String, usedIn script: String) -> [ReviewData.MessageSentence] {
        let spoken = script.lowercased()
        let paragraphs = body.split(separator: "\n", omittingEmptySubsequences: false)
            .split(whereSeparator: { $0.trimmingCharacters(in: .whitespaces).isEmpty })
            .map { $0.map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ") }
        return paragraphs.flatMap { SentenceTools.sentences(in: $0) }.map { sentence in
            var core = sentence.lowercased()
            while let last = core.last, ".!?".contains(last) { core.removeLast() }
            let used = SentenceTools.wordCount(core) >= 3 && spoken.contains(core)
            return ReviewData.MessageSentence(text: sentence, used: used)
        }
    }
}
