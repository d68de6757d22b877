import Foundation
import Testing

/// Golden-file checks: compares rendered text with `Goldens/<case>/<file>` next to this
/// test target. `RECORD_GOLDENS=1 swift test --filter EpisodeShowTests` rewrites the files;
/// otherwise a missing or different file fails with a line diff and that hint.
enum Golden {
    static var folder: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Goldens")
    }

    static var isRecording: Bool { ProcessInfo.processInfo.environment["RECORD_GOLDENS"] == "1" }

    static func check(_ actual: String, case name: String, file: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let url = folder.appendingPathComponent(name).appendingPathComponent(file)
        let hint = "re-record with: RECORD_GOLDENS=1 swift test --filter EpisodeShowTests, then read the file before committing it"
        if isRecording {
            do {
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try actual.write(to: url, atomically: true, encoding: .utf8)
            } catch {
                Issue.record("could not record golden \(url.path): \(error)", sourceLocation: sourceLocation)
            }
            return
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            Issue.record("missing golden file Goldens/\(name)/\(file); \(hint)", sourceLocation: sourceLocation)
            return
        }
        let expected = String(decoding: data, as: UTF8.self)
        guard expected != actual else { return }
        Issue.record("Goldens/\(name)/\(file) differs (- golden, + actual):\n\(lineDiff(expected, actual))\n\(hint)", sourceLocation: sourceLocation)
    }

    /// A small line diff: the lines only in one side, in order, with their line numbers.
    static func lineDiff(_ expected: String, _ actual: String) -> String {
        let old = expected.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let new = actual.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // Longest common subsequence table; goldens are small.
        var lcs = Array(repeating: Array(repeating: 0, count: new.count + 1), count: old.count + 1)
        for i in stride(from: old.count - 1, through: 0, by: -1) {
            for j in stride(from: new.count - 1, through: 0, by: -1) {
                lcs[i][j] = old[i] == new[j] ? lcs[i + 1][j + 1] + 1 : max(lcs[i + 1][j], lcs[i][j + 1])
            }
        }
        var lines: [String] = []
        var i = 0, j = 0
        while i < old.count || j < new.count {
            if i < old.count, j < new.count, old[i] == new[j] { i += 1; j += 1; continue }
            if j < new.count, i == old.count || lcs[i][j + 1] >= lcs[i + 1][j] {
                lines.append("+\(j + 1): \(new[j])"); j += 1
            } else {
                lines.append("-\(i + 1): \(old[i])"); i += 1
            }
        }
        return lines.prefix(60).joined(separator: "\n")
    }
}
