import Foundation
import EpisodeModel

/// A small test-only reader for the corpus formats this target's tests use (`--format=fuller
/// --numstat`, `--name-status`, `--stat`, the default `medium`). It exists because the real
/// `LogParser` is built in parallel; it is good enough for these tests, not a parser.
enum CorpusLog {
    /// `../shared/corpus/` beside the package root.
    static var folder: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/corpus")
    }

    static func commits(_ name: String) throws -> [Commit] {
        let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
        return read(text)
    }

    static func read(_ text: String) -> [Commit] {
        var commits: [Commit] = []
        var current: Commit?
        var message: [String] = []
        func finish() {
            guard var commit = current else { return }
            split(message, into: &commit)
            commits.append(commit)
            current = nil
            message = []
        }
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = String(rawLine)
            if line.hasPrefix("commit "), line.count >= 47 {
                finish()
                let hash = String(line.dropFirst(7).prefix { $0.isHexDigit })
                current = Commit(hash: hash)
                continue
            }
            guard current != nil else { continue }
            if line.hasPrefix("    ") {
                message.append(String(line.dropFirst(4)))
            } else if line.hasPrefix("Merge: ") {
                current!.parents = line.dropFirst(7).split(separator: " ").map(String.init)
            } else if line.hasPrefix("Author: ") {
                current!.author = signature(String(line.dropFirst(7)))
            } else if line.hasPrefix("Commit: ") {
                current!.committer = signature(String(line.dropFirst(7)))
            } else if line.hasPrefix("AuthorDate: ") || line.hasPrefix("Date: ") {
                let text = line.drop { $0 != " " }.trimmingCharacters(in: .whitespaces)
                current!.author?.date = date(text)
            } else if line.hasPrefix("CommitDate: ") {
                current!.committer?.date = date(line.dropFirst(12).trimmingCharacters(in: .whitespaces))
            } else if let file = fileChange(line) {
                current!.files.append(file)
            }
        }
        finish()
        return commits
    }

    static func signature(_ text: String) -> Signature {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard let open = trimmed.lastIndex(of: "<"), let close = trimmed.lastIndex(of: ">") else { return Signature(name: trimmed, email: "") }
        return Signature(name: trimmed[..<open].trimmingCharacters(in: .whitespaces), email: String(trimmed[trimmed.index(after: open)..<close]))
    }

    /// `Sat Jun 27 10:58:58 2026 -0700`.
    nonisolated(unsafe) static let formatter: DateFormatter = {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "EEE MMM d HH:mm:ss yyyy Z"
        return formatter
    }()
    static let lock = NSLock()

    static func date(_ text: String) -> GitDate {
        let zone = text.split(separator: " ").last.map(String.init) ?? "+0000"
        let sign = zone.hasPrefix("-") ? -1 : 1
        let digits = zone.dropFirst()
        let minutes = digits.count == 4 ? sign * ((Int(digits.prefix(2)) ?? 0) * 60 + (Int(digits.suffix(2)) ?? 0)) : 0
        let seconds = lock.withLock { formatter.date(from: text).map { Int64($0.timeIntervalSince1970) } }
        return GitDate(text: text, seconds: seconds, utcOffsetMinutes: minutes)
    }

    /// `12\t3\tpath`, `M\tpath`, `R087\told\tnew`, ` path | 12 ++--`.
    static func fileChange(_ line: String) -> FileChange? {
        let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        if fields.count == 3, let added = Int(fields[0]) ?? (fields[0] == "-" ? 0 : nil), let deleted = Int(fields[1]) ?? (fields[1] == "-" ? 0 : nil) {
            return FileChange(path: fields[2], additions: added, deletions: deleted, isBinary: fields[0] == "-")
        }
        if fields.count >= 2, let letter = fields[0].first, fields[0].count <= 4, "AMDRCT".contains(letter) {
            let kinds: [Character: ChangeKind] = ["A": .added, "M": .modified, "D": .deleted, "R": .renamed, "C": .copied, "T": .typeChanged]
            let similarity = Int(fields[0].dropFirst())
            if fields.count == 3 { return FileChange(path: fields[2], oldPath: fields[1], kind: kinds[letter], similarity: similarity) }
            return FileChange(path: fields[1], kind: kinds[letter])
        }
        if line.hasPrefix(" "), let bar = line.range(of: " | ") {
            let path = line[..<bar.lowerBound].trimmingCharacters(in: .whitespaces)
            let count = line[bar.upperBound...].split(separator: " ").first.flatMap { Int($0) }
            return FileChange(path: path, changedLines: count ?? 0, isBinary: count == nil)
        }
        return nil
    }

    /// Subject, body and the trailer block (the last paragraph, when every line is `Key: value`).
    static func split(_ lines: [String], into commit: inout Commit) {
        var lines = lines
        while lines.last?.trimmingCharacters(in: .whitespaces).isEmpty == true { lines.removeLast() }
        guard let subject = lines.first else { return }
        commit.subject = subject
        var rest = Array(lines.dropFirst().drop { $0.trimmingCharacters(in: .whitespaces).isEmpty })
        let lastBlank = rest.lastIndex { $0.trimmingCharacters(in: .whitespaces).isEmpty }
        let paragraph = Array(rest[((lastBlank ?? -1) + 1)...])
        let isTrailer: (String) -> Bool = { line in
            guard let colon = line.range(of: ": ") else { return false }
            let key = line[..<colon.lowerBound]
            return !key.isEmpty && key.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == " " } && !key.hasPrefix(" ")
                && key.split(separator: " ").count <= 2
        }
        if !paragraph.isEmpty, paragraph.allSatisfy(isTrailer), lastBlank != nil || rest.count == paragraph.count, !(lastBlank == nil && rest.isEmpty) {
            commit.trailers = paragraph.map { line in
                let colon = line.range(of: ": ")!
                return Trailer(key: String(line[..<colon.lowerBound]), value: String(line[colon.upperBound...]))
            }
            rest = Array(rest[..<((lastBlank ?? 0))])
            while rest.last?.trimmingCharacters(in: .whitespaces).isEmpty == true { rest.removeLast() }
        }
        commit.body = rest.joined(separator: "\n")
    }
}
