/// Markdown show notes: title, the show/date/duration line, the summary, the stories with
/// their commits and links, the contributors and a table of all commits. Pure.
///
/// The notes may carry what the script must not say: hashes, paths, issue numbers, links.
/// Notes end up on web pages, so text from commits is made inert (`MarkdownEscaping.inert`),
/// links go only to http(s) addresses, and control characters are dropped.
public enum NotesRenderer {
    public static func render(_ episode: Episode) -> String {
        let commits = Dictionary(episode.commits.map { ($0.hash, $0) }, uniquingKeysWith: { first, _ in first })
        var lines: [String] = []
        lines.append("# " + MarkdownEscaping.inert(episode.title))
        lines.append("\(MarkdownEscaping.inert(episode.showName)) · \(episode.writtenDate) · \(episode.duration)")
        lines.append("")
        lines.append(MarkdownEscaping.inert(episode.summary))

        let stories = episode.stories.filter(\.toldInFull)
        let others = episode.stories.filter { !$0.toldInFull }
        if !episode.stories.isEmpty {
            lines.append("")
            lines.append("## Stories")
            lines.append("")
            for story in stories { lines.append(storyLine(story, commits: commits)) }
            if !others.isEmpty {
                if !stories.isEmpty {
                    lines.append("")
                    lines.append("### Also landed")
                    lines.append("")
                }
                for story in others { lines.append(storyLine(story, commits: commits)) }
            }
        }

        if !episode.contributors.isEmpty {
            lines.append("")
            lines.append("## Contributors")
            lines.append("")
            let people = episode.contributors.filter { !$0.isBot }.map(contributor)
            let bots = episode.contributors.filter(\.isBot).map(contributor)
            if !people.isEmpty { lines.append(people.joined(separator: ", ")) }
            if !bots.isEmpty {
                if !people.isEmpty { lines.append("") }
                lines.append("Automated: " + bots.joined(separator: ", "))
            }
        }

        if !episode.commits.isEmpty {
            lines.append("")
            lines.append("## All commits")
            lines.append("")
            lines.append("| commit | author | area | subject |")
            lines.append("| --- | --- | --- | --- |")
            for commit in episode.commits {
                let hash = MarkdownEscaping.link(MarkdownEscaping.code(commit.shortHash), commit.link)
                let author = MarkdownEscaping.cell(MarkdownEscaping.inert(commit.author)) + (commit.isBot ? " (bot)" : "")
                let area = MarkdownEscaping.cell(MarkdownEscaping.inert(commit.area))
                lines.append("| \(hash) | \(author) | \(area) | \(MarkdownEscaping.cell(MarkdownEscaping.inert(commit.subject))) |")
            }
        }
        return UnsafeCharacters.removed(from: lines.joined(separator: "\n") + "\n")
    }

    static func contributor(_ contributor: Contributor) -> String {
        let name = MarkdownEscaping.inert(contributor.name)
        return contributor.commits > 1 ? "\(name) (\(contributor.commits))" : name
    }

    /// `- **headline** (authors): [`c0503c5`](link); fixes [golang/go#79892](link)`, and for a story of
    /// several commits one indented line per commit with its subject.
    static func storyLine(_ story: EpisodeStory, commits: [String: EpisodeCommit]) -> String {
        func link(_ hash: String) -> String {
            let commit = commits[hash]
            return MarkdownEscaping.link(MarkdownEscaping.code(commit?.shortHash ?? String(hash.prefix(7))), commit?.link)
        }
        var line = "- **\(MarkdownEscaping.asterisks(MarkdownEscaping.inert(SentenceTools.headline(story.headline))))**"
        if !story.authors.isEmpty { line += " (\(MarkdownEscaping.inert(story.authors.joined(separator: ", "))))" }
        if story.commits.count == 1 { line += ": " + link(story.commits[0]) }
        if !story.issues.isEmpty {
            line += (story.commits.count == 1 ? "; " : ": ") + story.issues.map { "\($0.relation) " + MarkdownEscaping.link(MarkdownEscaping.inert($0.label), $0.link) }.joined(separator: ", ")
        }
        if story.commits.count > 1 {
            for hash in story.commits {
                line += "\n  - " + link(hash) + (commits[hash].map { " " + MarkdownEscaping.asterisks(MarkdownEscaping.inert($0.subject)) } ?? "")
            }
        }
        return line
    }
}
