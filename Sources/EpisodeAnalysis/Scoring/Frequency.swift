/// Counts repeated values for the editorial choices that go by majority (a story's authors and
/// areas, a person's usual spelling, a topic's area, a story's issue). Ties always go to the
/// value met first, so the choice does not depend on dictionary order. Pure.
enum Frequency {
    /// Distinct values, most frequent first; ties keep the order of first appearance.
    static func ranked(_ values: [String]) -> [String] {
        var counts: [String: Int] = [:]
        var order: [String] = []
        for value in values {
            if counts[value] == nil { order.append(value) }
            counts[value, default: 0] += 1
        }
        return order.enumerated().sorted { a, b in
            counts[a.element]! != counts[b.element]! ? counts[a.element]! > counts[b.element]! : a.offset < b.offset
        }.map(\.element)
    }

    /// The value seen most often; ties go to the one seen first.
    static func mostFrequent(_ values: [String]) -> String? {
        var counts: [String: Int] = [:]
        for value in values { counts[value, default: 0] += 1 }
        var best: String?
        for value in values where best == nil || counts[value]! > counts[best!]! {
            best = value
        }
        return best
    }
}
