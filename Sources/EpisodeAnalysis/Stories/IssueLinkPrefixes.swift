/// The configuration's `issueLinkPrefixes`, ready for matching: links whose text after the
/// prefix is an issue number belong to the prefix's repository. Longest prefix first, so a
/// more specific prefix wins over a shorter one it starts with.
public struct IssueLinkPrefixes: Sendable {
    struct Entry: Sendable {
        let prefix: String
        let repository: String
    }

    let entries: [Entry]

    /// - Parameter prefixes: a link prefix without its scheme (`go.dev/issue/`) to its repository (`golang/go`).
    public init(_ prefixes: [String: String] = [:]) {
        entries = prefixes.map { Entry(prefix: $0.key, repository: $0.value) }
            .sorted { ($0.prefix.utf8.count, $1.prefix) > ($1.prefix.utf8.count, $0.prefix) }
    }

    /// The entry whose prefix starts `link` (scheme already removed), if any.
    func entry(for link: Substring) -> Entry? {
        entries.first { link.hasPrefix($0.prefix) }
    }
}
