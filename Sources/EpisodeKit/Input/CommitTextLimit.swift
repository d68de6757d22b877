/// Caps the text of a commit before it is analysed and told. A show says a subject in one
/// sentence and quotes a line or two of a body, but every word costs the speaking stage work,
/// so a crafted 10 MB subject took minutes (measured in Docs/HARDENING.md). Past these limits
/// text is cut at a space or line break; `commits` still prints commits whole. Pure.
enum CommitTextLimit {
    static let subjectCharacters = 1000
    static let bodyCharacters = 65_536
    static let nameCharacters = 200
    static let trailerValueCharacters = 1000

    static func capped(_ commit: Commit) -> Commit {
        var commit = commit
        commit.subject = cut(commit.subject, to: subjectCharacters, at: " ")
        commit.body = cut(commit.body, to: bodyCharacters, at: "\n")
        if let name = commit.author?.name { commit.author?.name = cut(name, to: nameCharacters, at: " ") }
        if let name = commit.committer?.name { commit.committer?.name = cut(name, to: nameCharacters, at: " ") }
        for index in commit.trailers.indices {
            commit.trailers[index].value = cut(commit.trailers[index].value, to: trailerValueCharacters, at: " ")
        }
        return commit
    }

    /// The first `limit` characters of `text`, ended at the last `separator` in them when there is one.
    static func cut(_ text: String, to limit: Int, at separator: Character) -> String {
        guard text.utf8.count > limit, let end = text.index(text.startIndex, offsetBy: limit, limitedBy: text.endIndex) else {
            return text
        }
        let head = text[..<end]
        guard let last = head.lastIndex(of: separator), last > head.startIndex else { return String(head) }
        return String(head[..<last])
    }
}
