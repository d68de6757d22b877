/// What an author did, said as a clause that follows their name: "gopls: unbreak build"
/// -> "unbroke the build", `Revert "Revert "Remove X""` -> "restored X". Pure.
///
/// A summary that is no verb phrase gets an honest frame instead of a made-up verb: a noun
/// phrase is work the author "worked on"; a statement is quoted as the change's own words.
public enum SubjectClause {
    /// The clause for a commit.
    /// - Parameters:
    ///   - summary: the subject without its prefixes (`AnalyzedCommit.summary`).
    ///   - subject: the whole subject line, when known: a summary of a bare verb ("delete")
    ///     takes its object from the prefix (`go/{expect,packages/packagestest}: delete`).
    ///   - speakable: how code, paths and references in the summary are said.
    public static func clause(for summary: String, subject: String? = nil, speakable: SpeakableText) -> String {
        if let tested = testedName(summary, speakable: speakable) { return tested }
        let written = plainSummary(summary)
        if let revert = revertClause(written, speakable: speakable) { return revert }
        if let bare = bareVerbClause(written, subject: subject, speakable: speakable) { return bare }
        let plain = SentenceTools.withoutParentheticals(written)
        let said = EnglishGrammar.lowerFirst(speakable.speak(plain)).trimmingTrailing(".")
        // A word left hanging where a reference was not said ("for an issue in"); not the author's own last word.
        let spoken = said.split(separator: " ").last == plain.split(separator: " ").last ? said : SentenceTools.withoutDanglingEnd(said)
        // The readings of a summary, most specific first; none fits: an honest frame.
        let readings: [() -> String?] = [
            { ranCommand(spoken) },
            { testedAction(spoken, subject: subject) },
            { PastTense.phrase(spoken).map { ObjectArticles.insertingArticle($0, written: plain) } },
            { actionAfterDash(plain, speakable: speakable) },
            { bareVersion(spoken) },
            { conventionalFix(spoken, subject: subject, written: plain) },
        ]
        for reading in readings {
            if let clause = reading() { return clause }
        }
        return framed(spoken)
    }

    /// "IntuitiveMethodSet: test with generic methods": what is tested is the name before the colon.
    static func testedName(_ summary: String, speakable: SpeakableText) -> String? {
        guard let colon = summary.range(of: ": "), case let head = summary[..<colon.lowerBound], !head.contains(" "),
              head.contains(where: \.isUppercase), case let rest = summary[colon.upperBound...],
              ["test with ", "test on ", "test for "].contains(where: rest.lowercased().hasPrefix) else { return nil }
        return "tested " + speakable.speak(String(head)) + " " + speakable.speak(String(rest.dropFirst(5)))
    }

    /// A command the author ran: "go fix ./..." -> "ran go fix".
    static func ranCommand(_ spoken: String) -> String? {
        let words = spoken.split(separator: " ")
        guard words.first == "go", words.count > 1, goCommands.contains(String(words[1])) else { return nil }
        return "ran " + spoken
    }

    /// `test(git): find upstream remote`: the change tests the finding, it does not find.
    static func testedAction(_ spoken: String, subject: String?) -> String? {
        let words = spoken.split(separator: " ").map(String.init)
        guard let subject, subject.lowercased().hasPrefix("test("), let first = words.first,
              !["add", "fix", "remove", "update", "use", "test", "improve", "refactor", "skip", "disable", "enable"].contains(first.lowercased()),
              let ing = PastTense.gerund(first) else { return nil }
        return "tested " + ([ing] + words.dropFirst()).joined(separator: " ")
    }

    /// "MoveType - remove type from current file": the part after the dash says what changed.
    static func actionAfterDash(_ plain: String, speakable: SpeakableText) -> String? {
        guard let dash = plain.range(of: " - "), case let head = plain[..<dash.lowerBound], !head.contains(" "),
              head.first?.isLowercase == true || head.dropFirst().contains(where: \.isUppercase) else { return nil }
        let rest = String(plain[dash.upperBound...])
        return PastTense.phrase(EnglishGrammar.lowerFirst(speakable.speak(rest)).trimmingTrailing("."))
            .map { ObjectArticles.insertingArticle($0, written: rest) }
    }

    /// A bare version ("v246") is a release.
    static func bareVersion(_ spoken: String) -> String? {
        guard !spoken.contains(" "), spoken.first == "v", spoken.count > 1, spoken.dropFirst().allSatisfy(\.isNumber) else { return nil }
        return "landed version " + spoken.dropFirst()
    }

    /// A Conventional Commits fix whose description names the problem: "fix: hydration error".
    static func conventionalFix(_ spoken: String, subject: String?, written: String) -> String? {
        guard let subject, isConventionalFix(subject), let first = spoken.split(separator: " ").first,
              PastTense.verb(String(first)) == nil else { return nil }
        return ObjectArticles.insertingArticle("fixed " + spoken, written: written)
    }

    /// The summary without what is not said: a `[PATCH 2/2]` marker, a `[generated]` tag,
    /// a sub-prefix, a final period.
    static func plainSummary(_ summary: String) -> String {
        var written = PastTense.withoutSubPrefix(summary).trimmingSpaces()
        if written.hasPrefix("[PATCH"), let close = written.firstIndex(of: "]") {
            written = String(written[written.index(after: close)...]).trimmingSpaces()
        }
        if written.hasSuffix("]"), let open = written.lastIndex(of: "["), open != written.startIndex,
           written[written.index(before: open)] == " " {
            written = String(written[..<open]).trimmingSpaces()
        }
        while let last = written.last, last == "." || last == "," { written.removeLast() }
        return written
    }

