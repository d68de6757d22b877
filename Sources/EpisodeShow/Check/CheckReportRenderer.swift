import Foundation

/// Writes a `CheckReport` for people (compiler-style lines) or for tools (JSON). Pure.
public enum CheckReportRenderer {
    /// The report as text: one `<script>:<line>[:<column>]: error|warning: <message>` line per
    /// finding, then the edited paragraphs with the commits behind them, the segments cut from
    /// the draft, the new length, and a summary line.
    /// - Parameter scriptName: the script's path as the user gave it (`Outputs/2026-06-08/script.txt`).
    public static func text(_ report: CheckReport, scriptName: String) -> String {
        var sections: [[String]] = []
        sections.append(report.findings.map { finding in
            let place = finding.column.map { "\(finding.line):\($0)" } ?? "\(finding.line)"
            return "\(scriptName):\(place): \(finding.severity.rawValue): \(finding.message)"
        })
        let edited = report.paragraphs.filter { $0.status == .edited }
        if !edited.isEmpty {
            sections.append(["Edited paragraphs and the commits behind them:"] + edited.map { paragraph in
                let kind = paragraph.kind?.rawValue ?? "segment"
                return "  \(scriptName):\(paragraph.line): edited \(kind) (\(paragraph.similarity)% like the draft): \(commitList(paragraph.commits))"
            })
        }
        if !report.removedSegments.isEmpty {
            sections.append(["Cut from the draft:"] + report.removedSegments.map { segment in
                "  \(segment.kind.rawValue) (segment \(segment.segment + 1)): \(commitList(segment.commits))"
            })
        }
        let rate = report.wordsPerMinute == report.wordsPerMinute.rounded() ? String(Int(report.wordsPerMinute)) : String(format: "%.1f", report.wordsPerMinute)
        sections.append([
            "Length: \(report.wordCount) words, \(report.duration) at \(rate) words a minute (draft: \(report.draftWordCount) words, \(report.draftDuration))",
            summary(report),
        ])
        let lines = sections.filter { !$0.isEmpty }.map { $0.joined(separator: "\n") }
        return lines.joined(separator: "\n\n") + "\n"
    }

    /// `2 errors, 1 warning in 9 paragraphs (6 unchanged, 2 edited, 1 new)`.
    public static func summary(_ report: CheckReport) -> String {
        let count = { (status: ParagraphStatus) in report.paragraphs.filter { $0.status == status }.count }
        let errors = report.errors == 1 ? "1 error" : "\(report.errors) errors"
        let warnings = report.warnings == 1 ? "1 warning" : "\(report.warnings) warnings"
        let paragraphs = report.paragraphs.count == 1 ? "1 paragraph" : "\(report.paragraphs.count) paragraphs"
        return "\(errors), \(warnings) in \(paragraphs) (\(count(.unchanged)) unchanged, \(count(.edited)) edited, \(count(.new)) new)"
    }

    /// The report as JSON with sorted keys, plus the script's path under `script`.
    public static func json(_ report: CheckReport, scriptName: String) throws -> String {
        struct Document: Encodable {
            var script: String
            var report: CheckReport
            func encode(to encoder: Encoder) throws {
                try report.encode(to: encoder)
                var container = encoder.container(keyedBy: Key.self)
                try container.encode(script, forKey: .script)
            }
            enum Key: String, CodingKey { case script }
        }
        return try EpisodeJSONRenderer.text(of: Document(script: scriptName, report: report))
    }

    /// Short hashes, comma-separated; "no commits" for the greeting and sign-off.
    static func commitList(_ commits: [String]) -> String {
        commits.isEmpty ? "no commits" : (commits.count == 1 ? "commit " : "commits ") + commits.map { String($0.prefix(7)) }.joined(separator: ", ")
    }
}
