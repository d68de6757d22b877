import Foundation
import Testing
import EpisodeTemplates

@Suite struct TemplateDirectoryLoaderTests {
    /// A fresh temp folder with the given files; removed by the caller.
    private func folder(with files: [String: String]) throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("episodegen-templates-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        for (name, text) in files {
            try Data(text.utf8).write(to: url.appendingPathComponent(name))
        }
        return url
    }

    @Test func loadsOnlyTmplFilesNamedWithoutExtension() throws {
        let url = try folder(with: ["opening.tmpl": "Morning!\n", "notes.md": "not a template", "closing.tmpl": "Bye."])
        defer { try? FileManager.default.removeItem(at: url) }
        try FileManager.default.createDirectory(at: url.appendingPathComponent("sub.tmpl"), withIntermediateDirectories: true)
        let sources = try TemplateDirectoryLoader.load(directory: url)
        #expect(sources.keys.sorted() == ["closing", "opening"])
        #expect(sources["opening"]?.text == "Morning!\n")
        #expect(sources["opening"]?.path == url.appendingPathComponent("opening.tmpl").path)
    }

    @Test func overridesFromAFolderReplaceOnlyTheNamedTemplates() throws {
        let url = try folder(with: ["opening.tmpl": "Good morning from {{ show }}.\n"])
        defer { try? FileManager.default.removeItem(at: url) }
        let defaults = [
            "script": "{% include \"opening\" %}\n{% include \"closing\" %}\n",
            "opening": "Hello from {{ show }}.\n",
            "closing": "See you tomorrow.\n",
        ]
        let set = try TemplateSet(defaults: defaults, overrides: try TemplateDirectoryLoader.load(directory: url))
        #expect(try set.render("script", context: ["show": "Go Tools Daily"], seed: "2026-06-08")
                == "Good morning from Go Tools Daily.\nSee you tomorrow.")
    }

    @Test func syntaxErrorInAnOverrideFileNamesTheFile() throws {
        let url = try folder(with: ["closing.tmpl": "Bye.\n{% if tomorrow %}\nSee you.\n"])
        defer { try? FileManager.default.removeItem(at: url) }
        let error = templateError {
            _ = try TemplateSet(defaults: ["closing": "Bye."], overrides: try TemplateDirectoryLoader.load(directory: url))
        }
        #expect(error?.location?.path == url.appendingPathComponent("closing.tmpl").path)
        #expect(error?.location?.line == 3)
        #expect(error?.description.contains("closing.tmpl:3:9: expected '{% endif %}'") == true,
                "was: \(error?.description ?? "no error")")
    }

    @Test func missingFolderIsAnError() {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("episodegen-no-such-\(UUID().uuidString)")
        let error = templateError { _ = try TemplateDirectoryLoader.load(directory: url) }
        #expect(error?.kind == .unreadable)
        #expect(error?.message.contains(url.path) == true)
    }

    @Test func nonUTF8FileIsAnError() throws {
        let url = try folder(with: [:])
        defer { try? FileManager.default.removeItem(at: url) }
        try Data([0xFF, 0xFE, 0xC3]).write(to: url.appendingPathComponent("bad.tmpl"))
        let error = templateError { _ = try TemplateDirectoryLoader.load(directory: url) }
        #expect(error?.kind == .unreadable)
        #expect(error?.message.contains("bad.tmpl") == true)
    }
}

/// Hostile template folders: nothing outside the folder, and nothing that blocks, gets read.
extension TemplateDirectoryLoaderTests {
    /// Found by probing: `greeting.tmpl -> /etc/passwd` put that file into the script.
    @Test func symbolicLinkOutOfTheFolderIsRefused() throws {
        let outside = FileManager.default.temporaryDirectory.appendingPathComponent("episodegen-secret-\(UUID().uuidString)")
        try Data("secret: not a template\n".utf8).write(to: outside)
        defer { try? FileManager.default.removeItem(at: outside) }
        let url = try folder(with: ["closing.tmpl": "Bye."])
        defer { try? FileManager.default.removeItem(at: url) }
        try FileManager.default.createSymbolicLink(
            atPath: url.appendingPathComponent("greeting.tmpl").path, withDestinationPath: outside.path)
        let error = templateError { _ = try TemplateDirectoryLoader.load(directory: url) }
        #expect(error?.kind == .unreadable)
        #expect(error?.description.contains("greeting.tmpl' is a symbolic link") == true, "was: \(error?.description ?? "no error")")
        #expect(error?.description.contains("secret") == false)
    }

    @Test func symbolicLinkInsideTheFolderIsRefusedToo() throws {
        let url = try folder(with: ["closing.tmpl": "Bye."])
        defer { try? FileManager.default.removeItem(at: url) }
        try FileManager.default.createSymbolicLink(atPath: url.appendingPathComponent("signoff.tmpl").path, withDestinationPath: "closing.tmpl")
        #expect(templateError { _ = try TemplateDirectoryLoader.load(directory: url) }?.kind == .unreadable)
    }

    /// A named pipe would block a read forever; it is refused without being opened for a blocking read.
    @Test(.timeLimit(.minutes(1))) func namedPipeIsRefused() throws {
        let url = try folder(with: [:])
        defer { try? FileManager.default.removeItem(at: url) }
        #expect(mkfifo(url.appendingPathComponent("greeting.tmpl").path, 0o644) == 0)
        let error = templateError { _ = try TemplateDirectoryLoader.load(directory: url) }
        #expect(error?.description.contains("is not a regular file") == true, "was: \(error?.description ?? "no error")")
    }

    @Test func oversizedTemplateFileIsRefused() throws {
        let url = try folder(with: ["greeting.tmpl": String(repeating: "a", count: TemplateDirectoryLoader.maximumFileSize + 1)])
        defer { try? FileManager.default.removeItem(at: url) }
        let error = templateError { _ = try TemplateDirectoryLoader.load(directory: url) }
        #expect(error?.description.contains("may be at most") == true, "was: \(error?.description ?? "no error")")
    }
}
