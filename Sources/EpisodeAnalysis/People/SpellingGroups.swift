/// Union-find over spellings: one group per person.
struct SpellingGroups {
    private(set) var spellings: [Spelling] = []
    private var sets = UnionFind()
    private var byKey: [String: Int] = [:]

    /// Adds a spelling (or finds the group it belongs to) and returns its index.
    mutating func add(_ spelling: Spelling) -> Int {
        let exact = "spelling:" + spelling.original
        if let known = byKey[exact] { return known }
        let index = spellings.count
        spellings.append(spelling)
        _ = sets.append()
        byKey[exact] = index
        let key: String
        if let identity = spelling.identity {
            key = "identity:\(identity)"
        } else if !spelling.email.isEmpty {
            key = "email:" + spelling.email.lowercased()
        } else {
            key = "name:" + spelling.name
        }
        if let other = byKey[key] { union(index, other) } else { byKey[key] = index }
        return index
    }

    /// Joins spellings that carry the same full name (with a space), unless either is a bot.
    mutating func mergeSharedFullNames() {
        var firstByName: [String: Int] = [:]
        for (index, spelling) in spellings.enumerated() where spelling.name.contains(" ") && !spelling.isBot {
            if let other = firstByName[spelling.name] { union(index, other) } else { firstByName[spelling.name] = index }
        }
    }

    mutating func find(_ index: Int) -> Int { sets.find(index) }

    private mutating func union(_ a: Int, _ b: Int) { sets.union(a, b) }

    /// Each group's spellings in the order they were first met, by root.
    mutating func groupsByRoot() -> [Int: [Spelling]] {
        var groups: [Int: [Spelling]] = [:]
        for index in spellings.indices { groups[find(index), default: []].append(spellings[index]) }
        return groups
    }
}
