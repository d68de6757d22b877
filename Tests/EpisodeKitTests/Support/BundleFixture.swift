import Foundation
import EpisodeTestSupport

/// Episode bundles written by the real command into a temporary folder, for the editor's commands.
struct BundleFixture {
    static let sample = TestCorpus.packageFile("Inputs/sample.log")
    static let goTools = TestCorpus.packageFile("Inputs/config/go-tools.json").path
    static let environment = ["PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin", "TZ": "UTC"]

    /// The temporary folder; bundles go to `Outputs/show/<date>/` inside it.
    let root: URL

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("episodegen-desk-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    }

    func remove() { try? FileManager.default.removeItem(at: root) }

    /// Writes the bundle of `log` (the bundled sample by default) and returns its folder, relative to `root`.
    @discardableResult
    func draft(_ log: Data? = nil, config: String = BundleFixture.goTools, date: String = "2026-06-08") throws -> String {
        let run = try CommandRunner.run(
            ["--config", config, "--output", "Outputs/show"], standardInput: try log ?? Data(contentsOf: Self.sample),
            environment: Self.environment, currentDirectory: root.path)
        guard run.status == 0 else { throw BundleFixtureError(message: "the draft failed: \(run.error)") }
        return "Outputs/show/\(date)"
    }

    func run(_ arguments: [String], environment: [String: String] = BundleFixture.environment) throws -> CommandRun {
        try CommandRunner.run(arguments, inputIsTerminal: true, environment: environment, currentDirectory: root.path)
    }

    func url(_ relative: String) -> URL { root.appendingPathComponent(relative) }

    func text(_ relative: String) throws -> String { try String(contentsOf: url(relative), encoding: .utf8) }

    func manifest(_ bundle: String) throws -> [String: Any] {
        let data = try Data(contentsOf: url(bundle + "/.episodegen.json"))
        return try JSONSerialization.jsonObject(with: data) as? [String: Any] ?? [:]
    }

    /// A one-commit day in `git log` format, for a second bundle.
    static func oneCommitLog(day: String, subject: String, body: String) -> Data {
        Data("""
            commit bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb
            Author: Ada Lovelace <ada@example.com>
            Date:   \(day)

            \(subject.split(separator: "\n").map { "    " + $0 }.joined(separator: "\n"))

            \(body.split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? "" : "    " + $0 }.joined(separator: "\n"))

            """.utf8)
    }
}

struct BundleFixtureError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
