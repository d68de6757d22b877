import Foundation
import Testing
@testable import EpisodeKit
import EpisodeTestSupport

/// Faults that need a process of their own: a file-size limit (`ulimit -f`) and a closed standard
/// output. These run the built `episodegen`, which `swift build --build-tests` puts beside the test bundle.
@Suite struct SpawnedFaultTests {
    /// The built executable, found next to the test bundle (`.build/<triple>/debug/`).
    static func executable() throws -> URL {
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = folder.appendingPathComponent("episodegen")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        let fallback = TestCorpus.packageRoot.appendingPathComponent(".build/debug/episodegen")
        guard FileManager.default.isExecutableFile(atPath: fallback.path) else {
            throw MissingExecutable(searchedFrom: CommandLine.arguments[0])
        }
        return fallback
    }

    /// Runs `sh -c script` with `$EPISODEGEN` set; returns the exit status and standard error.
    func shell(_ script: String) throws -> (status: Int32, error: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", script]
        var environment = ProcessInfo.processInfo.environment
        environment["EPISODEGEN"] = try Self.executable().path
        process.environment = environment
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, text)
    }

    static let sample = TestCorpus.packageRoot.appendingPathComponent("Inputs/sample.log").path

    func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("episodegen-fault-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// A full disk, made small: with a 4 KiB file-size limit, the bigger files cannot be written.
    /// The run says so and exits 11; every file present is whole, and no temporary file is left.
    @Test func fileSizeLimitDuringAWriteLeavesNoHalfWrittenFile() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let whole = folder.appendingPathComponent("whole")
        let limited = folder.appendingPathComponent("limited")
        let normal = try shell("\"$EPISODEGEN\" --input '\(Self.sample)' --output '\(whole.path)'")
        #expect(normal.status == 0, "\(normal.error)")
        let run = try shell("ulimit -f 8; \"$EPISODEGEN\" --input '\(Self.sample)' --output '\(limited.path)'")
        #expect(run.status == 11, "\(run.error)")
        #expect(run.error.contains("File too large"), "\(run.error)")
        let bundle = limited.appendingPathComponent("2026-06-08")
        let left = (try? FileManager.default.contentsOfDirectory(atPath: bundle.path)) ?? []
        #expect(!left.contains { $0.hasPrefix(".episodegen-tmp") }, "\(left)")
        for name in left {
            let expected = try Data(contentsOf: whole.appendingPathComponent("2026-06-08").appendingPathComponent(name))
            #expect(try Data(contentsOf: bundle.appendingPathComponent(name)) == expected, "\(name) is whole")
        }
    }

    @Test func closedStandardOutputExitsEleven() throws {
        let run = try shell("\"$EPISODEGEN\" --input '\(Self.sample)' >&-")
        #expect(run.status == 11, "\(run.error)")
        #expect(run.error.contains("cannot write output"), "\(run.error)")
    }
}

/// The tests that spawn episodegen found no built executable.
struct MissingExecutable: Error, CustomStringConvertible {
    var searchedFrom: String
    var description: String { "no built episodegen beside \(searchedFrom) or in .build/debug; run swift build first" }
}
