import Foundation
import EpisodeModel

/// Builds `ReviewData` from an episode and the analysis it was composed from. Pure.
public enum ReviewDataBuilder {
    public static func build(episode: Episode, analysis: Analysis) -> ReviewData {
        var sentences: [ReviewData.Sentence] = []
        for (index, segment) in episode.segments.enumerated() {
            for _ in SentenceTools.sentences(in: segment.text) {
                sentences.append(ReviewData.Sentence(id: sentences.count, segment: index, kind: segment.kind, commits: segment.commits))
            }
        }
        let analyzed = Dictionary(analysis.commits.map { ($0.commit.hash, $0) }, uniquingKeysWith: { first, _ in first })
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
