import Foundation
import Testing
import EpisodeTestSupport

/// The README quotes the start of a generated script and notes; they must stay what the tool
/// prints, so each quoted block has to be the start of its golden file.
@Suite struct ReadmeExcerptTests {
    static let goldenFolder = TestCorpus.packageFile("Tests/EpisodeShowTests/Goldens/go-tools-2026-06-08")

    /// The blocks after `<!-- excerpt: NAME -->`: the indented lines that follow, de-indented.
    static func excerpts(in readme: String) -> [(name: String, text: String)] {
        let lines = readme.components(separatedBy: "\n")
        var result: [(String, String)] = []
        for (index, line) in lines.enumerated() where line.hasPrefix("<!-- excerpt: ") {
            let name = String(line.dropFirst("<!-- excerpt: ".count).dropLast(" -->".count))
            var block: [String] = []
            for next in lines[(index + 1)...] {
                if next.isEmpty { block.append(""); continue }
                guard next.hasPrefix("    ") else { break }
                block.append(String(next.dropFirst(4)))
            }
            while block.last == "" { block.removeLast() }
            result.append((name, block.joined(separator: "\n")))
        }
        return result
    }

    @Test func readmeExcerptsAreTheStartOfTheGoldenFiles() throws {
        let readme = try String(contentsOf: TestCorpus.packageFile("README.md"), encoding: .utf8)
        let excerpts = Self.excerpts(in: readme)
        #expect(excerpts.map(\.name) == ["script.txt", "notes.md"])
        for excerpt in excerpts {
            let golden = try String(contentsOf: Self.goldenFolder.appendingPathComponent(excerpt.name), encoding: .utf8)
            #expect(excerpt.text.count > 200, "the \(excerpt.name) excerpt is too short to show anything")
            #expect(golden.hasPrefix(excerpt.text), "README's \(excerpt.name) excerpt is no longer what the tool prints: copy it again from \(Self.goldenFolder.path)/\(excerpt.name)")
        }
    }
}
