/// Which commits a new draft has that the previous one did not, and the other way round. Pure.
public struct CommitChanges: Equatable, Sendable {
    public var added: [BundleCommit]
    public var removed: [BundleCommit]

    /// Compares by hash, keeping each list in its draft's order.
    public init(from old: [BundleCommit], to new: [BundleCommit]) {
        let oldHashes = Set(old.map(\.hash))
        let newHashes = Set(new.map(\.hash))
        added = new.filter { !oldHashes.contains($0.hash) }
        removed = old.filter { !newHashes.contains($0.hash) }
    }

    public var isEmpty: Bool { added.isEmpty && removed.isEmpty }

    /// The lines of `changes.txt` and of the message on standard error.
    public var lines: [String] {
        if isEmpty { return ["No commits added or removed: the templates or the configuration changed."] }
        var lines: [String] = []
        if !added.isEmpty { lines += ["Commits added:"] + added.map { "  + " + $0.line } }
        if !removed.isEmpty { lines += ["Commits removed:"] + removed.map { "  - " + $0.line } }
        return lines
    }
}
