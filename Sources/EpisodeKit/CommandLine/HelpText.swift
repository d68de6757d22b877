/// The text of `episodegen help [command]` and `--help`. Pure.
public enum HelpText {
    public static let version = "episodegen 0.1.0"

    /// Help for one command, or the overview for `nil`.
    public static func text(for command: CommandKind?) -> String {
        guard let command else { return overview }
        switch command {
        case .help:
            return "Usage: episodegen help [COMMAND]\n\nShows the overview, or the options of COMMAND (commits, analyze, check, nightly, approve, feed, episode).\n"
        case .check:
            var text = "Usage: episodegen check [--format text|json] PATH\n\n\(purpose(command))\n\n"
            text += "PATH is a bundle folder written by --output (e.g. Outputs/2026-06-08) or its script.txt.\n\nOptions:\n"
            text += "  --format FORMAT      text (default: compiler-style lines and a summary) or json\n"
            text += "  --help, -h           show this help\n"
            text += "\nExit status: 0 no errors (warnings allowed), 2 usage, 3 no or bad episode.json, 8 the check found errors.\n"
            return text
        case .approve:
            var text = "Usage: episodegen approve [--audio] [--force] BUNDLE\n\n\(purpose(command))\n\nOptions:\n"
            text += "  --audio              speak the script into episode.wav with espeak-ng; its length replaces the estimate\n"
            text += "  --force              approve even when the check finds errors\n"
            text += "  --help, -h           show this help\n"
            text += "\nExit status: 0 approved, 2 usage, 3 no or bad episode.json, 7 refused to overwrite a file episodegen did not write,\n"
            text += "8 the check found errors (nothing approved), 9 another run is writing the bundle,\n"
            text += "10 no audio (espeak-ng missing or failing; nothing approved).\n"
            return text
        case .feed:
            var text = "Usage: episodegen feed --config FILE SHOW-FOLDER\n\n\(purpose(command))\n\n"
            text += "SHOW-FOLDER holds the dated bundles (SHOW-FOLDER/2026-06-08/...); the configuration's \"feed\" object\n"
            text += "gives the base URL they are served at and the channel's metadata.\n\nOptions:\n"
            text += "  --config FILE        the show configuration (JSON), with a \"feed\" object\n"
            text += "  --help, -h           show this help\n"
            text += "\nExit status: 0 ok, 2 usage, 3 an approved bundle's episode.json is bad, 5 configuration error.\n"
            return text
        case .episode, .commits, .analyze:
            var text = "Usage: \(command.invocation) [OPTIONS] [REVISION-RANGE...]\n\n\(purpose(command))\n\n"
            text += inputRules + "\nOptions:\n"
            text += flagLines(for: command)
            text += exitStatuses
            return text
        case .nightly:
            var text = "Usage: episodegen nightly --repo PATH [OPTIONS]\n\n\(purpose(command))\n\nOptions:\n"
            text += flagLines(for: command)
            text += "\nA show remembers the last day it drafted (DIR/<show>/.episodegen-state.json); a run after\n"
            text += "nights off drafts every missing day. A draft an editor changed is kept: the new one goes\n"
            text += "beside it (script.new.txt) and changes.txt names the commits that came or went.\n"
            text += "\nCron, one line per show:\n"
            text += "  15 6 * * * cd /srv/show && episodegen nightly --repo repos/tools --config show.json >> logs/episodegen.log 2>&1\n"
            text += exitStatuses
            return text
        }
    }

    static let exitStatuses = """

        Exit status: 0 ok, 1 internal error, 2 usage, 3 input is not a git log, 4 git failed,
        5 configuration error, 6 template error, 7 refused to overwrite a file episodegen did not write,
        8 check found errors, 9 another run is writing the same show or bundle.

        """

    static func flagLines(for command: CommandKind) -> String {
        var text = ""
        for flag in CommandLineParser.flags where flag.commands.contains(command) {
            let left = flag.valueName.map { "\(flag.name) \($0)" } ?? flag.name
            text += "  " + left.padding(toLength: 20, withPad: " ", startingAt: 0) + " " + flag.summary + "\n"
        }
        return text
    }

    static func purpose(_ command: CommandKind) -> String {
        switch command {
        case .episode: return "Writes the day's episode: the script (default), show notes, JSON or SSML."
        case .commits: return "Prints the commits of the input as JSON Lines, one object a commit."
        case .analyze: return "Prints the editorial analysis (areas, people, stories, scores) as JSON."
        case .check: return "Checks an edited script against its draft: unspeakable text, paragraphs no commit backs,\nnames and numbers not in the draft, long sentences; and the new length."
        case .nightly: return "Drafts the show's episode of yesterday (or --date) into DIR/<show>/<YYYY-MM-DD>/, and of every\nday missed since the last run; a day without commits gets a short \"nothing landed\" bundle."
        case .approve: return "Approves a bundle after checking its script: writes transcript.vtt and chapters.json,\nand with --audio episode.wav; an approved bundle is published by feed and never regenerated."
        case .feed: return "Prints the RSS feed (iTunes and Podcasting 2.0 tags) of a show's approved episodes."
        case .help: return "Shows help."
        }
    }

    static let inputRules = """
        Input: --repo PATH runs git there; --input FILE reads a saved git log (- is standard input);
        otherwise standard input is read when it is not a terminal (git log ... | episodegen ...).

        """

    static let overview = """
        episodegen turns git history into a daily spoken show.

        Usage:
          episodegen [OPTIONS] [REVISION-RANGE...]         the episode (script, notes, json, ssml)
          episodegen commits [OPTIONS] [REVISION-RANGE...] the parsed commits as JSON Lines
          episodegen analyze [OPTIONS] [REVISION-RANGE...] areas, people, stories and scores as JSON
          episodegen check PATH                            check an edited script of a bundle
          episodegen nightly --repo PATH [OPTIONS]         the cron job: Outputs/<show>/<date>/ bundles
          episodegen approve [--audio] BUNDLE              approve a bundle (transcript, chapters, audio)
          episodegen feed --config FILE SHOW-FOLDER        the RSS feed of the approved episodes
          episodegen help [COMMAND]                        help for a command
          episodegen --version

        Examples:
          git log --since=yesterday | episodegen commits
          episodegen commits --repo . --date yesterday --time-zone Europe/Berlin
          git log --format=fuller | episodegen commits --date today --date-field committer
          episodegen analyze --repo ~/src/tools v0.30.0..main
          episodegen check Outputs/2026-06-08

        Run 'episodegen help COMMAND' for the options of a command.

        """
}
