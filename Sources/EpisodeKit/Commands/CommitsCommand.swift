import EpisodeIngest

#if canImport(Glibc)
    import Glibc
#endif

/// `episodegen commits`: the input's commits as JSON Lines on standard output.
///
/// Commits are encoded into one large buffer flushed with write(2) as it fills, so output starts
/// while input is still arriving. When the parser reports lines that are not a git log, the commits
/// that did parse are still printed, then `UnparseableInputError` (exit 3) lists the lines.
enum CommitsCommand {
    static func run(_ context: CommandContext) throws {
        let configuration = try context.loadConfiguration()
        if context.options.mailmapFile != nil && context.options.repository == nil {
            throw UsageError(
                flag: "--mailmap", message: "'commits' prints piped commits as they are written",
                hint: "use it with --repo (git applies it), or with analyze and the episode")
        }
        let (source, opened) = try context.commitSource(configuration: configuration)
        defer { if let opened { close(opened) } }
        var output = FileDescriptorOutput(descriptor: context.streams.output)
        let issues: [ParseIssue]
        do {
            issues = try source.read { commit in
                CommitJSONLines.append(commit, to: &output.buffer)
                try output.flushIfFull()
            }
        } catch {
            try? output.flush()
            throw error
        }
        try output.flush()
        if !issues.isEmpty { throw UnparseableInputError(source: source.name, issues: issues) }
    }
}
