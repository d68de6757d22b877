import EpisodeModel
import EpisodeText

/// Reads the dates git prints (`--date=` / `log.date`) into a `GitDate`.
///
/// Absolute forms give `seconds` (and the zone when printed): default
/// (`Thu Aug 20 07:30:30 2026 -0700`), `iso` (`2026-08-20 07:30:30 -0700`), `iso-strict`
/// (`2026-08-20T07:30:30-07:00`), `rfc` (`Thu, 20 Aug 2026 07:30:30 -0700`), `raw`
/// (`1782000000 -0700`), `unix` (`1782000000`), `short` (`2026-08-20`) and `local`
/// (the default form without a zone). Without a printed zone the offset is `nil` and the
/// wall-clock time is read as UTC. Anything else (`relative`: "3 days ago", `human`) keeps
/// only the text. Epoch seconds come from calendar arithmetic, not from `DateFormatter`.
enum GitDateParser {
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> GitDate {
        let text = ByteText.trimmingSpacesAndTabs(bytes)
        var date = GitDate(text: TextDecoding.string(text))
        if let (seconds, offset) = instant(text) {
            date.seconds = seconds
            date.utcOffsetMinutes = offset
        }
        return date
    }

    /// Seconds since the epoch and the offset in minutes, when `text` is an absolute date.
    static func instant(_ text: UnsafeBufferPointer<UInt8>) -> (Int64, Int?)? {
        guard let first = text.first else { return nil }
        if ByteText.isDigit(first) {
            if text.count >= 10, text[4] == 0x2D { return isoInstant(text) }
            return unixInstant(text)
        }
        return wordyInstant(text)
    }

    /// `1782000000` or `1782000000 -0700`.
    private static func unixInstant(_ text: UnsafeBufferPointer<UInt8>) -> (Int64, Int?)? {
        var index = 0
        guard let seconds = ByteText.readDecimal(text, &index) else { return nil }
        if index == text.count { return (Int64(seconds), nil) }
        guard text[index] == 0x20 else { return nil }
        index += 1
        guard let offset = zone(text, &index), index == text.count else { return nil }
        return (Int64(seconds), offset)
    }

    /// `2026-08-20`, `2026-08-20 07:30:30 -0700`, `2026-08-20T07:30:30-07:00`, `...Z`.
    private static func isoInstant(_ text: UnsafeBufferPointer<UInt8>) -> (Int64, Int?)? {
        var index = 0
        guard let year = ByteText.readDecimal(text, &index), expect(text, &index, 0x2D),
              let month = ByteText.readDecimal(text, &index), expect(text, &index, 0x2D),
              let day = ByteText.readDecimal(text, &index)
        else { return nil }
        if index == text.count { return combine(year, month, day, 0, 0, 0, nil) }
        guard text[index] == 0x20 || text[index] == 0x54 else { return nil }
        index += 1
        guard let (hour, minute, second) = clock(text, &index) else { return nil }
        if index == text.count { return combine(year, month, day, hour, minute, second, nil) }
        if text[index] == 0x20 { index += 1 }
        guard let offset = zone(text, &index), index == text.count else { return nil }
        return combine(year, month, day, hour, minute, second, offset)
    }

    /// `Thu Aug 20 07:30:30 2026 -0700` (default, local without the zone) and
    /// `Thu, 20 Aug 2026 07:30:30 -0700` (rfc).
    private static func wordyInstant(_ text: UnsafeBufferPointer<UInt8>) -> (Int64, Int?)? {
        guard text.count >= 4 else { return nil }
        var index = 3
        if text[index] == 0x2C {
            index += 1
            skipSpaces(text, &index)
            guard let day = ByteText.readDecimal(text, &index) else { return nil }
            skipSpaces(text, &index)
            guard let month = monthNumber(text, &index) else { return nil }
            skipSpaces(text, &index)
            guard let year = ByteText.readDecimal(text, &index) else { return nil }
            skipSpaces(text, &index)
            guard let (hour, minute, second) = clock(text, &index) else { return nil }
            skipSpaces(text, &index)
            guard let offset = zone(text, &index), index == text.count else { return nil }
            return combine(year, month, day, hour, minute, second, offset)
        }
        skipSpaces(text, &index)
        guard let month = monthNumber(text, &index) else { return nil }
        skipSpaces(text, &index)
        guard let day = ByteText.readDecimal(text, &index) else { return nil }
        skipSpaces(text, &index)
        guard let (hour, minute, second) = clock(text, &index) else { return nil }
        skipSpaces(text, &index)
        guard let year = ByteText.readDecimal(text, &index) else { return nil }
        if index == text.count { return combine(year, month, day, hour, minute, second, nil) }
        skipSpaces(text, &index)
        guard let offset = zone(text, &index), index == text.count else { return nil }
        return combine(year, month, day, hour, minute, second, offset)
    }

