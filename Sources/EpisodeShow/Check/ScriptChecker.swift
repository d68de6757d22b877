import EpisodeModel

/// Checks an edited script against the draft episode it came from. Pure: text and `Episode` in,
/// findings out; the CLI (`episodegen check`) reads the files and prints the report.
///
/// The checks, each finding placed at a line (and column) of the edited script:
/// 1. unspeakable tokens anywhere (`UnspeakableScanner`): hashes, URLs, e-mail addresses, paths, trailers;
/// 2. traceability: every paragraph is matched to a draft segment (`ParagraphMatcher`); one that
///    matches none is new text that nobody traced to a commit;
/// 3. facts in changed paragraphs (edited or new): capitalised word pairs that are not
///    contributors and not in the draft (`PersonNameFinder`), and, in edited paragraphs, numbers
///    that the matched draft segment did not say (`NumberReader`);
/// 4. sentences longer than `maxSentenceWords` (a warning);
/// and the edited script's word count and duration at the draft's speaking rate.
public struct ScriptChecker: Sendable {
    /// Sentences with more words than this are reported as warnings.
    public var maxSentenceWords: Int
    /// How alike a paragraph must be to a segment to keep its commits (see `ParagraphMatcher`).
    public var similarityThreshold: Double
    /// Speaking rate for the duration; `nil`: the rate the draft was timed at (see `draftRate`).
    public var wordsPerMinute: Double?

    public init(maxSentenceWords: Int = 35, similarityThreshold: Double = 0.5, wordsPerMinute: Double? = nil) {
        self.maxSentenceWords = maxSentenceWords
        self.similarityThreshold = similarityThreshold
        self.wordsPerMinute = wordsPerMinute
    }

    /// The findings alone, with the default limits.
    public static func check(script: String, against episode: Episode) -> [CheckFinding] {
        ScriptChecker().report(script: script, against: episode).findings
    }

    /// The whole report: findings, paragraph provenance, removed segments and length.
    public func report(script: String, against episode: Episode) -> CheckReport {
        let paragraphs = ScriptParagraph.paragraphs(of: script)
        let matches = ParagraphMatcher(threshold: similarityThreshold).match(paragraphs, to: episode.segments)
        var findings: [CheckFinding] = []
        if paragraphs.isEmpty {
            findings.append(CheckFinding(line: 1, kind: .emptyScript, message: "the script is empty: there is nothing to read"))
        }
        let knownNames = Self.knownNames(of: episode)
        for (paragraph, match) in zip(paragraphs, matches) {
            findings += unspeakable(in: paragraph, known: knownNames)
            switch match.status {
            case .unchanged:
                break
            case .new:
                findings.append(
                    CheckFinding(
                        line: paragraph.firstLine, kind: .untraceable,
                        message: "not traceable to any commit (new text: check it against the commits)"))
                findings += names(in: paragraph, known: knownNames, episode: episode)
            case .edited:
                findings += names(in: paragraph, known: knownNames, episode: episode)
                if let index = match.segment {
                    findings += numbers(in: paragraph, draft: episode.segments[index])
                }
            }
            findings += longSentences(in: paragraph)
        }
        findings.sort {
            ($0.line, $0.column ?? 0, Self.order($0.kind), $0.message) < ($1.line, $1.column ?? 0, Self.order($1.kind), $1.message)
        }

        let used = Set(matches.compactMap(\.segment))
        let removed = episode.segments.indices.filter { !used.contains($0) }.map {
            DraftSegmentReference(segment: $0, kind: episode.segments[$0].kind, commits: episode.segments[$0].commits)
        }
        let words = EpisodeDuration.wordCount(script)
        let rate = wordsPerMinute ?? Self.draftRate(of: episode)
        let seconds = EpisodeDuration.seconds(words: words, wordsPerMinute: rate)
        return CheckReport(
            findings: findings, paragraphs: matches, removedSegments: removed, wordCount: words, durationSeconds: seconds,
            duration: EpisodeDuration.iso8601(seconds: seconds), wordsPerMinute: rate, draftWordCount: episode.wordCount,
            draftDuration: episode.duration)
    }

    /// The speaking rate the draft was timed at. episode.json keeps the word count and the
    /// rounded seconds, not the rate: the configuration's default (155) when it gives the draft's
    /// seconds, else the whole rate nearest to words × 60 / seconds that does, else that ratio.
    public static func draftRate(of episode: Episode) -> Double {
        let standard = ShowConfiguration().wordsPerMinute
        guard episode.wordCount > 0, episode.durationSeconds > 0 else { return standard }
        if EpisodeDuration.seconds(words: episode.wordCount, wordsPerMinute: standard) == episode.durationSeconds { return standard }
        let ratio = Double(episode.wordCount) * 60 / Double(episode.durationSeconds)
        let nearest = ratio.rounded()
        if EpisodeDuration.seconds(words: episode.wordCount, wordsPerMinute: nearest) == episode.durationSeconds { return nearest }
        return ratio
    }

    // MARK: - The checks

