import EpisodeModel

/// Recognises cleanups that a listener does not need to hear about first however large they
/// are: formatting, a tool run over the tree (`gofix -fix -test ./...`, a subject that is a
/// command line, not a sentence), regenerated or vendored code, renames, and deletes of whole
/// packages (`go/{expect,packages/packagestest}: delete`). Pure.
enum MechanicalChange {
    /// First words of a summary that say the change is mechanical.
    static let mechanicalFirstWords: Set<String> = [
        "gofmt", "gofix", "goimports", "rustfmt", "clang", "format", "reformat", "regenerate", "vendor", "revendor", "rename",
        "renamed", "renames", "delete", "deleted", "remove", "removed", "whitespace", "lint", "typo", "typos", "spelling", "run",
    ]
    static let mechanicalPhraseList = PhraseList([
        "run gofmt", "run gofix", "go fix", "gofix", "gofmt", "dead code", "unused code", "unused function", "unused functions",
        "fix typos", "fix typo", "regenerate", "regenerated", "mechanical", "no functional change", "no functional changes",
        "no behavior change", "whitespace", "spaces instead of tabs", "tabs instead of spaces", "indentation", "clippy lints", "code style",
    ])

    /// Why the change is mechanical, for the editor, or `nil`.
    /// - Parameters:
    ///   - summary: the subject without its area prefix, as `ChangeCategorizer.innerSummary` gives it.
    ///   - footprint: the change's counted files.
    static func reason(summary: String, files: [FileChange], footprint: Footprint) -> String? {
        let tokens = summary.split(separator: " ")
        // "gofix -fix -test ./...": flags and paths in a subject make it a command line.
        if tokens.contains(where: { $0.hasPrefix("-") && $0.count > 1 }) && tokens.contains(where: { $0.hasPrefix("./") || $0 == "..." }) {
            return "the subject is a command line: \"\(summary)\""
        }
        let words = Words(summary)
        if let first = words.first, words.list.count <= 2, ["delete", "remove", "deleted", "removed"].contains(first) {
            return "the subject only says \"\(summary)\""
        }
        if let phrase = words.firstMention(of: mechanicalPhraseList) { return "subject says \"\(phrase)\"" }
        if let first = words.first, mechanicalFirstWords.contains(first), first != "remove", first != "delete", first != "run" {
            return "subject starts with \"\(first)\""
        }
        let lines = files.reduce((0, 0)) { ($0.0 + ($1.additions ?? 0), $0.1 + ($1.deletions ?? 0)) }
        if lines.1 >= 200, lines.1 >= 5 * max(1, lines.0) { return "mostly deletes: \(lines.0) lines added, \(lines.1) deleted" }
        if footprint.countedFiles == 0, footprint.discountedFiles > 0 { return "only vendored, generated or renamed files" }
        return nil
    }
}
