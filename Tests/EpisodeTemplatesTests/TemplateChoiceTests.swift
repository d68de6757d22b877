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

    @Test func repeatedSlotCountsOccurrences() throws {
        // The second use of a slot in one render is a different pick over seeds: its hash
        // includes the occurrence index, so the two are not always equal.
        let set = try TemplateSet(defaults: [
            "main": "{% for n in items %}{% choose \"hand-over\" %}a{% or %}b{% or %}c{% endchoose %}{% endfor %}",
        ])
        let items: TemplateValue = [1, 2, 3, 4]
        let outputs = try Self.thirtyDates.map { try set.render("main", context: ["items": items], seed: $0) }
        #expect(outputs.contains { Set($0).count > 1 })
        for (date, output) in zip(Self.thirtyDates, outputs) {
            let expected = (0..<4).map { occurrence in
                ["a", "b", "c"][TemplateChoice.branchIndex(seed: date, slot: "hand-over", occurrence: occurrence, count: 3)]
            }.joined()
            #expect(output == expected)
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
        // Expected picks computed outside Swift (a Python transcription of FNV-1a 64 plus the
        // Murmur3 finaliser, over "2026-06-0N\u{1F}opening\u{1F}0"), so a change of the
        // hashing, which would reshuffle every show's wording, is noticed.
        let picks = (1...8).map { TemplateChoice.branchIndex(seed: "2026-06-0\($0)", slot: "opening", occurrence: 0, count: 3) }
        #expect(picks == [1, 1, 0, 2, 0, 0, 0, 1])
    }
}
