import EpisodeModel
import EpisodeText

/// Puts commits that belong together into stories: a topic branch and its merge (matched by
/// the subjects the merge lists, and by its second parent), a revert and what it reverts (by
/// hash, or by quoted subject), the same issue, a follow-up naming an earlier change
/// (`CL 12345` or a hash), and otherwise a series by one author in one area on one day. Pure.
struct StoryBuilder {
    /// A story before it is scored: its members by input position.
    struct Draft: Equatable, Sendable {
        var id: String
        var kind: StoryKind
        /// Input positions, ascending.
        var members: [Int]
        /// The topic merge that tells this story, if any: a main-line merge with a description first.
        var merge: Int?
    }

    /// Which link joined commits; the strongest link names the story's kind.
    enum Link: Int, Comparable {
        case series, followUp, issue, revert, topic
        static func < (a: Link, b: Link) -> Bool { a.rawValue < b.rawValue }
        var kind: StoryKind {
            switch self {
            case .series: .series
            case .followUp: .followUp
            case .issue: .issue
            case .revert: .revert
            case .topic: .topic
            }
        }
    }

    /// Groups commits into drafts, and records on each topic member the topic it came in with.
    static func build(_ facts: inout [CommitFacts]) -> [Draft] {
        var joiner = Joiner(count: facts.count)
        let lookup = Lookup(facts)

        // Topic branches and their merges.
        var claimed = Set<Int>()
        var mergesByTopic: [String: [Int]] = [:]
        var topicOrder: [String] = []
        // Loops go by position and read fields in place: copying a whole `CommitFacts` costs dozens of retains.
        for position in facts.indices {
            guard let topic = facts[position].convention.topic else { continue }
            if mergesByTopic[topic] == nil { topicOrder.append(topic) }
            mergesByTopic[topic, default: []].append(position)
        }
        // Merges into the main line claim their commits first, then merges into maintenance
        // branches; a topic merged into another topic (`into kk/no-walk-pathspec-fix`) lists
        // commits of other topics too, so it claims none.
        var claimOrder: [(rank: Int, merge: Int)] = []
        for topic in topicOrder {
            let merges = mergesByTopic[topic]!
            for merge in merges {
                joiner.join(merges[0], merge, .topic)
                claimOrder.append((mergeRank(facts[merge].convention.mergedInto), merge))
            }
        }
        claimOrder.sort { $0.rank != $1.rank ? $0.rank < $1.rank : $0.merge < $1.merge }
        for (rank, merge) in claimOrder where rank < 2 {
            let topic = facts[merge].convention.topic!
            var members: [Int] = []
            for subject in facts[merge].convention.topicSubjects {
                let candidates = lookup.bySubject[subject, default: []].filter { !claimed.contains($0) && !facts[$0].isMerge }
                // The topic's own commits are older than its merge: later in the log.
                if let member = candidates.first(where: { $0 > merge }) ?? candidates.first { members.append(member) }
            }
            if facts[merge].commit.parents.count > 1, let tip = lookup.commit(hash: facts[merge].commit.parents[1]),
               !claimed.contains(tip), !facts[tip].isMerge {
                members.append(tip)
            }
            for member in members where !claimed.contains(member) {
                claimed.insert(member)
                facts[member].topic = topic
                joiner.join(merge, member, .topic)
            }
        }

        // Reverts and what they revert.
        for index in facts.indices where facts[index].convention.isRevert {
            var target: Int?
            for hash in facts[index].convention.revertedHashes {
                if let found = lookup.commit(hash: hash), found != index {
                    target = found
                    break
                }
            }
            if target == nil, let subject = facts[index].convention.revertedSubject {
                let candidates = lookup.bySubject[subject, default: []].filter { $0 != index }
                target = candidates.first(where: { $0 > index }) ?? candidates.first
            }
            if let target { joiner.join(index, target, .revert) }
        }

        // The same issue.
        var firstByIssue: [String: Int] = [:]
        for index in facts.indices {
            for reference in facts[index].issueReferences where reference.relation != "mentions" {
                if let first = firstByIssue[reference.label] { joiner.join(first, index, .issue) } else { firstByIssue[reference.label] = index }
            }
        }

        // Follow-ups that name an earlier change.
        for index in facts.indices {
            for target in followUpTargets(of: facts[index], lookup: lookup) where target != index {
                joiner.join(index, target, .followUp)
            }
        }

        // Series: one author, one area, one day, among commits still on their own.
        var seriesKeys: [String: [Int]] = [:]
        var seriesOrder: [String] = []
        for position in facts.indices
        where !facts[position].isMerge && !facts[position].authorID.isEmpty && joiner.size(of: position) == 1 {
            let key = "\(facts[position].authorID):\(facts[position].decision.area.id):\(facts[position].day)"
            if seriesKeys[key] == nil { seriesOrder.append(key) }
            seriesKeys[key, default: []].append(position)
        }
        var seriesKeyByRoot: [Int: String] = [:]
        for key in seriesOrder {
            let members = seriesKeys[key]!
            guard members.count > 1 else { continue }
            for member in members.dropFirst() { joiner.join(members[0], member, .series) }
            seriesKeyByRoot[joiner.find(members[0])] = key
        }

        // One draft per group, in input order of its first member.
        var drafts: [Draft] = []
        var draftByRoot: [Int: Int] = [:]
        for index in facts.indices {
            let root = joiner.find(index)
            if let draft = draftByRoot[root] {
                drafts[draft].members.append(index)
            } else {
                draftByRoot[root] = drafts.count
                drafts.append(Draft(id: "", kind: .single, members: [index], merge: nil))
            }
        }
        var usedIDs = Set<String>()
        for position in drafts.indices {
            let members = drafts[position].members
            let root = joiner.find(members[0])
            let link = joiner.strongest[root]
            var id: String
            switch link {
            case nil:
                drafts[position].kind = .single
                id = "commit:" + facts[members[0]].hash
            case .topic?:
                drafts[position].kind = .topic
                // The main-line merge with a description tells the story; then the first in input order.
                let merge = members.filter { facts[$0].convention.topic != nil }.min { a, b in
                    let keyA = (mergeRank(facts[a].convention.mergedInto), facts[a].convention.topicDescription == nil ? 1 : 0, a)
                    let keyB = (mergeRank(facts[b].convention.mergedInto), facts[b].convention.topicDescription == nil ? 1 : 0, b)
                    return keyA < keyB
                }
                drafts[position].merge = merge
                id = "topic:" + (merge.flatMap { facts[$0].convention.topic } ?? facts[members[0]].hash)
            case .issue?:
                drafts[position].kind = .issue
                id = "issue:" + (sharedIssue(members, facts: facts) ?? facts[members[0]].hash)
            case .series?:
                drafts[position].kind = .series
                id = "series:" + (seriesKeyByRoot[root] ?? facts[members[0]].hash)
            case let other?:
                drafts[position].kind = other.kind
                id = "\(other.kind.rawValue):" + facts[members[0]].hash
            }
            var unique = id
            var counter = 2
            while usedIDs.contains(unique) {
                unique = "\(id)#\(counter)"
                counter += 1
            }
            usedIDs.insert(unique)
            drafts[position].id = unique
        }
        return drafts
    }

