import Foundation
import Testing
@testable import EpisodeKit

@Suite struct BundleWriterTests {
    let folder: URL
    let writer = BundleWriter()
    let files = [RenderedFile(name: "script.md", contents: "Hello, listeners.\n"), RenderedFile(name: "notes.md", contents: "# Notes\n")]

    init() {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("episodegen-bundle-\(UUID().uuidString)/2026-05-14")
    }

    func text(_ name: String) throws -> String { try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8) }
    func modified(_ name: String) throws -> Date {
        try #require(try FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent(name).path)[.modificationDate] as? Date)
    }
    func listing() throws -> [String] { try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() }

    @Test func writesTheFilesAndAManifest() throws {
        let report = try writer.write(files, into: folder, force: false)
        #expect(report.written == ["script.md", "notes.md"])
        #expect(try text("script.md") == "Hello, listeners.\n")
        #expect(try text("notes.md") == "# Notes\n")
        #expect(try listing() == [".episodegen.json", ".episodegen.lock", "notes.md", "script.md"])
        let manifest = try JSONDecoder().decode(BundleManifest.self, from: Data(contentsOf: folder.appendingPathComponent(".episodegen.json")))
        #expect(manifest.files == ["script.md": ContentDigest.of(Array("Hello, listeners.\n".utf8)), "notes.md": ContentDigest.of(Array("# Notes\n".utf8))])
    }

    @Test func rewritingTheSameContentTouchesNothing() throws {
        try writer.write(files, into: folder, force: false)
        let before = try [modified("script.md"), modified("notes.md"), modified(".episodegen.json")]
        Thread.sleep(forTimeInterval: 0.05)
        let report = try writer.write(files, into: folder, force: false)
        #expect(report.written.isEmpty)
        #expect(report.unchanged == ["script.md", "notes.md"])
        #expect(try [modified("script.md"), modified("notes.md"), modified(".episodegen.json")] == before)
    }

    @Test func newContentReplacesWhatEpisodegenWrote() throws {
        try writer.write(files, into: folder, force: false)
        let report = try writer.write([RenderedFile(name: "script.md", contents: "Hello again.\n")], into: folder, force: false)
        #expect(report.written == ["script.md"])
        #expect(try text("script.md") == "Hello again.\n")
        #expect(try text("notes.md") == "# Notes\n")
        #expect(try listing() == [".episodegen.json", ".episodegen.lock", "notes.md", "script.md"])
    }

    @Test func putsTheNewDraftBesideAFileAPersonEditedAndRefreshesTheRest() throws {
        let first = [BundleCommit(hash: "aaaaaaa1111", subject: "first change"), BundleCommit(hash: "bbbbbbb2222", subject: "second change")]
        try writer.write(files, into: folder, force: false, commits: first)
        try "Hello, listeners. (edited by the host)\n".write(to: folder.appendingPathComponent("script.md"), atomically: true, encoding: .utf8)
        let changed = [RenderedFile(name: "script.md", contents: "Regenerated.\n"), RenderedFile(name: "notes.md", contents: "# New notes\n")]
        let later = [first[1], BundleCommit(hash: "ccccccc3333", subject: "late change")]
        let report = try writer.write(changed, into: folder, force: false, commits: later)
        #expect(try text("script.md") == "Hello, listeners. (edited by the host)\n")
        #expect(try text("script.new.md") == "Regenerated.\n")
        #expect(try text("notes.md") == "# New notes\n")
        #expect(report.besides.map(\.draft) == ["script.new.md"])
        #expect(report.changes == CommitChanges(from: first, to: later))
        #expect(try text("changes.txt") == """
            New draft beside the edited one: script.new.md (script.md was edited).
            Commits added:
              + ccccccc late change
            Commits removed:
              - aaaaaaa first change

            """)
        // Run again with the same input: nothing moves, the edit still stands.
        let again = try writer.write(changed, into: folder, force: false, commits: later)
        #expect(again.written.isEmpty)
        #expect(try text("script.md") == "Hello, listeners. (edited by the host)\n")
    }

    @Test func anEditWithTheSameDraftIsLeftAloneWithNothingBesideIt() throws {
        try writer.write(files, into: folder, force: false)
        try "Edited.\n".write(to: folder.appendingPathComponent("script.md"), atomically: true, encoding: .utf8)
        let report = try writer.write(files, into: folder, force: false)
        #expect(report.written.isEmpty)
        #expect(report.besides.isEmpty)
        #expect(try text("script.md") == "Edited.\n")
        #expect(try listing() == [".episodegen.json", ".episodegen.lock", "notes.md", "script.md"])
    }

    @Test func forceReplacesAnEditedFileAndKeepsABackup() throws {
        try writer.write(files, into: folder, force: false)
        try "edited\n".write(to: folder.appendingPathComponent("script.md"), atomically: true, encoding: .utf8)
        let report = try writer.write([RenderedFile(name: "script.md", contents: "Regenerated.\n")], into: folder, force: true)
        #expect(report.backups == ["script.md.bak"])
        #expect(try text("script.md") == "Regenerated.\n")
        #expect(try text("script.md.bak") == "edited\n")
        // And it is episodegen's again: the next run may replace it without --force.
        try writer.write([RenderedFile(name: "script.md", contents: "Third.\n")], into: folder, force: false)
        #expect(try text("script.md") == "Third.\n")
    }

    @Test func leavesAnApprovedBundleAsItIs() throws {
        try writer.write(files, into: folder, force: false)
        let manifestURL = folder.appendingPathComponent(BundleManifest.fileName)
        var manifest = try JSONDecoder().decode(BundleManifest.self, from: Data(contentsOf: manifestURL))
        manifest.status = .approved
        try JSONEncoder().encode(manifest).write(to: manifestURL)
        let report = try writer.write([RenderedFile(name: "script.md", contents: "Regenerated.\n")], into: folder, force: true)
        #expect(report.skippedApproved)
        #expect(report.written.isEmpty)
        #expect(try text("script.md") == "Hello, listeners.\n")
    }

    @Test func neverOverwritesAFileItDidNotWrite() throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try "a person's own notes\n".write(to: folder.appendingPathComponent("notes.md"), atomically: true, encoding: .utf8)
        #expect(throws: BundleWriteError.notWrittenByEpisodegen(path: folder.appendingPathComponent("notes.md").path)) {
            try writer.write(files, into: folder, force: false)
        }
        #expect(try text("notes.md") == "a person's own notes\n")
        #expect(try listing() == [".episodegen.lock", "notes.md"])
        try writer.write(files, into: folder, force: true)
        #expect(try text("notes.md") == "# Notes\n")
    }

    @Test func anIdenticalFileItDidNotWriteIsAdoptedNotRewritten() throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try "# Notes\n".write(to: folder.appendingPathComponent("notes.md"), atomically: true, encoding: .utf8)
        let before = try modified("notes.md")
        Thread.sleep(forTimeInterval: 0.05)
        let report = try writer.write(files, into: folder, force: false)
        #expect(report.unchanged == ["notes.md"])
        #expect(try modified("notes.md") == before)
    }

    @Test(arguments: ["", ".", "..", "a/b.md", ".episodegen.json", ".episodegen.lock", "changes.txt"])
    func rejectsNamesThatAreNotPlainFileNames(_ name: String) {
        #expect(throws: BundleWriteError.invalidFileName(name)) {
            try writer.write([RenderedFile(name: name, contents: "x")], into: folder, force: true)
        }
    }

    @Test func leavesNoTemporaryFilesBehind() throws {
        try writer.write(files, into: folder, force: false)
        try writer.write([RenderedFile(name: "script.md", contents: "v2\n")], into: folder, force: false)
        #expect(try listing().allSatisfy { !$0.contains("tmp") })
    }

    @Test func digestIsFNV1a64() {
        #expect(ContentDigest.of([UInt8]()) == "fnv1a64:cbf29ce484222325")
        #expect(ContentDigest.of(Array("a".utf8)) == "fnv1a64:af63dc4c8601ec8c")
        #expect(ContentDigest.of(Array("foobar".utf8)) == "fnv1a64:85944171f73967e8")
    }
}
