/// Picks among the alternatives of a `{% choose %}` slot, the same way on every machine
/// and every run (Swift's `Hasher` is seeded per process, so it is never used here).
///
/// The seed and the slot pick where a slot starts; each further use of the slot takes the
/// next alternative in turn. So a slot used twice in one episode never says the same
/// wording twice in a row, and repeats only after every alternative has been used. A seed
/// that is a date (`2026-06-08`, as the show passes it) starts one alternative further on
/// each day, so a daily show never opens a slot the same way two days running.
public enum TemplateChoice {
    /// The branch to render: `(start + occurrence) mod count`, where `start` is FNV-1a 64
    /// over the UTF-8 bytes of `seed + "\u{1F}" + slot + "\u{1F}" + "0"`, passed through a
    /// 64-bit finaliser so that dates differing in one digit spread over all branches,
    /// modulo `count`.
    ///
    /// - Parameters:
    ///   - seed: the render's seed (the episode date).
    ///   - slot: the slot name, `opening` in `{% choose "opening" %}`.
    ///   - occurrence: how many blocks of this slot were rendered before this one (0-based):
    ///     in the same render, or in the same `TemplateChoices` across renders.
    ///   - count: the number of alternatives (at least 1).
    /// - Returns: an index in `0..<count`.
    public static func branchIndex(seed: String, slot: String, occurrence: Int, count: Int) -> Int {
        precondition(count > 0, "a choice needs at least one alternative")
        return (start(seed: seed, slot: slot, count: count) + occurrence % count) % count
    }

    /// Where a slot starts for a seed: the branch of its first occurrence.
    public static func start(seed: String, slot: String, count: Int) -> Int {
        precondition(count > 0, "a choice needs at least one alternative")
        if let day = dayNumber(seed) {
            let offset = mix(fnv1a64(slot + "\u{1F}" + "0")) % UInt64(count)
            return Int((UInt64(day % Int64(count) + Int64(count)) + offset) % UInt64(count))
        }
        let key = seed + "\u{1F}" + slot + "\u{1F}" + "0"
        return Int(mix(fnv1a64(key)) % UInt64(count))
    }

    /// Days since 1970-01-01 of a `YYYY-MM-DD` seed, or `nil` for any other seed.
    public static func dayNumber(_ seed: String) -> Int64? {
        let parts = seed.split(separator: "-", omittingEmptySubsequences: false)
        guard seed.utf8.count == 10, parts.count == 3, let year = Int64(parts[0]), let month = Int64(parts[1]), let day = Int64(parts[2]),
              (1...12).contains(month), (1...31).contains(day) else { return nil }
        // Days from civil (proleptic Gregorian), after Howard Hinnant's public-domain algorithm.
        let shifted = month <= 2 ? year - 1 : year
        let era = (shifted >= 0 ? shifted : shifted - 399) / 400
        let yearOfEra = shifted - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// FNV-1a, 64-bit: offset basis 0xcbf29ce484222325, prime 0x100000001b3.
    public static func fnv1a64(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return hash
    }

    /// The 64-bit finaliser of MurmurHash3: every input bit affects every output bit.
    static func mix(_ value: UInt64) -> UInt64 {
        var hash = value
        hash ^= hash >> 33
        hash = hash &* 0xff51_afd7_ed55_8ccd
        hash ^= hash >> 33
        hash = hash &* 0xc4ce_b9fe_1a85_ec53
        hash ^= hash >> 33
        return hash
    }
}
