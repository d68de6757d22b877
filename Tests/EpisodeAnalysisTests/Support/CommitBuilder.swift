import EpisodeModel

/// Builds `Commit` values for tests, modelled on real corpus commits.
enum CommitBuilder {
    /// A commit with a message split into subject, body and trailers the way the parser splits it.
    static func commit(
        _ hash: String,
        author: String = "Alan Donovan <adonovan@google.com>",
        date seconds: Int64 = 1_780_930_000,
        offset: Int = -240,
        message: String,
        trailers: [(String, String)] = [],
        files: [(String, Int, Int)] = [],
        kinds: [(ChangeKind, String)] = [],
        parents: [String] = []
    ) -> Commit {
        let (name, email) = split(author)
        let lines = message.split(separator: "\n", omittingEmptySubsequences: false)
        let subject = String(lines.first ?? "")
        let body = lines.dropFirst().drop(while: { $0.isEmpty }).joined(separator: "\n")
        var changes = files.map { FileChange(path: $0.0, additions: $0.1, deletions: $0.2) }
        changes += kinds.map { FileChange(path: $0.1, kind: $0.0) }
        return Commit(
            hash: hash, parents: parents, author: Signature(name: name, email: email, date: GitDate(text: "", seconds: seconds, utcOffsetMinutes: offset)),
            subject: subject, body: body, trailers: trailers.map { Trailer(key: $0.0, value: $0.1) }, files: changes
        )
    }

    static func split(_ value: String) -> (String, String) {
        guard let open = value.firstIndex(of: "<"), let close = value.firstIndex(of: ">") else { return (value, "") }
        let name = value[..<open].trimmingCharacters(in: " ")
        return (String(name), String(value[value.index(after: open)..<close]))
    }

    /// A 40-digit hash made from a short readable seed: `hash("a1")` is `a1000...`.
    static func hash(_ seed: String) -> String {
        seed + String(repeating: "0", count: 40 - seed.count)
    }
}

private extension Substring {
    func trimmingCharacters(in characters: String) -> Substring {
        var result = self
        while let first = result.first, characters.contains(first) { result = result.dropFirst() }
        while let last = result.last, characters.contains(last) { result = result.dropLast() }
        return result
    }
}
