import EpisodeModel
import EpisodeText

/// Lines that belong to no commit, and the other problems that do not stop parsing.
extension LogParser {
    /// The issue describing the current run of stray lines, and how many lines it covers.
    struct StrayRun {
        var issue: Int?
        var lines = 0
        var lastLine = 0
    }

    /// Records a line that belongs to no commit. Consecutive stray lines share one issue.
    mutating func stray(_ line: UnsafeBufferPointer<UInt8>, expected: String) {
        if let index = strayRun.issue, index < issues.count {
            strayRun.lines += 1
            strayRun.lastLine = lineCount
            return
        }
        let before = issues.count
        report(lineCount, "\(expected), found \(TextDecoding.excerpt(line))")
        if issues.count > before {
            strayRun.issue = issues.count - 1
            strayRun.lines = 1
            strayRun.lastLine = lineCount
        }
    }

    /// Ends a run of stray lines, noting its length in the issue.
    mutating func closeStrayRun() {
        guard let index = strayRun.issue else { return }
        if strayRun.lines > 1, index < issues.count {
            let more = strayRun.lines - 1
            issues[index].message += " (and \(more) more such \(more == 1 ? "line" : "lines") up to line \(strayRun.lastLine))"
        }
        strayRun.issue = nil
        strayRun.lines = 0
    }

    mutating func report(_ line: Int, _ message: String) {
        if issues.count >= Self.issueLimit {
            droppedIssues += 1
            return
        }
        issues.append(ParseIssue(line: line, message: message))
    }
}
