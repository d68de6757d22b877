import EpisodeTestSupport
import Foundation
import Testing
@testable import EpisodeKit

#if canImport(Glibc)
    import Glibc
#endif

/// Real `episodegen` processes racing for one bundle, and killed with SIGKILL while they write.
/// Uses the executable built beside the test bundle (`swift build --build-tests` builds both).
@Suite struct BundleProcessTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("episodegen-processes-\(UUID().uuidString)")
    var bundle: URL { folder.appendingPathComponent("out/2026-06-08") }

    static func executable() throws -> URL {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("episodegen")
        let fallback = TestCorpus.packageFile(".build/debug/episodegen")
        let found = [beside, fallback].first { FileManager.default.isExecutableFile(atPath: $0.path) }
        return try #require(found, "no episodegen executable beside the tests: run swift build --build-tests first")
    }

    /// A log of `count` commits on 2026-06-08 whose subjects name `run`.
    func log(run: Int, count: Int) throws -> URL {
        var text = ""
        for index in 0..<count {
            let hash = String(format: "%08x%032x", run, index)
            text += "commit \(hash)\nAuthor: Person \(index % 7) <p\(index % 7)@example.org>\nDate:   Mon Jun 8 10:\(String(format: "%02d", index % 60)):00 2026 +0000\n\n"
            text += "    run \(run): change number \(index) to the parser\n\n"
        }
        let url = folder.appendingPathComponent("run\(run).log")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
        return url
    }

    func start(_ input: URL) throws -> Process {
        let process = Process()
        process.executableURL = try Self.executable()
        process.arguments = ["--input", input.path, "--output", folder.appendingPathComponent("out").path]
        process.environment = ["PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin", "TZ": "UTC"]
        process.standardError = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        return process
    }

    func manifestMatchesFiles() throws -> Bool { try BundleFolder.manifestMatchesFiles(bundle) }

    func listing() throws -> [String] { try FileManager.default.contentsOfDirectory(atPath: bundle.path) }

    @Test func fiveRunsAtOnceLeaveOneConsistentBundleAndALaterRunFindsNoEdit() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let inputs = try (0..<5).map { try log(run: $0, count: 400) }
        let processes = try inputs.map { try start($0) }
        for process in processes { process.waitUntilExit() }
        let statuses = processes.map(\.terminationStatus)
        #expect(statuses.allSatisfy { $0 == 0 || $0 == 9 }, "\(statuses)")
        #expect(statuses.contains(0))
        #expect(try manifestMatchesFiles())
        #expect(!(try listing().contains { $0.hasPrefix(".episodegen-tmp-") || $0.contains(".new.") }))

        // The run whose script is on disk, again: nothing to write, and nothing called an edit.
        let json = try String(contentsOf: bundle.appendingPathComponent("episode.json"), encoding: .utf8)
        let winner = try #require((0..<5).first { json.contains("run \($0): ") })
        let again = try start(inputs[winner])
        again.waitUntilExit()
        #expect(again.terminationStatus == 0)
        #expect(!(try listing().contains { $0.contains(".new.") || $0 == BundleWriter.changesName }))
    }

    @Test(arguments: [0.05, 0.2, 0.4, 0.7, 1.0])
    func aRunKilledAtAnyMomentLeavesABundleTheNextRunRepairs(_ delay: Double) throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let previous = try log(run: 1, count: 50)
        let first = try start(previous)
        first.waitUntilExit()
        #expect(first.terminationStatus == 0)
        let before = try Set(listing())

        let killed = try start(try log(run: 2, count: 1500))
        Thread.sleep(forTimeInterval: delay)
        kill(killed.processIdentifier, SIGKILL)
        killed.waitUntilExit()

        // Every file is whole, old or new, and the manifest is there and knows both.
        #expect(try Set(listing()).isSuperset(of: before))
        let repair = try start(previous)
        repair.waitUntilExit()
        #expect(repair.terminationStatus == 0)
        #expect(try manifestMatchesFiles())
        #expect(!(try listing().contains { $0.hasPrefix(".episodegen-tmp-") || $0.contains(".new.") || $0 == BundleWriter.changesName }))
    }
}
