import EpisodeModel

/// What a change shows its users, read from its subject and files: a command, flag, setting,
/// option, analyzer or public API it names or defines, and the documentation pages it changes
/// together with the code. Works for any project: the words and folder names are common ones. Pure.
struct UserSurface: Sendable {
    /// A reason the change is user-visible, for the editor: "subject says \"analyzer\"".
    var surface: String?
    /// The first documentation page changed with the code, for the editor.
    var documentationPage: String?

    static let surfaceWordList = PhraseList([
        "analyzer", "analyzers", "modernizer", "linter", "subcommand", "subcommands", "command", "commands", "flag", "flags",
        "option", "options", "setting", "settings", "config option", "environment variable", "api", "apis", "cli",
    ])
    /// Folders whose files define what users type or configure.
    static let surfaceFolders: Set<String> = ["cmd", "cli", "command", "commands", "subcommands", "settings", "options", "flags", "usage"]
    static let quotes = Set<Character>(["'", "\"", "`", ",", ".", ")", "("])
    /// Release notes and changelogs say that something changed, not what users see: they are left out.
    static let noteBasenames: Set<String> = ["CHANGELOG", "CHANGES", "NEWS", "RelNotes"]
    /// Pages written for the project's contributors, not its users (lowercased folder names and file stems).
    static let contributorPages: Set<String> = ["contributing", "hacking", "design", "designs", "internals", "architecture",
                                                "development", "developer", "developers"]

    /// - Parameter layouts: each file's `FileLayout.classify(_:)`.
    /// - Parameter summary: the subject without its area prefix, or a topic merge's description.
    init(summary: String, files: [FileChange], layouts: [FileLayout?]) {
        if let word = Words(summary).firstMention(of: UserSurface.surfaceWordList) {
            surface = "subject says \"\(word)\""
        } else if let option = summary.split(separator: " ").first(where: { $0.hasPrefix("--") && $0.count > 3 }) {
            surface = "names the option \(String(option.filter { !UserSurface.quotes.contains($0) }))"
        } else if let file = files.first(where: { UserSurface.definesSurface($0.path) }) {
            surface = "changes \(file.path)"
        }
        let changesCode = layouts.contains { $0 == nil }
        if changesCode, let index = layouts.indices.first(where: { layouts[$0] == .docs && UserSurface.isPage(files[$0]) }) {
            documentationPage = files[index].path
        }
    }

    /// `gopls/internal/cmd/serve.go`, `src/cli/args.rs`, `usage/serve.hlp`: a file in a command,
    /// settings or usage folder with no `internal` folder below it (`cmd/compile/internal/ssa` is
    /// a compiler's insides, not its command line).
    static func definesSurface(_ path: String) -> Bool {
        let folders = path.split(separator: "/").dropLast().map(String.init)
        guard let index = folders.lastIndex(where: surfaceFolders.contains) else { return path.hasSuffix(".hlp") }
        return !folders[(index + 1)...].contains("internal")
    }

    /// A documentation page users read, and written to rather than only cut: not a release note or
    /// changelog, not the notes of an `internal` package, and not a page for contributors (a design
    /// document, `CONTRIBUTING.md`): those tell how the project is built, not what users meet.
    static func isPage(_ file: FileChange) -> Bool {
        if file.additions == 0 { return false }
        let segments = file.path.split(separator: "/").map(String.init)
        guard let basename = segments.last else { return false }
        let stem = basename.split(separator: ".").first.map(String.init) ?? basename
        if contributorPages.contains(stem.lowercased()) || segments.dropLast().contains(where: { contributorPages.contains($0.lowercased()) }) {
            return false
        }
        return !noteBasenames.contains(stem) && !segments.contains { noteBasenames.contains($0) || $0 == "release" || $0 == "internal" }
    }
}
