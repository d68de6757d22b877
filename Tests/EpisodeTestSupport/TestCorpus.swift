import Foundation

/// Where the tests find their real inputs: the package root (for `Inputs/`) and the shared
/// corpus of real `git log` outputs, `../shared/corpus/` beside the package root.
public enum TestCorpus {
    /// The package root: this file is `Tests/EpisodeTestSupport/TestCorpus.swift`.
    public static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The corpus folder.
    public static let folder = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/corpus")

    /// A corpus file by name, e.g. `git-cliff.stat.log`.
    public static func url(_ name: String) -> URL { folder.appendingPathComponent(name) }

    /// A file of this package, e.g. `Inputs/sample.log`.
    public static func packageFile(_ relativePath: String) -> URL { packageRoot.appendingPathComponent(relativePath) }
}
