import Foundation
import EpisodeIngest

/// What a show remembers between nightly runs (`.episodegen-state.json` in its folder): the last
/// day it drafted, so a run after nights off drafts every missing day.
struct NightlyState: Codable, Equatable, Sendable {
    static let fileName = ".episodegen-state.json"

    /// `YYYY-MM-DD`.
    var lastDrafted: String?

    /// The days a run should draft to reach `target`: the day after the last drafted one through
    /// `target`, or only `target` for a new show or when `target` is not after the last one. Pure.
    func days(through target: CalendarDay) -> [CalendarDay] {
        guard let text = lastDrafted, let last = CalendarDay(parsing: text), last < target else { return [target] }
        var days: [CalendarDay] = []
        var day = last.next
        while true {
            days.append(day)
            if day >= target { break }
            day = day.next
        }
        return days
    }
}

extension NightlyState {
    /// The state in `folder`; empty when there is none or it cannot be read (then only the
    /// asked-for day is drafted, which loses nothing).
    static func read(in folder: String) -> NightlyState {
        guard let data = FileManager.default.contents(atPath: folder + "/" + fileName) else { return NightlyState() }
        return (try? JSONDecoder().decode(NightlyState.self, from: data)) ?? NightlyState()
    }

    /// Saves the state atomically, as the bundle files are saved.
    func write(in folder: String) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        let data = (try? encoder.encode(self)) ?? Data()
        try BundleWriter().writeAtomically(Array(data) + [UInt8(ascii: "\n")], to: folder + "/" + Self.fileName)
    }
}
