import Foundation
import EpisodeModel

// Placeholder: the strict loader is built in issue 3. The API below is fixed.

/// A mistake in a show configuration file, named by file and key path.
public struct ConfigurationError: Error, Equatable, Sendable, CustomStringConvertible {
    public var file: String
    /// Key path of the mistake, e.g. `areas[2].paths[0]`; empty for the whole document.
    public var keyPath: String
    public var message: String

    public init(file: String, keyPath: String, message: String) {
        self.file = file
        self.keyPath = keyPath
        self.message = message
    }

    public var description: String { keyPath.isEmpty ? "\(file): \(message)" : "\(file): \(keyPath): \(message)" }
}

/// Reads a show configuration from JSON text. Pure: the caller reads the file.
public enum ShowConfigurationLoader {
    /// - Parameters:
    ///   - data: the file's bytes.
    ///   - file: the path to name in errors.
    /// - Throws: `ConfigurationError` for invalid JSON, unknown keys, wrong types or bad globs.
    public static func load(_ data: Data, file: String) throws -> ShowConfiguration {
        ShowConfiguration()
    }
}
