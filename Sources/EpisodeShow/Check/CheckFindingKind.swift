/// What a finding of `ScriptChecker` is about. The raw values are stable: `check --format json` prints them.
public enum CheckFindingKind: String, Codable, Equatable, Hashable, Sendable, CaseIterable {
    /// A token a voice cannot say: a hash, URL, e-mail address, file path, Change-Id, trailer or issue reference.
    case unspeakable
    /// A paragraph that matches no segment of the draft: new text nobody traced to a commit.
    case untraceable
    /// A capitalised pair of words that looks like a person's name and is not a contributor of the episode.
    case unknownName
    /// A number in an edited paragraph that the draft paragraph it came from did not say.
    case numberNotInDraft
    /// A sentence longer than a reader can say in one breath.
    case longSentence
    /// The script has no text at all.
    case emptyScript

    /// Only sentence length is advice; everything else needs the editor's attention before publishing.
    public var severity: CheckSeverity {
        self == .longSentence ? .warning : .error
    }
}