    /// 0 for the main line (no `into`, or `into master`/`main`), 1 for `maint*` and `release*`, 2 for anything else.
    static func mergeRank(_ into: String?) -> Int {
        guard let into, !["master", "main", "next", "seen"].contains(into) else { return 0 }
        return into.hasPrefix("maint") || into.hasPrefix("release") ? 1 : 2
    }

    /// The issue most members name (ties: the first met).
    static func sharedIssue(_ members: [Int], facts: [CommitFacts]) -> String? {
        Frequency.mostFrequent(members.flatMap { member in
            facts[member].issueReferences.filter { $0.relation != "mentions" }.map(\.label)
        })
    }

    /// Commits a message points back to: `CL 12345` or a `go.dev/cl/12345` link (a Gerrit change
    /// number), or a hash prefix of 7+ hex digits.
    static func followUpTargets(of fact: CommitFacts, lookup: Lookup) -> [Int] {
        var targets: [Int] = []
        // The subject's tokens then the body's, as one sequence: `CL` may end the subject.
        var afterCL = false
        for text in [fact.commit.subject, fact.commit.body] {
            Tokens.withBytes(text) { bytes in
                var cursor = Tokens.Cursor(bytes)
                while let token = cursor.next() {
                    let tokenBytes = UnsafeBufferPointer(rebasing: bytes[token.range])
                    if afterCL, let target = lookup.byChange[String(token.substring(of: text))] { targets.append(target) }
                    afterCL = tokenBytes.count == 2 && tokenBytes[0] == UInt8(ascii: "C") && tokenBytes[1] == UInt8(ascii: "L")
                    if afterCL { continue }
                    if token.hasHashOrSlash || !token.isASCII, let change = changeNumber(inLink: token.substring(of: text)),
                       let target = lookup.byChange[change] {
                        targets.append(target)
                    } else if ConventionParser.looksLikeHash(tokenBytes) {
                        let hash = String(token.substring(of: text))
                        if !fact.convention.revertedHashes.contains(hash), let target = lookup.commit(hash: hash) { targets.append(target) }
                    }
                }
            }
        }
        return targets
    }

