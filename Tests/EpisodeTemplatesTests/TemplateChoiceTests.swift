import Foundation
import Testing
import EpisodeTemplates

@Suite struct TemplateChoiceTests {
    static let openings = """
        {% choose "opening" %}
        Hello and welcome.
        {% or %}
        Good morning.
        {% or %}
        Here is the day.
        {% endchoose %}
        """

    /// Thirty consecutive dates, as the show stage passes them.
    static let thirtyDates: [String] = (1...30).map { String(format: "2026-06-%02d", $0) }

    @Test func sameSeedGivesByteIdenticalOutput() throws {
        let set = try TemplateSet(defaults: ["main": Self.openings + "\n" + Self.openings])
        for date in Self.thirtyDates {
            let first = try set.render("main", context: [:], seed: date)
            let again = try TemplateSet(defaults: ["main": Self.openings + "\n" + Self.openings])
                .render("main", context: [:], seed: date)
            #expect(first == again)
        }
    }

    @Test func thirtyDatesDoNotAllPickTheSameBranch() throws {
        let set = try TemplateSet(defaults: ["main": Self.openings])
        let outputs = try Self.thirtyDates.map { try set.render("main", context: [:], seed: $0) }
        #expect(Set(outputs).count == 3, "picked: \(Set(outputs).sorted())")
        #expect(Set(outputs) == ["Hello and welcome.\n", "Good morning.\n", "Here is the day.\n"])
    }

    @Test func repeatedSlotRotatesThroughItsAlternatives() throws {
        // A slot used again in one render takes the next alternative: the first three uses
        // say all three wordings, the fourth comes back to the first. The start depends on the date.
        let set = try TemplateSet(defaults: [
            "main": "{% for n in items %}{% choose \"hand-over\" %}a{% or %}b{% or %}c{% endchoose %}{% endfor %}",
        ])
        let items: TemplateValue = [1, 2, 3, 4]
        let outputs = try Self.thirtyDates.map { try set.render("main", context: ["items": items], seed: $0) }
        for output in outputs {
            let picks = Array(output)
            #expect(Set(picks.prefix(3)) == ["a", "b", "c"], "\(output)")
            #expect(picks[3] == picks[0], "\(output)")
        }
        #expect(Set(outputs).count >= 3, "the start differs between dates: \(Set(outputs).sorted())")
        for (date, output) in zip(Self.thirtyDates, outputs) {
            let expected = (0..<4).map { occurrence in
                ["a", "b", "c"][TemplateChoice.branchIndex(seed: date, slot: "hand-over", occurrence: occurrence, count: 3)]
            }.joined()
            #expect(output == expected)
        }
    }

    @Test func sharedChoicesCarryTheRotationAcrossRenders() throws {
        // The show renders each segment on its own; with one TemplateChoices for the episode a
        // slot used in two segments does not repeat itself, and a rerun is identical.
        let set = try TemplateSet(defaults: ["seg": "{% choose \"too\" %}It settles an open issue, too.{% or %}That closes an issue.{% endchoose %}"])
        for date in Self.thirtyDates {
            var choices = TemplateChoices()
            let first = try set.render("seg", context: [:], seed: date, choices: &choices)
            let second = try set.render("seg", context: [:], seed: date, choices: &choices)
            #expect(first != second)
            #expect(choices.occurrences == ["too": 2])
            var again = TemplateChoices()
            #expect(try set.render("seg", context: [:], seed: date, choices: &again) == first)
            // Without shared choices each render starts over at the same wording.
            #expect(try set.render("seg", context: [:], seed: date) == first)
        }
    }

    @Test func slotsWithDifferentNamesPickIndependently() {
        let picks = Self.thirtyDates.map {
            (TemplateChoice.branchIndex(seed: $0, slot: "opening", occurrence: 0, count: 3),
             TemplateChoice.branchIndex(seed: $0, slot: "closing", occurrence: 0, count: 3))
        }
        #expect(picks.contains { $0.0 != $0.1 })
    }

    @Test func occurrencesCountAcrossIncludes() throws {
        let set = try TemplateSet(defaults: [
            "main": "{% include \"slot\" %}{% include \"slot\" %}",
            "slot": "{% choose \"s\" %}a{% or %}b{% endchoose %}",
        ])
        for date in Self.thirtyDates {
            let expected = (0..<2).map {
                ["a", "b"][TemplateChoice.branchIndex(seed: date, slot: "s", occurrence: $0, count: 2)]
            }.joined()
            #expect(try set.render("main", context: [:], seed: date) == expected)
        }
    }

    @Test func fnv1a64MatchesPublishedVectors() {
        // Reference values of the FNV-1a 64-bit specification.
        #expect(TemplateChoice.fnv1a64("") == 0xcbf2_9ce4_8422_2325)
        #expect(TemplateChoice.fnv1a64("a") == 0xaf63_dc4c_8601_ec8c)
        #expect(TemplateChoice.fnv1a64("foobar") == 0x8594_4171_f739_67e8)
    }

    @Test func branchIndexMatchesAnIndependentComputation() {
        // Expected picks computed outside Swift (Python: FNV-1a 64 plus the Murmur3 finaliser
        // over "opening\u{1F}0" gives the slot's offset, 2 of 3, added to the day number since
        // 1970-01-01; its parity picks the half {0, 2} or {1} the day takes first), so a change
        // of the hashing, which would reshuffle every show's wording, is noticed.
        let picks = (1...8).map { TemplateChoice.branchIndex(seed: "2026-06-0\($0)", slot: "opening", occurrence: 0, count: 3) }
        #expect(picks == [1, 0, 1, 2, 1, 0, 1, 2])
        let second = (1...8).map { TemplateChoice.branchIndex(seed: "2026-06-0\($0)", slot: "opening", occurrence: 1, count: 3) }
        #expect(second == [2, 2, 0, 0, 2, 2, 0, 0])
        // A seed that is not a date is hashed whole.
        #expect(TemplateChoice.dayNumber("2026-06-08") == 20_612)
        #expect(TemplateChoice.dayNumber("release-1.2") == nil)
        // Uses wrap around after every alternative.
        let wrapped = (1...8).map { TemplateChoice.branchIndex(seed: "2026-06-0\($0)", slot: "opening", occurrence: 4, count: 3) }
        #expect(wrapped == second)
    }

    /// The point of the halves: a slot used up to half its alternatives a day never says the
    /// same wording on two days running.
    @Test func consecutiveDaysShareNoWordingWithinHalfTheAlternatives() {
        for count in [2, 4, 5, 6, 7] {
            for slot in ["handover", "effect", "lead"] {
                let uses = count / 2
                let days = Self.thirtyDates.map { date in Set((0..<uses).map { TemplateChoice.branchIndex(seed: date, slot: slot, occurrence: $0, count: count) }) }
                for (today, tomorrow) in zip(days, days.dropFirst()) {
                    #expect(today.isDisjoint(with: tomorrow), "\(slot), \(count) alternatives: \(today) then \(tomorrow)")
                }
            }
        }
    }
}
