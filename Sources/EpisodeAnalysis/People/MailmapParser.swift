import EpisodeText

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
            let name = rest[..<open].trimmingWhitespace()
            let email = String(rest[rest.index(after: open)..<close]).trimmingWhitespace()
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
