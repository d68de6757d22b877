import Foundation

/// A parsed `.mailmap`: git's four entry forms, comments and blank lines.
///
/// - `Proper Name <commit@email>`
/// - `<proper@email> <commit@email>`
/// - `Proper Name <proper@email> <commit@email>`
/// - `Proper Name <proper@email> Commit Name <commit@email>`
///
/// E-mails and commit names are compared ignoring case, as git does. Pure.
public struct Mailmap: Equatable, Sendable {
    public struct Entry: Equatable, Sendable {
        public var properName: String?
        public var properEmail: String?
        public var commitName: String?
        public var commitEmail: String
    }

    public var entries: [Entry]

    public init(entries: [Entry] = []) {
        self.entries = entries
    }

    /// The proper name and e-mail for a commit's spelling; unchanged parts stay as given.
    public func resolve(name: String, email: String) -> (name: String, email: String) {
        let wantedEmail = email.lowercased()
        let wantedName = name.lowercased()
        // An entry naming the commit name too is more specific than one naming only the e-mail; later lines win, as in git.
        let specific = entries.last { $0.commitName?.lowercased() == wantedName && $0.commitEmail.lowercased() == wantedEmail }
        let general = entries.last { $0.commitName == nil && $0.commitEmail.lowercased() == wantedEmail }
        guard let entry = specific ?? general else { return (name, email) }
        return (entry.properName ?? name, entry.properEmail ?? email)
    }
}

/// Reads `.mailmap` text into a `Mailmap`. Lines it cannot read are skipped, as git skips them.
public enum MailmapParser {
    public static func parse(_ text: String) -> Mailmap {
        var entries: [Mailmap.Entry] = []
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: true) {
            if let entry = entry(in: Substring(rawLine)) { entries.append(entry) }
        }
        return Mailmap(entries: entries)
    }

    /// One line: a name, then `<email>`, optionally a second name and `<email>`; `#` starts a comment.
    static func entry(in line: Substring) -> Mailmap.Entry? {
        var rest = line
        if rest.drop(while: { $0 == " " || $0 == "\t" }).first == "#" { return nil }
        var parts: [(name: String?, email: String)] = []
        while let open = rest.firstIndex(of: "<"), let close = rest[open...].firstIndex(of: ">") {
            let name = rest[..<open].trimmingSpaces()
            let email = String(rest[rest.index(after: open)..<close]).trimmingSpaces()
            parts.append((name.isEmpty ? nil : name, email))
            rest = rest[rest.index(after: close)...]
            if parts.count == 2 { break }
        }
        switch parts.count {
        case 1:
            guard let name = parts[0].name else { return nil }
            return Mailmap.Entry(properName: name, properEmail: nil, commitName: nil, commitEmail: parts[0].email)
        case 2:
            return Mailmap.Entry(
                properName: parts[0].name, properEmail: parts[0].email.isEmpty ? nil : parts[0].email,
                commitName: parts[1].name, commitEmail: parts[1].email
            )
        default:
            return nil
        }
    }
}

extension String {
    /// The text without surrounding spaces, tabs and newlines.
    func trimmingSpaces() -> String { self[...].trimmingSpaces() }
}

extension Substring {
    /// The text without surrounding spaces, tabs and newlines (Foundation's `whitespacesAndNewlines`).
    func trimmingSpaces() -> String {
        // Fast path: when the first and last bytes kept are ASCII, Foundation would stop at the
        // same places, because only ASCII whitespace was dropped.
        let bytes = utf8
        var start = bytes.startIndex
        var end = bytes.endIndex
        while start != end, ASCIIText.isWhitespace(bytes[start]) { start = bytes.index(after: start) }
        while end != start, ASCIIText.isWhitespace(bytes[bytes.index(before: end)]) { end = bytes.index(before: end) }
        if start == end { return "" }
        if bytes[start] < 0x80, bytes[bytes.index(before: end)] < 0x80 { return String(self[start..<end]) }
        return String(self).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
