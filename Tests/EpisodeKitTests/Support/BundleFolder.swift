import Foundation
import EpisodeKit

/// Reading a bundle folder back in tests.
enum BundleFolder {
    /// Whether every file the manifest lists is on disk with the recorded digest.
    static func manifestMatchesFiles(_ folder: URL) throws -> Bool {
        let manifest = try JSONDecoder().decode(BundleManifest.self, from: Data(contentsOf: folder.appendingPathComponent(BundleManifest.fileName)))
        return try manifest.files.allSatisfy { name, digest in
            ContentDigest.of(try Data(contentsOf: folder.appendingPathComponent(name))) == digest
        }
    }
}