    /// Subcommands of the go command an author runs over a tree.
    static let goCommands: Set<String> = ["fix", "fmt", "generate", "vet", "mod", "get"]

    /// `fix: ...` or `fix(scope): ...`.
    static func isConventionalFix(_ subject: String) -> Bool {
        let lower = subject.lowercased()
        return lower.hasPrefix("fix: ") || lower.hasPrefix("fix(") || lower.hasPrefix("hotfix: ") || lower.hasPrefix("hotfix(")
    }

    /// `Revert "X"` keeps X in quotes, as written; a revert of a revert brings the change
    /// back: `Revert "Revert "Remove X""` -> "restored X" when X removed something, else
    /// "brought back the change "X"".
    static func revertClause(_ written: String, speakable: SpeakableText) -> String? {
        guard let inner = quotedRevert(written) else { return nil }
        guard let twice = quotedRevert(inner) else { return "reverted the change \"\(inner)\"" }
        let spoken = EnglishGrammar.lowerFirst(speakable.speak(twice)).trimmingTrailing(".")
        if let past = PastTense.phrase(spoken).map({ ObjectArticles.insertingArticle($0, written: twice) }) {
            for removal in ["removed ", "deleted ", "dropped "] where past.hasPrefix(removal) {
                return "restored " + past.dropFirst(removal.count)
            }
        }
        return "brought back the change \"\(twice)\""
    }

    /// The text quoted in `Revert "X"`, or nil.
    static func quotedRevert(_ text: String) -> String? {
        let lower = text.lowercased()
        guard lower.hasPrefix("revert \""), text.hasSuffix("\""), text.count > 9 else { return nil }
        return String(text.dropFirst(8).dropLast()).trimmingTrailing(".")
    }

    /// A summary of one verb: its object is what the prefix names ("deleted the expect and
    /// packagestest packages"); with no prefix, the verb alone.
    static func bareVerbClause(_ written: String, subject: String?, speakable: SpeakableText) -> String? {
        guard !written.contains(" "), let past = PastTense.verb(written) else { return nil }
        guard let subject, let colon = subject.range(of: ": ") else { return past }
        let prefix = String(subject[..<colon.lowerBound])
        guard !prefix.contains(" ") || prefix.contains(", ") else { return past }
        let names = prefix.components(separatedBy: ", ").flatMap { expanded($0.trimmingSpaces()) }
        let spoken = names.map { speakable.shortName(ofPath: $0) }
        guard !spoken.isEmpty, spoken.allSatisfy({ !$0.isEmpty }) else { return past }
        let noun = names.contains(where: { $0.contains("/") }) ? (spoken.count == 1 ? " package" : " packages") : " code"
        return past + " the " + EnglishGrammar.list(spoken) + noun
    }

    /// `go/{expect,packages/packagestest}` -> `go/expect`, `go/packages/packagestest`.
    static func expanded(_ path: String) -> [String] {
        guard let open = path.firstIndex(of: "{"), let close = path.firstIndex(of: "}"), open < close else { return [path] }
        let head = path[..<open], tail = path[path.index(after: close)...]
        return path[path.index(after: open)..<close].split(separator: ",").map { String(head) + String($0) + String(tail) }
    }

    /// Words that show a summary is a statement with its own verb ("FindByPos returns the
    /// wrong range"), not a noun phrase.
    static let statementVerbs: Set<String> = [
        "is", "are", "was", "were", "has", "have", "had", "does", "do", "did", "should", "must", "can", "could", "will",
        "would", "may", "might", "returns", "needs", "gets", "uses", "works", "fails", "breaks", "now", "no", "not",
        "doesn't", "don't", "isn't", "aren't", "won't", "can't", "shouldn't",
    ]

    /// An honest frame for a summary with no verb this knows: "worked on more http
    /// features"; a statement is given as the change's own words: "landed a change that
    /// says: git-pull now rebases".
    static func framed(_ spoken: String) -> String {
        let words = spoken.split(separator: " ").map { $0.lowercased().trimmingTrailing(",.;:") }
        guard !words.isEmpty else { return "landed a change" }
        let first = words[0]
        if ["the", "a", "an"].contains(first), words.count > 1 { return "landed " + spoken }
        // A noun phrase ("more http features", "GIT: listen on IPv6") is what they worked on; a
        // statement, or a first word that is no word this knows, is given as the change's own words.
        let looksLikeNoun = nounOpeners.contains(first) || first.contains(where: { $0.isNumber || $0 == "-" })
            || spoken.first?.isUppercase == true || first.hasSuffix("s") || first.hasSuffix("ion") || first.hasSuffix("ing")
        if words.contains(where: statementVerbs.contains) || spoken.hasSuffix("?") || !looksLikeNoun {
            let frames = ["landed a change that says: ", "landed a change summed up as: ", "landed a change described as: "]
            return frames[stableIndex(spoken, count: frames.count)] + spoken
        }
        return "worked on " + spoken
    }

    /// Words that open a noun phrase.
    static let nounOpeners: Set<String> = [
        "more", "some", "several", "various", "many", "all", "two", "three", "four", "first", "better", "new", "missing",
        "possible", "initial", "minor", "small", "further", "extra", "delta", "alternate", "docs", "documentation",
    ]

    /// The same summary always gets the same frame; different ones spread over the frames.
    static func stableIndex(_ text: String, count: Int) -> Int {
        var total = 0
        for byte in text.utf8 { total = (total &* 31 &+ Int(byte)) & 0xFFFF }
        return total % count
    }
}
