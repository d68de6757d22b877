import Foundation
import EpisodeShow

/// `episodegen check PATH`: reads an edited script.txt and the episode.json of its bundle, runs
/// `ScriptChecker` (pure, in EpisodeShow) and prints the report on standard output.
///
/// PATH is the bundle folder, or a file in it (its script.txt, or any text file checked against
/// the folder's episode.json). A report with errors ends with `CheckFailedError` (exit 8).
enum CheckCommand {
    /// Checks `options.checkPath` and prints the report in `options.checkFormat` (default: text).
    /// - Throws: `UsageError` (no PATH, or it does not exist), `CheckInputError` (no or bad
    ///   episode.json, unreadable script), `CheckFailedError` when the check found errors.
    static func run(_ context: CommandContext) throws {
        guard let path = context.options.checkPath else { throw UsageError.missingCheckPath }
        let format = context.options.checkFormat ?? .text
        let files = try bundleFiles(path, context: context)
        let episode = try readEpisode(files.episode, shown: files.episodeName)
        let script = try readScript(files.script, shown: files.scriptName)
        let report = ScriptChecker().report(script: script, against: episode)
        let text: String
        switch format {
        case .text: text = CheckReportRenderer.text(report, scriptName: files.scriptName)
        case .json: text = try CheckReportRenderer.json(report, scriptName: files.scriptName)
        }
        var output = FileDescriptorOutput(descriptor: context.streams.output)
        output.append(text)
        try output.flush()
        if !report.passed { throw CheckFailedError(script: files.scriptName, errors: report.errors) }
    }

    /// The script and episode.json to read, as absolute paths and as the user would write them.
    static func bundleFiles(_ path: String, context: CommandContext) throws
        -> (script: String, episode: String, scriptName: String, episodeName: String)
    {
        var shown = path
        while shown.count > 1, shown.hasSuffix("/") { shown.removeLast() }
        let absolute = context.absolute(shown)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: absolute, isDirectory: &isDirectory) else {
            throw UsageError(
                flag: path, message: "no such file or folder",
                hint: "give the bundle folder written by episodegen --output (e.g. Outputs/2026-06-08) or its script.txt")
        }
        if isDirectory.boolValue {
            return (
                absolute + "/" + EpisodeBundle.scriptName, absolute + "/" + EpisodeBundle.jsonName,
                shown + "/" + EpisodeBundle.scriptName, shown + "/" + EpisodeBundle.jsonName
            )
        }
        let folder = (absolute as NSString).deletingLastPathComponent
        let shownFolder = (shown as NSString).deletingLastPathComponent
        let prefix = shownFolder.isEmpty ? "" : shownFolder + "/"
        if (absolute as NSString).lastPathComponent == EpisodeBundle.jsonName {
            return (folder + "/" + EpisodeBundle.scriptName, absolute, prefix + EpisodeBundle.scriptName, shown)
        }
        return (absolute, folder + "/" + EpisodeBundle.jsonName, shown, prefix + EpisodeBundle.jsonName)
    }

    static func readScript(_ path: String, shown: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            let exists = FileManager.default.fileExists(atPath: path)
            throw CheckInputError.unreadableScript(path: shown, reason: exists ? "permission denied" : "no such file")
        }
        let text = String(decoding: data, as: UTF8.self)
        return text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text  // a byte-order mark some editors add
    }

    static func readEpisode(_ path: String, shown: String) throws -> Episode {
        guard FileManager.default.fileExists(atPath: path) else {
            let bundles = bundles(in: (path as NSString).deletingLastPathComponent, shownFolder: (shown as NSString).deletingLastPathComponent)
            throw CheckInputError.missingEpisode(path: shown, bundles: bundles)
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CheckInputError.undecodableEpisode(path: shown, reason: "cannot read the file")
        }
        do {
            return try EpisodeJSONRenderer.decode(data)
        } catch let error as DecodingError {
            throw CheckInputError.undecodableEpisode(path: shown, reason: reason(error))
        }
    }

    /// Dated bundle folders (`YYYY-MM-DD` with an episode.json) inside `folder`, oldest first, as the user would write them.
    private static func bundles(in folder: String, shownFolder: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        let prefix = shownFolder.isEmpty ? "" : shownFolder + "/"
        return names.filter { (try? EpisodeDate($0)) != nil && FileManager.default.fileExists(atPath: "\(folder)/\($0)/\(EpisodeBundle.jsonName)") }
            .sorted().map { prefix + $0 }
    }

    /// What a Swift type is called in JSON: "a number", "a string", ...
    private static func jsonKind(_ type: Any.Type) -> String {
        let name = "\(type)"
        if ["Int", "Double", "Int64", "Float"].contains(name) { return "a number" }
        if name == "String" { return "a string" }
        if name == "Bool" { return "true or false" }
        if name.hasPrefix("Array") { return "a list" }
        if name.hasPrefix("Dictionary") { return "an object" }
        return "a \(name)"
    }

    /// A short, readable reason: the key path and what was wrong, not Foundation's whole dump.
    static func reason(_ error: DecodingError) -> String {
        func keyPath(_ path: [CodingKey]) -> String {
            let text = path.map { $0.intValue.map { "[\($0)]" } ?? "." + $0.stringValue }.joined()
            return text.hasPrefix(".") ? String(text.dropFirst()) : (text.isEmpty ? "the top level" : text)
        }
        switch error {
        case .keyNotFound(let key, let context):
            let parent = context.codingPath.isEmpty ? "" : " in \(keyPath(context.codingPath))"
            return "missing key '\(key.stringValue)'\(parent)"
        case .typeMismatch(let type, let context):
            return "\(keyPath(context.codingPath)) is not \(jsonKind(type))"
        case .valueNotFound(let type, let context):
            return "\(keyPath(context.codingPath)) is null, expected \(jsonKind(type))"
        case .dataCorrupted(let context):
            return context.codingPath.isEmpty ? "not valid JSON" : "\(keyPath(context.codingPath)): \(context.debugDescription)"
        @unknown default:
            return "\(error)"
        }
    }
}
