import Foundation
@testable import EpisodeAnalysis
import EpisodeModel
import EpisodeTestSupport

/// Measures how well commit scores agree with what maintainers chose to tell users: the ROC AUC
/// of the scores against a label, with naive baselines beside it and a bootstrap spread. The
/// files that define a label are removed from each commit before scoring, so the label cannot
/// leak into the score. Pure; `SignificanceEvaluationTests` prints the figures.
struct SignificanceEvaluation {
    /// A commit with the label's files removed, and whether the maintainers put it forward.
    struct Case {
        var commit: Commit
        var positive: Bool
    }

    /// The AUC of one ranking with its bootstrap percentiles.
    struct Figure {
        var name: String
        var auc: Double
        var low: Double
        var high: Double

        var line: String {
            String(format: "%@ %.3f [%.3f, %.3f]", name.padding(toLength: 14, withPad: " ", startingAt: 0), auc, low, high)
        }
    }

    let label: String
    let cases: [Case]

    /// Commits whose files include one the label names together with at least one file that is not
    /// documentation; those files are then removed from every commit (and the `--stat` totals dropped).
    init(label: String, commits: [Commit], isLabelFile: (String) -> Bool) {
        self.label = label
        cases = commits.map { commit in
            let labelled = commit.files.contains { isLabelFile($0.path) }
            let code = commit.files.contains { !isLabelFile($0.path) && FileLayout.classify($0.path) != .docs }
            var stripped = commit
            if labelled {
                stripped.files.removeAll { isLabelFile($0.path) }
                stripped.diffSummary = nil
            }
            return Case(commit: stripped, positive: labelled && code)
        }
    }

    var positives: Int { cases.filter(\.positive).count }

    /// Each commit's total under `configuration`, scoring the whole log at once as `analyze` would.
    func scores(_ configuration: ShowConfiguration) -> [Double] {
        Analyzer(configuration: configuration).analyze(cases.map(\.commit)).commits.map(\.score.total)
    }

    /// The naive rankings a score must beat.
    var baselines: [(name: String, scores: [Double])] {
        [
            ("files touched", cases.map { Double($0.commit.files.count) }),
            ("log size", cases.map { commit in
                let lines = commit.commit.linesChanged
                return Double(lines.added + lines.deleted)
            }),
            ("message size", cases.map { Double($0.commit.subject.utf8.count + $0.commit.body.utf8.count) }),
        ]
    }

    /// The AUC of `scores` on the cases whose index passes `include`, with its 2.5th and 97.5th
    /// bootstrap percentiles over `resamples` resamples drawn with a fixed seed.
    func figure(_ name: String, scores: [Double], include: (Int) -> Bool = { _ in true }, resamples: Int = 1000) -> Figure {
        bootstrap(name, include: include, resamples: resamples) { SignificanceEvaluation.rocAUC($0.map { scores[$0] }, labels: $0.map { cases[$0].positive }) }
    }

    /// How far the AUC of `scores` is above that of `baseline`, with the percentiles of the
    /// difference on the same resamples: two overlapping spreads can still be a clear gain.
    func gain(_ name: String, scores: [Double], over baseline: [Double], include: (Int) -> Bool = { _ in true }, resamples: Int = 1000) -> Figure {
        bootstrap(name, include: include, resamples: resamples) { drawn in
            let labels = drawn.map { cases[$0].positive }
            return SignificanceEvaluation.rocAUC(drawn.map { scores[$0] }, labels: labels)
                - SignificanceEvaluation.rocAUC(drawn.map { baseline[$0] }, labels: labels)
        }
    }

    /// `statistic` on the included cases, and its 2.5th and 97.5th percentiles over resamples drawn
    /// with a fixed seed (the same resamples for every statistic); resamples it gives `nan` are skipped.
    private func bootstrap(_ name: String, include: (Int) -> Bool, resamples: Int, statistic: ([Int]) -> Double) -> Figure {
        let indices = cases.indices.filter(include)
        let value = statistic(indices)
        var generator = SplitMix(seed: 2026)
        var samples: [Double] = []
        for _ in 0..<resamples {
            let drawn = indices.map { _ in indices[Int(generator.next() % UInt64(indices.count))] }
            let sample = statistic(drawn)
            if !sample.isNaN { samples.append(sample) }
        }
        samples.sort()
        func percentile(_ p: Double) -> Double { samples.isEmpty ? .nan : samples[min(samples.count - 1, Int(p * Double(samples.count)))] }
        return Figure(name: name, auc: value, low: percentile(0.025), high: percentile(0.975))
    }

    /// The probability that a random positive scores above a random negative; ties count half.
    /// `nan` when either class is empty.
    static func rocAUC(_ scores: [Double], labels: [Bool]) -> Double {
        let positives = zip(scores, labels).filter(\.1).map(\.0).sorted()
        let negatives = zip(scores, labels).filter { !$0.1 }.map(\.0).sorted()
        guard !positives.isEmpty, !negatives.isEmpty else { return .nan }
        var wins = 0.0
        var below = 0
        var equalEnd = 0
        for score in positives {
            while below < negatives.count, negatives[below] < score { below += 1 }
            if equalEnd < below { equalEnd = below }
            while equalEnd < negatives.count, negatives[equalEnd] == score { equalEnd += 1 }
            wins += Double(below) + Double(equalEnd - below) / 2
        }
        return wins / Double(positives.count * negatives.count)
    }
}
