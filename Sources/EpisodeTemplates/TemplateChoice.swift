/// Picks among the alternatives of a `{% choose %}` slot, the same way on every machine
/// and every run (Swift's `Hasher` is seeded per process, so it is never used here).
///
/// Each further use of a slot in one episode takes another alternative, so a slot used twice
/// never says the same wording twice in a row, and repeats only after every alternative has
/// been used. A seed that is a date (`2026-06-08`, as the show passes it) splits a slot's
/// alternatives by the parity of the day: one day takes the even-numbered ones first, the next
/// day the odd-numbered ones, so two days running open a slot differently even when each uses
/// it two or three times; within its half each day starts one further on than two days before.
public enum TemplateChoice {
    /// The branch to render.
    ///
    /// For a date seed: `shifted` = days since 1970-01-01 plus the slot's offset (FNV-1a 64 over
    /// the UTF-8 bytes of `slot + "\u{1F}" + "0"`, through a 64-bit finaliser, modulo `count`).
    /// The day's own half is the branches whose index has the parity of `shifted`, the other
    /// half the rest; use number `occurrence mod count` takes the own half first, then the
    /// other, each rotated to start at `(shifted / 2) mod` its size. Any other seed: `(start +
    /// occurrence) mod count`, with `start` the same hash over `seed + "\u{1F}" + slot + "\u{1F}" + "0"`.
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
        guard let day = dayNumber(seed) else {
            return (Int(mix(fnv1a64(seed + "\u{1F}" + slot + "\u{1F}" + "0")) % UInt64(count)) + occurrence % count) % count
        }
        let offset = Int64(mix(fnv1a64(slot + "\u{1F}" + "0")) % UInt64(count))
        let shifted = day + offset
        let parity = Int(((shifted % 2) + 2) % 2)
        let own = Array(stride(from: parity, to: count, by: 2))
        let other = Array(stride(from: 1 - parity, to: count, by: 2))
        // Where a half starts: one further on every two days.
        func turn(_ half: [Int]) -> Int { Int(((shifted / 2) % Int64(half.count) + Int64(half.count)) % Int64(half.count)) }
        let use = occurrence % count
        if use < own.count { return own[(turn(own) + use) % own.count] }
        return other[(turn(other) + use - own.count) % other.count]
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
