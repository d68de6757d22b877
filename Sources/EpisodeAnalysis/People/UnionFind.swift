/// Disjoint groups of positions `0..<count`, joined pairwise; each group's root is its
/// smallest position, so groups come out in input order. Used for people (spellings) and
/// for stories (commits).
struct UnionFind {
    private var parent: [Int]
    private var sizes: [Int]

    init(count: Int = 0) {
        parent = Array(0..<count)
        sizes = Array(repeating: 1, count: count)
    }

    /// Adds a position in a group of its own and returns it.
    mutating func append() -> Int {
        parent.append(parent.count)
        sizes.append(1)
        return parent.count - 1
    }

    /// The root of the group of `index` (with path compression).
    mutating func find(_ index: Int) -> Int {
        var root = index
        while parent[root] != root { root = parent[root] }
        var node = index
        while parent[node] != root {
            let next = parent[node]
            parent[node] = root
            node = next
        }
        return root
    }

    mutating func size(of index: Int) -> Int { sizes[find(index)] }

    /// Joins the groups of `a` and `b`; returns the root kept and the root dropped, or nil when
    /// they already were one group.
    @discardableResult
    mutating func union(_ a: Int, _ b: Int) -> (kept: Int, dropped: Int)? {
        let rootA = find(a)
        let rootB = find(b)
        guard rootA != rootB else { return nil }
        let (keep, drop) = rootA < rootB ? (rootA, rootB) : (rootB, rootA)
        parent[drop] = keep
        sizes[keep] += sizes[drop]
        return (keep, drop)
    }
}
