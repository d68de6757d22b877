import Foundation
import Testing
import EpisodeTemplates
@testable import EpisodeShow

@Suite struct DefaultTemplatesTests {
    static var folder: URL { CorpusDays.packageRoot.appendingPathComponent("Inputs/templates") }

    @Test func inputsTemplatesEqualTheEmbeddedDefaultsByteForByte() throws {
        let files = try TemplateDirectoryLoader.load(directory: Self.folder)
        #expect(Set(files.keys) == Set(DefaultTemplates.all.keys), "Inputs/templates/*.tmpl and DefaultTemplates.swift name different templates")
        for (name, source) in files.sorted(by: { $0.key < $1.key }) {
            #expect(source.text == DefaultTemplates.all[name], "Inputs/templates/\(name).tmpl differs from DefaultTemplates.all[\"\(name)\"]: edit the .tmpl file and copy its text into Sources/EpisodeShow/Compose/DefaultTemplates.swift")
        }
    }

    @Test func everySlotOffersAlternatives() {
        for name in ["greeting", "lead", "story", "person", "roundup", "more", "focus", "signoff"] {
            let text = DefaultTemplates.all[name] ?? ""
            #expect(text.contains("{% choose"), "\(name) has no alternatives")
            #expect(text.contains("{% or %}"), "\(name) has only one alternative")
        }
    }

    @Test func defaultsCompileWithTheShowFilters() throws {
        let set = try TemplateSet(defaults: DefaultTemplates.all, filters: ShowFilters.all)
        #expect(set.templateNames.count == DefaultTemplates.all.count)
    }
}
