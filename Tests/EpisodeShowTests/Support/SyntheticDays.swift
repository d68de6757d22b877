import EpisodeModel

/// Big days built from the real 2026-06-08 commits, repeated under different hashes and
/// authors, to test the caps on stories, names and areas without the parser.
enum SyntheticDays {
    static func manyPeople(stories: Int) -> Analysis {
        let base = GoToolsDay.analysis
        var builder = AnalysisBuilder()
        for index in 0..<stories {
            let original = base.commits[index % base.commits.count]
            var commit = original.commit
            let suffix = String(index, radix: 16)
            commit.hash = String(commit.hash.dropLast(suffix.count)) + suffix
            // Real names of the corpus, reused so that many people land something.
            let authors = ["Alan Donovan", "Madeline Kalil", "qmuntal", "Hongxiang Jiang", "Peter Weinberger", "Ethan Lee", "Austin Clements", "Mateusz Poliwczak"]
            let name = index < authors.count ? authors[index] : "Contributor \(index % 40)"
            commit.author = Signature(name: name, email: "person\(index % 40)@example.com")
            builder.add(
                commit, area: original.area.id, spoken: original.area.spokenName, category: original.category,
                summary: original.summary, score: Double(stories - index) / 10, issues: original.issueReferences)
        }
        return builder.build()
    }
}
