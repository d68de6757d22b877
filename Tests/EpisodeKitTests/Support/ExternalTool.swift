import Foundation
import EpisodeIngest

/// A program some tests run (chromium, espeak-ng). CI (`CI` set, as .ci/run does) installs them,
/// so there a missing one fails the test; elsewhere the test is skipped and says why.
enum ExternalTool {
    static let environment = ProcessInfo.processInfo.environment

    static func path(_ name: String) -> String? { ExecutableSearch.locate(name, in: environment) }

    /// Whether a test needing `name` runs: it is installed, or this is CI (where its absence is a failure).
    static func runs(_ name: String) -> Bool { path(name) != nil || environment["CI"] != nil }

    /// The failure message when CI lacks the program.
    static func missing(_ name: String, package: String) -> String {
        "\(name) is not installed, and CI must run this test: apt-get install -y \(package) (.ci/run installs it)"
    }

    /// Where tests leave files for a person to look at: `EPISODEGEN_TEST_ARTIFACTS`, else a folder in the temporary directory.
    static func artifactsFolder() throws -> URL {
        let folder = environment["EPISODEGEN_TEST_ARTIFACTS"].map { URL(fileURLWithPath: $0) }
            ?? FileManager.default.temporaryDirectory.appendingPathComponent("episodegen-test-artifacts")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// Runs a program to its end (killed after `timeout` seconds) and returns its status and standard output.
    static func run(_ executable: String, _ arguments: [String], timeout: TimeInterval = 120) throws -> (status: Int32, output: String) {
        let outputFile = FileManager.default.temporaryDirectory.appendingPathComponent("episodegen-tool-\(UUID().uuidString)")
        FileManager.default.createFile(atPath: outputFile.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: outputFile) }
        let handle = try FileHandle(forWritingTo: outputFile)
        defer { try? handle.close() }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.standardOutput = handle
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        if process.isRunning { process.terminate() }
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: try Data(contentsOf: outputFile), as: UTF8.self))
    }
}
