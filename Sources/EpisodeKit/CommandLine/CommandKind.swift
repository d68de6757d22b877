/// The commands of `episodegen`. The episode is the default: `episodegen [options]`.
public enum CommandKind: String, CaseIterable, Equatable, Sendable {
    case episode
    case commits
    case analyze
    /// Checks an edited script against its bundle's episode.json.
    case check
    /// What a cron job runs: the show's bundles of yesterday and of every day missed.
    case nightly
    /// Approves a bundle (and renders its audio with `--audio`).
    case approve
    /// Prints the RSS feed of a show's approved bundles.
    case feed
    case help

    /// How the command is typed: the episode has no name of its own.
    var invocation: String { self == .episode ? "episodegen" : "episodegen \(rawValue)" }
}
