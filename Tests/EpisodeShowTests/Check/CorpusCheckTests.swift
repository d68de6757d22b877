import Testing
import EpisodeModel
import EpisodeAnalysis
@testable import EpisodeShow

/// The checker over every day of real corpora: a draft as written passes, and a lightly edited
/// draft keeps every paragraph's provenance.
@Suite struct CorpusCheckTests {
    @Test(arguments: CorpusDays.corpora.map(\.file))
    func everyDraftPassesItsOwnCheckAndLightEditsKeepTheirCommits(file: String) throws {
        let days = try CorpusDays.cachedEpisodes(file)
        #expect(days.count > 50)
        for (day, episode) in days.map({ ($0.day, $0.episode) }) {
            let script = ScriptRenderer.render(episode)
            let report = ScriptChecker().report(script: script, against: episode)
            #expect(report.errors == 0, "\(file) \(day): \(report.findings.filter { $0.severity == .error })")
            #expect(report.paragraphs.allSatisfy { $0.status == .unchanged }, "\(file) \(day)")
            #expect(report.duration == episode.duration, "\(file) \(day)")

            // An editor drops the first word of every paragraph of more than ten words.
            let trimmed = episode.segments.map { segment in
                let words = segment.text.split(separator: " ")
                return words.count > 10 ? words.dropFirst().joined(separator: " ") : segment.text
            }
            let edited = ScriptChecker().report(script: trimmed.joined(separator: "\n\n") + "\n", against: episode)
            #expect(edited.paragraphs.map(\.segment) == episode.segments.indices.map { Optional($0) }, "\(file) \(day)")
            #expect(!edited.findings.contains { $0.kind == .untraceable || $0.kind == .numberNotInDraft || $0.kind == .unknownName },
                    "\(file) \(day): \(edited.findings)")
        }
    }
}
