import Foundation
import EpisodeModel
@testable import EpisodeShow

/// The measure of issue "Tell the story": how a daily show's wording repeats from day to day.
/// A sentence's opener is its first two words. People's names fold to NAME and areas' spoken
/// names to AREA: those are the day's news, not the show's habits, so an opener made only of
/// them ("NAME NAME", "in AREA") is not counted, nor one made of those and counts. Greeting and sign-off are the show's
/// signature and are left out.
struct VarietyMeasure {
    let episode: Episode
    /// Spoken area names as the script says them, longest first.
    let areas: [String]
    let names: Set<String>

    init(episode: Episode, analysis: Analysis, pronunciations: [String: String]) {
        self.episode = episode
        let spoken = Set(analysis.areas.map(\.area.spokenName) + analysis.commits.map(\.area.spokenName)).flatMap { name -> [String] in
            let said = SpeakableText.applyingPronunciations(pronunciations, to: name)
            // "gopls, the language server" is also said as its first part alone.
            return [said, String(said.split(separator: ",").first ?? "")]
        }
        areas = Set(spoken.map { $0.hasPrefix("the ") ? String($0.dropFirst(4)) : $0 }).filter { !$0.isEmpty }.sorted { $0.count > $1.count }
        names = Set(episode.contributors.flatMap { $0.name.split(separator: " ").map(String.init) })
    }

    var sentences: [String] {
        episode.segments.filter { $0.kind != .greeting && $0.kind != .signoff }.flatMap { SentenceTools.sentences(in: $0.text) }
    }

    /// Lower-cased words with areas folded to AREA and names to NAME.
    func words(_ sentence: String) -> [String] {
        var text = sentence
        for area in areas { text = text.replacingOccurrences(of: area, with: "AREA") }
        return text.split(separator: " ").compactMap { word in
            let core = String(word).trimmingCharacters(in: CharacterSet(charactersIn: ".,:;!?\"")).replacingOccurrences(of: "'s", with: "")
            if core == "AREA" { return "AREA" }
            if names.contains(core) { return "NAME" }
            let lower = core.lowercased()
            return lower.isEmpty ? nil : lower
        }
    }

    /// Names, areas, glue words and counts ("two in the tests, one in the docs"): the day's data.
    static let content: Set<String> = Set(["NAME", "AREA", "the", "in", "and"] + (1...20).map { SpokenNumber.cardinal($0) })

    /// Openers of the day's sentences, leaving out those made only of names, areas and glue words.
    var openers: Set<String> {
        Set(sentences.map { words($0).prefix(2) }.filter { !$0.allSatisfy(VarietyMeasure.content.contains) }.map { $0.joined(separator: " ") })
    }

    /// Four-word sequences of the day's sentences, leaving out those made only of names, areas and glue words.
    var phrases: Set<String> {
        var result = Set<String>()
        for sentence in sentences {
            let words = words(sentence)
            guard words.count >= 4 else { continue }
            for index in 0...(words.count - 4) where !words[index..<index + 4].allSatisfy({ VarietyMeasure.content.contains($0) || $0.first?.isNumber == true }) {
                result.insert(words[index..<index + 4].joined(separator: " "))
            }
        }
        return result
    }
}
