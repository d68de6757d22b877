#if canImport(Glibc)
    import Glibc
#endif

/// The episode is not wired yet: the lead engineer connects the show stage here.
struct EpisodeNotBuiltError: Error, Sendable, CustomStringConvertible {
    var description: String { "episode rendering is not built yet (try 'episodegen commits' or 'episodegen analyze')" }
}

/// `episodegen [options]`: checks the options and the input, then stops until the show stage is wired.
enum EpisodeCommand {
    static func run(_ context: CommandContext) throws {
        let configuration = try context.loadConfiguration()
        _ = try context.mailmapForPipedInput(configuration: configuration)
        let (_, opened) = try context.commitSource(configuration: configuration)
        if let opened { close(opened) }
        throw EpisodeNotBuiltError()
    }
}
