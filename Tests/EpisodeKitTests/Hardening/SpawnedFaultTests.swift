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

    /// SIGTERM and SIGINT at different moments of a run that writes a bundle: whatever the moment,
    /// each file in the bundle is either missing or whole. (A temporary file a killed run leaves
    /// is the bundle writer's to clean up; it is never one of the bundle's names.)
    @Test(arguments: [SIGTERM, SIGINT])
    func signalDuringAWriteLeavesNoHalfWrittenFile(_ signal: Int32) throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = TestCorpus.packageRoot.appendingPathComponent("Tests/Fixtures/corpus/golang-tools-2026h1.fuller-numstat.log").path
        let whole = folder.appendingPathComponent("whole")
        let normal = try shell("\"$EPISODEGEN\" --input '\(input)' --output '\(whole.path)'")
        #expect(normal.status == 0, "\(normal.error)")
        let day = try #require(try FileManager.default.contentsOfDirectory(atPath: whole.path).first)
        var interrupted = 0
        for (round, delay) in [0.0, 0.05, 0.1, 0.2, 0.3, 0.5, 0.8, 1.2].enumerated() {
            let target = folder.appendingPathComponent("run-\(round)")
            let child = try Self.spawnWithSignalsUnblocked(try Self.executable().path, ["--input", input, "--output", target.path])
            Thread.sleep(forTimeInterval: delay)
            kill(child, signal)
            var status: Int32 = 0
            while waitpid(child, &status, 0) < 0, errno == EINTR {}
            // Ended by the signal: WIFSIGNALED, in the C macros' terms.
            if status & 0x7F != 0, status & 0x7F != 0x7F { interrupted += 1 }
            let bundle = target.appendingPathComponent(day)
            for name in (try? FileManager.default.contentsOfDirectory(atPath: bundle.path)) ?? [] where !name.hasPrefix(".episodegen-tmp") {
                let expected = try Data(contentsOf: whole.appendingPathComponent(day).appendingPathComponent(name))
                #expect(try Data(contentsOf: bundle.appendingPathComponent(name)) == expected, "round \(round): \(name) is whole")
            }
        }
        #expect(interrupted > 0, "at least one run was stopped by the signal")
    }

    /// Starts `path` with an empty signal mask and default signal actions. `Process` hands the
    /// child the test runner's mask, in which SIGTERM and SIGINT can be blocked.
    static func spawnWithSignalsUnblocked(_ path: String, _ arguments: [String]) throws -> pid_t {
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var empty = sigset_t()
        sigemptyset(&empty)
        posix_spawnattr_setsigmask(&attributes, &empty)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        sigaddset(&defaults, SIGTERM)
        sigaddset(&defaults, SIGINT)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var child: pid_t = 0
        let result = posix_spawn(&child, path, &actions, &attributes, argv, environ)
        guard result == 0 else { throw MissingExecutable(searchedFrom: "posix_spawn \(path) failed: \(result)") }
        return child
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
