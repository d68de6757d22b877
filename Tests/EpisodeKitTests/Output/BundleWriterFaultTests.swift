import Foundation
import Testing
@testable import EpisodeKit

/// A write stopped half way (an injected failure, standing in for a killed process) and writes
/// racing for one bundle.
@Suite struct BundleWriterFaultTests {
    struct Interrupted: Error {}

    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("episodegen-faults-\(UUID().uuidString)/2026-05-14")
    let old = [RenderedFile(name: "script.txt", contents: "Old script.\n"), RenderedFile(name: "notes.md", contents: "# Old notes\n")]
    let new = [RenderedFile(name: "script.txt", contents: "New script.\n"), RenderedFile(name: "notes.md", contents: "# New notes\n")]

    func text(_ name: String) throws -> String { try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8) }
    func listing() throws -> [String] { try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() }
    func manifest() throws -> BundleManifest {
        try JSONDecoder().decode(BundleManifest.self, from: Data(contentsOf: folder.appendingPathComponent(BundleManifest.fileName)))
    }

    func manifestMatchesFiles() throws -> Bool { try BundleFolder.manifestMatchesFiles(folder) }

    func writer(stoppingAfter count: Int) -> BundleWriter {
        var writer = BundleWriter()
        let calls = Counter()
        writer.interruption = { _ in if calls.next() == count { throw Interrupted() } }
        return writer
    }

    @Test func aStopWhileStagingLeavesThePreviousBundleIntact() throws {
        try BundleWriter().write(old, into: folder, force: false)
        let before = try listing().map { try Data(contentsOf: folder.appendingPathComponent($0)) }
        #expect(throws: Interrupted.self) { try writer(stoppingAfter: 2).write(new, into: folder, force: false) }
        #expect(try text("script.txt") == "Old script.\n")
        #expect(try text("notes.md") == "# Old notes\n")
        #expect(try listing().map { try Data(contentsOf: folder.appendingPathComponent($0)) } == before)
        #expect(try listing().allSatisfy { !$0.hasPrefix(".episodegen-tmp-") })
    }

    @Test func aStopBetweenRenamesIsRepairedByTheNextRunWithoutCallingItAnEdit() throws {
        try BundleWriter().write(old, into: folder, force: false)
        // Two staged files, then the first rename: script.txt is new, notes.md still old.
        #expect(throws: Interrupted.self) { try writer(stoppingAfter: 3).write(new, into: folder, force: false) }
        #expect(try text("script.txt") == "New script.\n")
        #expect(try text("notes.md") == "# Old notes\n")
        #expect(try listing().contains { $0.hasPrefix(".episodegen-tmp-") })
        #expect(try manifest().pending?["script.txt"] == ContentDigest.of(Array("New script.\n".utf8)))

        // The next run, even with the old input, knows both versions as its own.
        let report = try BundleWriter().write(old, into: folder, force: false)
        #expect(report.besides.isEmpty)
        #expect(try text("script.txt") == "Old script.\n")
        #expect(try text("notes.md") == "# Old notes\n")
        #expect(try manifest().pending == nil)
        #expect(try manifestMatchesFiles())
    }

    @Test func aNewBundleNeverExistsWithoutItsManifest() throws {
        #expect(throws: Interrupted.self) { try writer(stoppingAfter: 3).write(new, into: folder, force: false) }
        #expect(try listing().contains("script.txt"))
        #expect(try listing().contains(BundleManifest.fileName))
        let report = try BundleWriter().write(new, into: folder, force: false)
        #expect(report.besides.isEmpty)
        #expect(try manifestMatchesFiles())
    }

    @Test func temporaryFilesOfAKilledRunAreRemovedByTheNext() throws {
        try BundleWriter().write(old, into: folder, force: false)
        // A process that has ended, and this one, which is alive and may own its file.
        let ended = Process()
        ended.executableURL = URL(fileURLWithPath: "/bin/sh")
        ended.arguments = ["-c", "exit 0"]
        try ended.run()
        ended.waitUntilExit()
        let stale = folder.appendingPathComponent(".episodegen-tmp-\(ended.processIdentifier)-12345")
        let owned = folder.appendingPathComponent(".episodegen-tmp-\(getpid())-audio.wav")
        try Data(repeating: 0x61, count: 4096).write(to: stale)
        try Data(repeating: 0x62, count: 16).write(to: owned)
        try BundleWriter().write(old, into: folder, force: false)
        #expect(!FileManager.default.fileExists(atPath: stale.path))
        #expect(FileManager.default.fileExists(atPath: owned.path))
    }

    @Test func aSecondWriterWhileTheLockIsHeldStopsWithExitNine() throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        do {
            let lock = try FolderLock(folder: folder.path)
            #expect(throws: FolderLockedError(folder: folder.path)) { try BundleWriter().write(new, into: folder, force: false) }
            #expect(ExitStatus.code(for: FolderLockedError(folder: folder.path)) == 9)
            withExtendedLifetime(lock) {}
        }
        // Released with its holder: the next writer gets it.
        try BundleWriter().write(new, into: folder, force: false)
        #expect(try text("script.txt") == "New script.\n")
    }

    @Test func fiveWritersAtOnceLeaveOneConsistentBundle() throws {
        let inputs = (0..<5).map { run in
            (0..<4).map { file in RenderedFile(name: "file\(file).txt", contents: String(repeating: "run \(run) file \(file)\n", count: 20_000)) }
        }
        let outcomes = Outcomes()
        DispatchQueue.concurrentPerform(iterations: 5) { run in
            do {
                try BundleWriter().write(inputs[run], into: folder, force: false)
                outcomes.add(run)
            } catch is FolderLockedError {
                outcomes.add(-1)
            } catch {
                outcomes.add(-2)
            }
        }
        let results = outcomes.all
        #expect(!results.contains(-2))
        let winners = results.filter { $0 >= 0 }
        #expect(!winners.isEmpty)
        #expect(try manifestMatchesFiles())
        // Whichever run wrote last, all four files are from the same run.
        let runs = try (0..<4).map { try text("file\($0).txt").split(separator: " ")[1] }
        #expect(Set(runs).count == 1)
        // And a later unchanged run finds nothing edited.
        let last = try #require(Int(String(runs[0])))
        let report = try BundleWriter().write(inputs[last], into: folder, force: false)
        #expect(report.besides.isEmpty)
        #expect(report.written.isEmpty)
    }
}

/// Thread-safe helpers for the tests above.
final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0
    func next() -> Int { lock.withLock { value += 1; return value } }
}

final class Outcomes: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [Int] = []
    func add(_ value: Int) { lock.withLock { values.append(value) } }
    var all: [Int] { lock.withLock { values } }
}
