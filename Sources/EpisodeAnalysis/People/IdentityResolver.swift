import EpisodeModel
import EpisodeText

/// Groups commits by person, not by spelling: the mailmap first, then the configured
/// identities (e-mails compared ignoring case), then spellings that share an exact full name
/// (a name with a space in it). Credits `Co-authored-by` co-authors and flags bots.
/// Names are kept exactly as written. Pure.
public struct IdentityResolver: Sendable {
    /// Who wrote each commit, by input position, and everyone met.
    public struct Result: Equatable, Sendable {
        /// `Person.id` of each commit's author; empty when the format prints no author (`--oneline`).
        public var authorIDs: [String]
        public var coAuthorIDs: [[String]]
        /// People in no particular order; the analyzer orders them.
        public var people: [Person]
    }

    public var mailmap: Mailmap
    public var identities: [Identity]
    public var bots: BotDetector

    public init(mailmap: Mailmap = Mailmap(), identities: [Identity] = [], bots: BotDetector = BotDetector()) {
        self.mailmap = mailmap
        self.identities = identities
        self.bots = bots
    }

    public func resolve(_ commits: [Commit]) -> Result {
        var groups = SpellingGroups()
        var authorKeys: [Int] = []
        var coAuthorKeys: [[Int]] = []
        // Each spelling is resolved once: mailmap, identities and bot globs are the costly part.
        var known: [RawSpelling: Int] = [:]
        func key(name: String, email: String) -> Int {
            let raw = RawSpelling(name: name, email: email)
            if let index = known[raw] { return index }
            let index = groups.add(spelling(name: name, email: email))
            known[raw] = index
            return index
        }
        for position in commits.indices {
            let author = commits[position].author ?? commits[position].committer ?? Signature(name: "", email: "")
            authorKeys.append(key(name: author.name, email: author.email))
            var coKeys: [Int] = []
            for value in commits[position].values(ofTrailer: "Co-authored-by") {
                let (name, email) = IdentityResolver.split(value)
                let key = key(name: name, email: email)
                if !coKeys.contains(key) { coKeys.append(key) }
            }
            coAuthorKeys.append(coKeys)
        }
        groups.mergeSharedFullNames()

        var people: [Int: Person] = [:]
        for (root, members) in groups.groupsByRoot() {
            people[root] = person(for: members)
        }
        var authorIDs: [String] = []
        var coAuthorIDs: [[String]] = []
        for index in commits.indices {
            let hash = commits[index].hash
            let root = groups.find(authorKeys[index])
            authorIDs.append(people[root]!.id)
            people[root]!.commits.append(hash)
            var ids: [String] = []
            for key in coAuthorKeys[index] {
                let coRoot = groups.find(key)
                guard coRoot != root, !ids.contains(people[coRoot]!.id) else { continue }
                ids.append(people[coRoot]!.id)
                people[coRoot]!.coAuthored.append(hash)
            }
            coAuthorIDs.append(ids)
        }
        // Formats without an author (`--oneline`) give an empty spelling: no one to name.
        let named = people.keys.sorted().map { people[$0]! }.filter { !$0.id.isEmpty }
        return Result(authorIDs: authorIDs, coAuthorIDs: coAuthorIDs, people: named)
    }

    /// `Name <email>` into its parts; a value without `<` is a name, or an e-mail if it has `@`.
    static func split(_ value: String) -> (name: String, email: String) {
        guard let open = value.firstIndex(of: "<") else {
            let trimmed = value.trimmingWhitespace()
            return trimmed.contains("@") ? ("", trimmed) : (trimmed, "")
        }
        let close = value[open...].firstIndex(of: ">") ?? value.endIndex
        return (value[..<open].trimmingWhitespace(), value[value.index(after: open)..<close].trimmingWhitespace())
    }

    /// One spelling after the mailmap, with the identity it belongs to, if any.
    private func spelling(name rawName: String, email rawEmail: String) -> Spelling {
        let original = rawEmail.isEmpty ? rawName : "\(rawName) <\(rawEmail)>"
        let (name, email) = mailmap.resolve(name: rawName, email: rawEmail)
        let identity = identities.firstIndex { IdentityResolver.identity($0, matchesName: name, email: email) }
            ?? identities.firstIndex { IdentityResolver.identity($0, matchesName: rawName, email: rawEmail) }
        return Spelling(
            original: original, name: name, email: email, identity: identity,
            isBot: bots.isBot(name: name, email: email) || bots.isBot(name: rawName, email: rawEmail)
        )
    }

    static func identity(_ identity: Identity, matchesName name: String, email: String) -> Bool {
        let lowerEmail = email.lowercased()
        if let own = identity.email, !lowerEmail.isEmpty, own.lowercased() == lowerEmail { return true }
        if identity.name == name, !name.isEmpty { return true }
        for alias in identity.aliases {
            let (aliasName, aliasEmail) = split(alias)
            if !aliasEmail.isEmpty {
                if aliasEmail.lowercased() == lowerEmail, aliasName.isEmpty || aliasName == name { return true }
            } else if aliasName == name, !name.isEmpty {
                return true
            }
        }
        return false
    }

    private func person(for spellings: [Spelling]) -> Person {
        let configured = spellings.compactMap(\.identity).min().map { identities[$0] }
        let name = configured?.name ?? Frequency.mostFrequent(spellings.map(\.name).filter { !$0.isEmpty }) ?? ""
        let emails = spellings.map(\.email).filter { !$0.isEmpty }
        let email = configured?.email ?? Frequency.mostFrequent(emails) ?? ""
        let id = email.isEmpty ? name : email.lowercased()
        let canonical = email.isEmpty ? name : "\(name) <\(email)>"
        let aliases = Set(spellings.map(\.original)).subtracting([canonical]).sorted()
        return Person(id: id, name: name, email: email, aliases: aliases, isBot: spellings.contains { $0.isBot })
    }
}
