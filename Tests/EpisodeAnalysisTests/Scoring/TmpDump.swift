import Testing
@testable import EpisodeAnalysis
import EpisodeModel

@Suite struct TmpDumpSignificance {
    @Test(arguments: [("git-cliff.stat.log", 3), ("git-git-2026-summer.name-status.log", 3), ("golang-tools-2026h1.fuller-numstat.log", 3)])
    func dump(name: String, count: Int) throws {
        let days = try CorpusDays.split(CorpusLog.commits(name))
        let busy = days.filter { $0.value.count >= 8 }.keys.sorted().suffix(count)
        for day in busy {
            let a = Analyzer(configuration: ShowConfiguration()).analyze(days[day]!)
            print("DUMP == \(name) \(day) \(a.stories.count) stories")
            for s in a.stories where s.rank <= 5 || s.rank > a.stories.count - 5 {
                print("DUMP \(s.rank) \(s.score.total) \(s.headline) :: " + s.score.reasons.map { "\($0.signal) \($0.points)" }.joined(separator: ", "))
            }
        }
    }
}
