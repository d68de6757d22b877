import EpisodeTemplates
import Foundation

/// The default episode templates: the `*.tmpl` files of `Sources/EpisodeShow/DefaultTemplates/`,
/// shipped beside the binary as this target's resource bundle (`Inputs/templates` is a link to
/// the same folder). A show overrides any of them with a same-named file in its `templatesPath`.
///
/// The only IO of the show stage: reading its own bundle, once. SwiftPM's `Bundle.module`
/// stops the program when the bundle is missing (a binary copied without it); this looks in
/// the same places and throws a `TemplateError` instead, which the CLI reports with exit 6.
public enum DefaultTemplates {
    /// The bundle's folder name: `<package>_<target>`, `.resources` on Linux, `.bundle` on Apple platforms.
    static let bundleNames = ["episodegen_EpisodeShow.resources", "episodegen_EpisodeShow.bundle"]

    /// Template text by name (`greeting`, `lead`, ...).
    /// - Throws: `TemplateError` (`unreadable`) when the bundle is not beside the program.
    public static func all() throws -> [String: String] {
        try loaded.get()
    }

    private static let loaded: Result<[String: String], TemplateError> = Result {
        try load(searching: searchFolders())
    }.mapError { $0 as? TemplateError ?? TemplateError(kind: .unreadable, message: "\($0)", location: nil) }

    /// The templates of the first resource bundle in `folders`.
    static func load(searching folders: [URL]) throws -> [String: String] {
        guard let folder = folder(searching: folders) else {
            let places = folders.map(\.path).joined(separator: ", ")
            throw TemplateError(
                kind: .unreadable,
                message: "the default templates are missing: no \(bundleNames[0]) folder in \(places); "
                    + "install it beside the episodegen binary (swift build puts both in the same folder)",
                location: nil)
        }
        return try TemplateDirectoryLoader.load(directory: folder).mapValues(\.text)
    }

    /// The templates folder inside the first resource bundle in `folders`.
    static func folder(searching folders: [URL]) -> URL? {
        for directory in folders {
            for name in bundleNames {
                let path = directory.appendingPathComponent(name).path
                guard FileManager.default.fileExists(atPath: path), let bundle = Bundle(path: path),
                      let templates = bundle.url(forResource: "DefaultTemplates", withExtension: nil) else { continue }
                return templates
            }
        }
        return nil
    }

    /// Where a resource bundle can be: beside the program as started and as linked to, and
    /// beside the bundle holding this code (a test bundle on Apple platforms).
    static func searchFolders() -> [URL] {
        var folders = [Bundle.main.bundleURL]
        if let executable = Bundle.main.executableURL {
            folders.append(executable.deletingLastPathComponent())
            folders.append(executable.resolvingSymlinksInPath().deletingLastPathComponent())
        }
        #if canImport(Darwin)
        folders.append(Bundle(for: BundleMarker.self).bundleURL.deletingLastPathComponent())
        #endif
        var unique: [URL] = []
        for folder in folders.map(\.standardizedFileURL) where !unique.contains(folder) { unique.append(folder) }
        return unique
    }

    private final class BundleMarker {}
}
