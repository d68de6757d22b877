import EpisodeModel
import EpisodeText

/// Finds issue references in a message: `Fixes #N`, `Updates #N`, `For #N`, `golang/go#N`,
/// GitHub issue URLs, links the configuration names (`go.dev/issue/N` in the Go presets),
/// and trailers such as `Fixes: golang/go#N`. The word
/// before a reference (or a list of them) gives its relation; otherwise it is `mentions`.
///
/// A bare `#N` is a reference only where a project's tracker number is meant: in the subject
/// (GitHub's `(#1597)`, always `mentions`: it is the pull request itself), after a linking
/// word (`fixes`, `closes`, `resolves`, `updates`, `for`, `see`, `refs`, ...), or in the
/// value of a trailer such as `Fixes:` or `Refs:`. Elsewhere in a body `#0`, `#1`, ... are
/// test numbers, list markers or code, and `#0` never is a reference. Qualified references
/// (`golang/go#N`, links) count anywhere. Pure.
public enum IssueReferenceExtractor {
    static let relations: [String: String] = [
        "fix": "fixes", "fixes": "fixes", "fixed": "fixes", "resolve": "fixes", "resolves": "fixes", "resolved": "fixes",
        "close": "closes", "closes": "closes", "closed": "closes",
        "update": "updates", "updates": "updates", "updated": "updates", "for": "for",
        "see": "mentions", "ref": "mentions", "refs": "mentions", "references": "mentions", "related": "mentions",
    ]
    /// Trailer keys whose values are references: the linking words, and keys that only point at an issue.
    static let trailerRelations: [String: String] = relations.merging(
        ["see-also": "mentions", "issue": "mentions", "issues": "mentions", "bug": "mentions"], uniquingKeysWith: { first, _ in first }
    )

    /// Stronger relations win when one issue is named twice.
    static let strength = ["fixes": 4, "closes": 3, "updates": 2, "for": 1, "mentions": 0]

    /// References in order of first appearance, one per issue, with the strongest relation seen.
    /// - Parameters:
    ///   - bareBodyReferences: false for a project with no `#` tracker (git.git): a body's bare
    ///     `#N` is then never a reference, even after a linking word.
    ///   - links: the project's issue links (configuration `issueLinkPrefixes`).
    public static func extract(
        subject: String, body: String, trailers: [Trailer], bareBodyReferences: Bool = true, links: IssueLinkPrefixes = IssueLinkPrefixes()
    ) -> [IssueReference] {
        var found: [IssueReference] = []
        func add(_ reference: IssueReference) {
            if let index = found.firstIndex(where: { $0.repository == reference.repository && $0.number == reference.number }) {
                if strength[reference.relation, default: 0] > strength[found[index].relation, default: 0] { found[index].relation = reference.relation }
            } else {
                found.append(reference)
            }
        }
        scan(subject, relation: nil, bare: .anywhere, links: links).forEach(add)
        scan(body, relation: nil, bare: bareBodyReferences ? .afterLinkingWord : .never, links: links).forEach(add)
        for trailer in trailers {
            let key = trailer.key.lowercased()
            guard let relation = trailerRelations[key] else { continue }
            scan(trailer.value, relation: relation, bare: .anywhere, links: links).forEach(add)
        }
        return found
    }

    /// Where a bare `#N` (without a repository) counts as a reference.
    enum BareReferences {
        /// In a subject or a trailer's value.
        case anywhere
        /// In a body: only after a linking word (`Fixes #1, #2 and #3`).
        case afterLinkingWord
        /// In the body of a project without a `#` tracker.
        case never
    }