    /// The change number of `go.dev/cl/795040`, `golang.org/cl/795040` or `https://go-review.googlesource.com/c/tools/+/795040`.
    static func changeNumber(inLink token: Substring) -> String? {
        // Most tokens have no slash at all, and no other character can stand for one.
        guard token.utf8.contains(UInt8(ascii: "/")) else { return nil }
        if ASCIIText.isASCII(token) {
            guard ASCIIText.contains(token, "/cl/") || ASCIIText.contains(token, "/+/") else { return nil }
        } else {
            guard token.contains("/cl/") || token.contains("/+/") else { return nil }
        }
        return CommitFacts.lastSegmentNumber(token)
    }

    /// Finds commits by hash prefix, subject and Gerrit change number.
    struct Lookup {
        var byShortHash: [String: [Int]] = [:]
        var hashes: [String] = []
        var bySubject: [String: [Int]] = [:]
        var byChange: [String: Int] = [:]

        init(_ facts: [CommitFacts]) {
            facts.withUnsafeBufferPointer { facts in
                for index in facts.indices {
                    let hash = facts[index].hash.lowercased()
                    hashes.append(hash)
                    byShortHash[String(hash.prefix(7)), default: []].append(index)
                    bySubject[facts[index].commit.subject.trimmingWhitespace(), default: []].append(index)
                    if let change = facts[index].changeNumber, byChange[change] == nil { byChange[change] = index }
                }
            }
        }

        /// The commit whose hash starts with `hash` (or that `hash` starts with, for abbreviated logs).
        func commit(hash: String) -> Int? {
            let wanted = hash.lowercased()
            guard wanted.count >= 7 else { return nil }
            return byShortHash[String(wanted.prefix(7)), default: []].first { hashes[$0].hasPrefix(wanted) || wanted.hasPrefix(hashes[$0]) }
        }
    }

    /// Union-find over input positions that remembers the strongest link of each group.
    struct Joiner {
        private var sets: UnionFind
        var strongest: [Int: Link] = [:]

        init(count: Int) {
            sets = UnionFind(count: count)
        }

        mutating func find(_ index: Int) -> Int { sets.find(index) }

        mutating func size(of index: Int) -> Int { sets.size(of: index) }

        mutating func join(_ a: Int, _ b: Int, _ link: Link) {
            let rootA = find(a)
            let rootB = find(b)
            let best = [strongest[rootA], strongest[rootB], link].compactMap { $0 }.max()!
            guard let (keep, drop) = sets.union(rootA, rootB) else {
                strongest[rootA] = best
                return
            }
            strongest[drop] = nil
            strongest[keep] = best
        }
    }
}