    private static func combine(
        _ year: Int, _ month: Int, _ day: Int, _ hour: Int, _ minute: Int, _ second: Int, _ offset: Int?
    ) -> (Int64, Int?)? {
        guard (1...12).contains(month), (1...31).contains(day), hour < 24, minute < 60, second <= 60 else { return nil }
        let days = daysFromCivil(year: Int64(year), month: Int64(month), day: Int64(day))
        let local = days * 86_400 + Int64(hour * 3600 + minute * 60 + second)
        return (local - Int64((offset ?? 0) * 60), offset)
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date (era-based arithmetic, valid for any year).
    static func daysFromCivil(year: Int64, month: Int64, day: Int64) -> Int64 {
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
        let yearOfEra = shiftedYear - era * 400
        let shiftedMonth = month > 2 ? month - 3 : month + 9
        let dayOfYear = (153 * shiftedMonth + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// `HH:MM:SS` (or `HH:MM`).
    private static func clock(_ text: UnsafeBufferPointer<UInt8>, _ index: inout Int) -> (Int, Int, Int)? {
        guard let hour = ByteText.readDecimal(text, &index), expect(text, &index, 0x3A),
              let minute = ByteText.readDecimal(text, &index)
        else { return nil }
        var second = 0
        if index < text.count, text[index] == 0x3A {
            index += 1
            guard let value = ByteText.readDecimal(text, &index) else { return nil }
            second = value
        }
        return (hour, minute, second)
    }

    /// `-0700`, `+05:30` or `Z`, in minutes east of UTC.
    private static func zone(_ text: UnsafeBufferPointer<UInt8>, _ index: inout Int) -> Int? {
        guard index < text.count else { return nil }
        if text[index] == 0x5A {
            index += 1
            return 0
        }
        let sign: Int
        switch text[index] {
        case 0x2B: sign = 1
        case 0x2D: sign = -1
        default: return nil
        }
        index += 1
        guard index + 2 <= text.count, let hours = ByteText.decimal(text, index, index + 2) else { return nil }
        index += 2
        if index < text.count, text[index] == 0x3A { index += 1 }
        guard index + 2 <= text.count, let minutes = ByteText.decimal(text, index, index + 2) else { return nil }
        index += 2
        return sign * (hours * 60 + minutes)
    }

    /// `jan` to `dec` as three lowercase ASCII bytes packed into one number, January first.
    private static let monthKeys: [UInt32] = [
        0x6A616E, 0x666562, 0x6D6172, 0x617072, 0x6D6179, 0x6A756E,
        0x6A756C, 0x617567, 0x736570, 0x6F6374, 0x6E6F76, 0x646563,
    ]

    /// `Aug` (any case) as 8, moving `index` past it.
    private static func monthNumber(_ text: UnsafeBufferPointer<UInt8>, _ index: inout Int) -> Int? {
        guard index + 3 <= text.count else { return nil }
        let key = (UInt32(text[index] | 0x20) << 16) | (UInt32(text[index + 1] | 0x20) << 8) | UInt32(text[index + 2] | 0x20)
        guard let found = monthKeys.firstIndex(of: key) else { return nil }
        index += 3
        return found + 1
    }

    private static func expect(_ text: UnsafeBufferPointer<UInt8>, _ index: inout Int, _ byte: UInt8) -> Bool {
        guard index < text.count, text[index] == byte else { return false }
        index += 1
        return true
    }

    private static func skipSpaces(_ text: UnsafeBufferPointer<UInt8>, _ index: inout Int) {
        while index < text.count, text[index] == 0x20 { index += 1 }
    }
}
