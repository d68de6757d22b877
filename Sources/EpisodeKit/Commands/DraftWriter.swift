import Foundation
import EpisodeModel
import EpisodeShow

/// Writes one episode's bundle with `BundleWriter` and says on standard error what happened, one
/// line a bundle (plus the commits that came or went when a draft went beside an edited one).
/// Shared by `--output` and `nightly`. IO.
enum DraftWriter {
    /// - Parameter label: how messages name the bundle (`Outputs/2026-06-08`).
    /// - Throws: what `BundleWriter.write` and `EpisodeBundle.files` throw.
    static func write(_ episode: Episode, analysis: Analysis, into bundle: URL, label: String, context: CommandContext) throws {
        let commits = analysis.commits.map { BundleCommit(hash: $0.commit.hash, subject: $0.commit.subject) }
        let report = try BundleWriter().write(
            try EpisodeBundle.files(for: episode, analysis: analysis), into: bundle, force: context.options.force, commits: commits)
        context.warn("\(label): \(summary(of: report))")
        for line in report.changes?.lines ?? [] { context.warn("  \(line)") }
    }

    /// One line: what was written, kept or skipped.
    static func summary(of report: BundleWriter.Report) -> String {
        if report.skippedApproved { return "approved, so left as it is" }
        var parts: [String] = []
        for beside in report.besides {
            parts.append("\(beside.edited) was edited, so its new draft is \(beside.draft) (see \(BundleWriter.changesName))")
        }
        if !report.backups.isEmpty { parts.append("kept the edited files as " + report.backups.joined(separator: ", ")) }
        parts.append(report.written.isEmpty ? "already up to date" : "wrote " + report.written.joined(separator: ", "))
        return parts.joined(separator: "; ")
    }
}
