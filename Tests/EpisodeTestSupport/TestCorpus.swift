import Foundation

/// Where the tests find their real inputs: the package root (for `Inputs/`) and the fixtures
/// of real `git log` outputs in `Tests/Fixtures/corpus/` (its README says where each came from).
public enum TestCorpus {
    /// The package root: this file is `Tests/EpisodeTestSupport/TestCorpus.swift`.
    public static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The fixture folder.
    public static let folder = packageRoot.appendingPathComponent("Tests/Fixtures/corpus")

    /// A fixture by name, e.g. `git-cliff.stat.log`, whether or not it exists.
    public static func url(_ name: String) -> URL { folder.appendingPathComponent(name) }

    /// A fixture by name; throws a message naming the missing file, so a test fails instead of
    /// running on an empty input.
    public static func existingURL(_ name: String) throws -> URL {
        let url = url(name)
        guard FileManager.default.fileExists(atPath: url.path) else { throw MissingFixture(path: "Tests/Fixtures/corpus/" + name) }
        return url
    }

    /// The bytes of a fixture; a gzipped one (`.gz`) unpacked through `gzip -dc`.
    public static func data(_ name: String) throws -> Data {
        let url = try existingURL(name)
        guard name.hasSuffix(".gz") else { return try Data(contentsOf: url) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["gzip", "-dc", url.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return data
    }

    /// A file of this package, e.g. `Inputs/sample.log`.
    public static func packageFile(_ relativePath: String) -> URL { packageRoot.appendingPathComponent(relativePath) }
}

/// A fixture the tests need is not in the repository.
public struct MissingFixture: Error, CustomStringConvertible {
    public let path: String
    public var description: String { "missing test fixture \(path) (Tests/Fixtures/corpus/README.md lists them)" }
}
