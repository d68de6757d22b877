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