    /// Every reference in `text`; `relation` forces the relation (for a trailer's value).
    static func scan(
        _ text: String, relation forced: String?, bare: BareReferences = .anywhere, links: IssueLinkPrefixes = IssueLinkPrefixes()
    ) -> [IssueReference] {
        Tokens.withBytes(text) { bytes in
            var references: [IssueReference] = []
            var pendingRelation: String? = forced
            var cursor = Tokens.Cursor(bytes)
            while let token = cursor.next() {
                // Most tokens are plain words: only those with `#` or `/` can be references.
                if token.hasHashOrSlash, let reference = reference(in: token.substring(of: text), links: links) {
                    // `(#1016)` names the pull request itself, whatever word comes before ("with 7 updates (#1016)").
                    let parenthesized = token.range.lowerBound > 0 && bytes[token.range.lowerBound - 1] == UInt8(ascii: "(")
                    let relation = parenthesized ? forced ?? "mentions" : pendingRelation ?? "mentions"
                    let counts = reference.repository != nil || bare == .anywhere || (bare == .afterLinkingWord && pendingRelation != nil)
                    if counts { references.append(IssueReference(repository: reference.repository, number: reference.number, relation: relation)) }
                    // A list goes on: `Fixes #1, #2 and #3`; any other word ends it.
                    continue
                }
                switch relationWord(UnsafeBufferPointer(rebasing: bytes[token.range])) {
                case .continuing: break
                case let .relation(relation): pendingRelation = relation ?? forced
                }
            }
            return references
        }
    }

    /// What a token says about the relation of the references after it.
    enum RelationWord: Equatable {
        /// `and`: a list goes on.
        case continuing
        /// A relation word names its relation; any other word ends a list (`nil`).
        case relation(String?)
    }

    /// The relation a token names, comparing its bytes ignoring ASCII case. A token with a byte
    /// that is not ASCII names none: the only such character that lowercases to ASCII is the
    /// Kelvin sign (`k`), and no relation word holds a `k`.
    static func relationWord(_ bytes: UnsafeBufferPointer<UInt8>) -> RelationWord {
        guard bytes.count <= 10, bytes.count >= 3 else { return .relation(nil) }
        for (word, relation) in relationBytes where word.count == bytes.count {
            if zip(word, bytes).allSatisfy({ $0 == ByteText.lowered($1) }) { return relation.map { .relation($0) } ?? .continuing }
        }
        return .relation(nil)
    }

    /// The relation words as bytes, with "and" (no relation: it continues a list).
    static let relationBytes: [([UInt8], String?)] = relations.keys.sorted().map { (Array($0.utf8), relations[$0]) } + [(Array("and".utf8), nil)]

    /// `#12`, `owner/repo#12`, `github.com/o/r/issues/12`, or a configured link (`go.dev/issue/12`).
    static func reference(in token: Substring, links: IssueLinkPrefixes) -> (repository: String?, number: Int)? {
        var text = token
        for scheme in ["https://", "http://"] where text.hasPrefix(scheme) { text = text.dropFirst(scheme.count) }
        if let link = links.entry(for: text) {
            return number(text.dropFirst(link.prefix.count)).map { (link.repository, $0) }
        }
        if text.hasPrefix("github.com/") {
            let parts = text.split(separator: "/")
            if parts.count == 5, parts[3] == "issues" || parts[3] == "pull", let value = number(parts[4]) {
                return ("\(parts[1])/\(parts[2])", value)
            }
            return nil
        }
        // No `#` byte, no `#` character: skip the walk over characters (paths such as `builtin/log.c`).
        guard text.utf8.contains(UInt8(ascii: "#")), let hash = text.firstIndex(of: "#"), let value = number(text[text.index(after: hash)...]) else { return nil }
        let owner = text[..<hash]
        if owner.isEmpty { return (nil, value) }
        let parts = owner.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isLetter || $0.isNumber || "-_.".contains($0) } }) else { return nil }
        return (String(owner), value)
    }

    /// A tracker number: digits, not 0 (`#0` is an index or a list marker, never an issue).
    static func number(_ text: Substring) -> Int? {
        guard !text.isEmpty, text.count <= 9, text.allSatisfy(\.isASCII), text.allSatisfy(\.isNumber), let value = Int(text), value > 0 else { return nil }
        return value
    }
}