    private func unspeakable(in paragraph: ScriptParagraph, known: KnownNames) -> [CheckFinding] {
        paragraph.words.filter { !known.nameWords.contains($0.core) }.flatMap { word in
            UnspeakableScanner.findings(in: word.text).map { finding in
                CheckFinding(
                    line: word.line, column: word.column, kind: .unspeakable,
                    message: "unspeakable \(finding.reason) '\(word.core.isEmpty ? word.text : word.core)': a voice cannot say it; say it in words or leave it to the notes")
            }
        }
    }

    private func names(in paragraph: ScriptParagraph, known: KnownNames, episode: Episode) -> [CheckFinding] {
        PersonNameFinder.names(in: paragraph.words).filter { !known.accepts($0.name) }.map { mention in
            var message = "'\(mention.name)' is not a contributor of this episode: check the name against the commits"
            let parts = Set(mention.name.split(separator: " ").map(String.init))
            if let near = episode.contributors.first(where: { !$0.isBot && !parts.isDisjoint(with: $0.name.split(separator: " ").map(String.init)) }) {
                message += " (did you mean \(near.name)?)"
            }
            return CheckFinding(line: mention.line, column: mention.column, kind: .unknownName, message: message)
        }
    }

    private func numbers(in paragraph: ScriptParagraph, draft: Segment) -> [CheckFinding] {
        let draftValues = NumberReader.values(in: draft.text)
        let draftSet = Set(draftValues)
        let mentions = NumberReader.numbers(in: paragraph.words)
        let said = Set(mentions.map(\.value))
        // What the edit dropped, to show next to what it added: "'Seven' (the draft said six)".
        let dropped = Self.unique(draftValues.filter { !said.contains($0) })
        return mentions.filter { !draftSet.contains($0.value) }.map { mention in
            var message = "number not in the draft: '\(mention.written)'"
            if !dropped.isEmpty {
                let words = dropped.map { Int($0).map(SpokenNumber.cardinal) ?? $0 }
                message += " (the draft said \(words.joined(separator: ", ")))"
            }
            message += "; check it against the commits"
            return CheckFinding(line: mention.line, column: mention.column, kind: .numberNotInDraft, message: message)
        }
    }

    private func longSentences(in paragraph: ScriptParagraph) -> [CheckFinding] {
        var findings: [CheckFinding] = []
        var offset = 0
        for sentence in SentenceTools.sentences(in: paragraph.text) {
            let rawWords = sentence.split(separator: " ").count
            let count = SentenceTools.wordCount(sentence)
            if count > maxSentenceWords, offset < paragraph.words.count {
                let start = paragraph.words[offset]
                findings.append(
                    CheckFinding(
                        line: start.line, column: start.column, kind: .longSentence,
                        message: "sentence of \(count) words (more than \(maxSentenceWords)): split it so it can be read in one breath"))
            }
            offset += rawWords
        }
        return findings
    }

    // MARK: - Helpers

    /// What may be said as a name: every contributor's name and its two-word parts, exactly;
    /// any two words in a row of the draft or the show's name, in any case (the draft's names come
    /// from the commits, and "Go Please" is only "go please" capitalised); and a pair whose second
    /// word is a contributor's first name ("Congratulations Alan" is not a name).
    struct KnownNames {
        var exact: Set<String> = []
        var draftPairs: Set<String> = []
        var firstNames: Set<String> = []
        /// Every word of a contributor's or other named person's name: "ff46f482" in a name is no hash.
        var nameWords: Set<String> = []

        func accepts(_ name: String) -> Bool {
            if exact.contains(name) || draftPairs.contains(name.lowercased()) { return true }
            return name.split(separator: " ").last.map { firstNames.contains(String($0)) } ?? false
        }
    }

    static func knownNames(of episode: Episode) -> KnownNames {
        var known = KnownNames()
        for name in episode.contributors.map(\.name) + (episode.otherPeople ?? []) {
            known.exact.insert(name)
            known.nameWords.formUnion(name.split(separator: " ").map(String.init))
            let parts = name.split(separator: " ").map(String.init)
            if parts.count >= 2 {
                known.firstNames.insert(parts[0])
                for index in 0..<(parts.count - 1) { known.exact.insert(parts[index] + " " + parts[index + 1]) }
            }
        }
        for text in episode.segments.map(\.text) + [episode.showName] {
            let words = ParagraphMatcher.normalisedWords(text)
            for index in words.indices.dropLast() {
                known.draftPairs.insert(words[index] + " " + words[index + 1])
                // "Side-stepping Git's ..." is found as the name "Side-stepping Git".
                if words[index + 1].hasSuffix("'s") { known.draftPairs.insert(words[index] + " " + words[index + 1].dropLast(2)) }
            }
        }
        return known
    }

    private static func order(_ kind: CheckFindingKind) -> Int {
        CheckFindingKind.allCases.firstIndex(of: kind) ?? 0
    }

    private static func unique(_ values: [String]) -> [String] {
        var seen: Set<String> = []
        return values.filter { seen.insert($0).inserted }
    }
}
