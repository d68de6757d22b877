import Foundation

/// Reads template overrides from a folder: every `*.tmpl` file directly in it becomes a
/// template named after the file without the extension (`opening.tmpl` -> `opening`).
/// Other files and subfolders are ignored. This is the engine's only IO; the show stage
/// and the CLI both use it, then hand the result to `TemplateSet(defaults:overrides:)`.
public enum TemplateDirectoryLoader {
    /// The file extension of template files, without the dot.
    public static let fileExtension = "tmpl"

    /// Loads the `*.tmpl` files of a folder.
    ///
    /// - Parameter directory: the folder to read (not recursive).
    /// - Returns: each template's text and path, by template name.
    /// - Throws: `TemplateError` of kind `.unreadable` when the folder is missing or a file
    ///   cannot be read as UTF-8.
    public static func load(directory: URL) throws -> [String: TemplateSource] {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: directory.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw TemplateError(
                kind: .unreadable, message: "template folder '\(directory.path)' does not exist or is not a folder",
                location: nil)
        }
        let names: [String]
        do {
            names = try manager.contentsOfDirectory(atPath: directory.path)
        } catch {
            throw TemplateError(
                kind: .unreadable, message: "cannot list template folder '\(directory.path)': \(error.localizedDescription)",
                location: nil)
        }
        var sources: [String: TemplateSource] = [:]
        for fileName in names.sorted() where fileName.hasSuffix(".\(fileExtension)") {
            let name = String(fileName.dropLast(fileExtension.count + 1))
            guard !name.isEmpty else { continue }
            let file = directory.appendingPathComponent(fileName)
            var fileIsDirectory: ObjCBool = false
            guard manager.fileExists(atPath: file.path, isDirectory: &fileIsDirectory), !fileIsDirectory.boolValue else {
                continue
            }
            guard let data = manager.contents(atPath: file.path), let text = String(data: data, encoding: .utf8) else {
                throw TemplateError(
                    kind: .unreadable, message: "cannot read template file '\(file.path)' as UTF-8 text", location: nil)
            }
            sources[name] = TemplateSource(text: text, path: file.path)
        }
        return sources
    }
}
