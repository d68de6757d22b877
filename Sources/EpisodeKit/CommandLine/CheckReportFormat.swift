/// How `episodegen check` prints its report (`--format`): for people or for tools.
public enum CheckReportFormat: String, CaseIterable, Equatable, Sendable {
    /// Compiler-style lines (`script.txt:12: error: ...`), the edited paragraphs, the length and a summary.
    case text
    /// The whole `CheckReport` as JSON with sorted keys.
    case json
}
