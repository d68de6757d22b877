import Foundation
import Testing
import EpisodeTemplates
@testable import EpisodeShow

@Suite struct DefaultTemplatesTests {
    static var sourceFolder: URL { CorpusDays.packageRoot.appendingPathComponent("Sources/EpisodeShow/DefaultTemplates") }

    /// The bundle the build installs holds exactly the files of the one source folder.
    @Test func bundledTemplatesAreTheSourceFiles() throws {
        let files = try TemplateDirectoryLoader.load(directory: Self.sourceFolder).mapValues(\.text)
        #expect(files.count >= 10)
        #expect(try DefaultTemplates.all() == files)
    }

    /// README and Docs point users at Inputs/templates: it must show the same files, not a copy.
    @Test func inputsTemplatesIsTheSourceFolder() throws {
        let inputs = CorpusDays.packageRoot.appendingPathComponent("Inputs/templates")
        #expect(inputs.resolvingSymlinksInPath().path == Self.sourceFolder.resolvingSymlinksInPath().path,
                "Inputs/templates must be a link to Sources/EpisodeShow/DefaultTemplates")
        #expect(try TemplateDirectoryLoader.load(directory: inputs).mapValues(\.text) == DefaultTemplates.all())
    }

    @Test func theBundleIsFoundBesideTheProgram() throws {
        let folder = try #require(DefaultTemplates.folder(searching: DefaultTemplates.searchFolders()))
        #expect(DefaultTemplates.searchFolders().contains { folder.path.hasPrefix($0.path) })
    }

    /// A binary copied without its bundle gets a template error (exit 6) naming what is missing, not a trap.
    @Test func aMissingBundleIsATemplateError() throws {
        let empty = FileManager.default.temporaryDirectory.appendingPathComponent("no-bundle-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: empty) }
        #expect(DefaultTemplates.folder(searching: [empty]) == nil)
        do {
            _ = try DefaultTemplates.load(searching: [empty])
            Issue.record("loading from a folder without the bundle succeeded")
        } catch let error as TemplateError {
            #expect(error.kind == .unreadable)
            #expect(error.message.contains("episodegen_EpisodeShow.resources"))
            #expect(error.message.contains(empty.path))
        }
    }

    @Test func everySlotOffersAlternatives() throws {
        let all = try DefaultTemplates.all()
        for name in ["greeting", "lead", "story", "person", "roundup", "more", "focus", "signoff"] {
            let text = all[name] ?? ""
            #expect(text.contains("{% choose"), "\(name) has no alternatives")
            #expect(text.contains("{% or %}"), "\(name) has only one alternative")
        }
    }

    @Test func defaultsCompileWithTheShowFilters() throws {
        let all = try DefaultTemplates.all()
        let set = try TemplateSet(defaults: all, filters: ShowFilters.all)
        #expect(set.templateNames.count == all.count)
    }
}
