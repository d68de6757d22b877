import Foundation
import EpisodeModel

/// Reads a show configuration from JSON text, strictly: every key is checked, and a mistake
/// (unknown key, wrong type, bad glob or regular expression, a value out of range) is thrown
/// as a `ConfigurationError` naming the file and the key path. Pure: the caller reads the file.
///
/// The keys are documented in `Docs/ANALYSIS.md` ("Configuration").
public enum ShowConfigurationLoader {
    /// Top-level keys, in the order they are documented.
    static let topLevelKeys = [
        "description", "showName", "timeZone", "dateField", "areas", "spokenNames", "areaWeights", "detectConventions",
        "identities", "mailmapPath", "bots", "includeDefaultBots", "weights", "pronunciations", "pathRoots", "wordsPerMinute",
        "commitLink", "issueLink", "issueLinkPrefixes", "templatesPath", "maxStories", "feed",
    ]
    static let feedKeys = ["baseURL", "link", "description", "language", "author", "imageURL", "category", "explicit"]
    static let areaRuleKeys = ["area", "spokenName", "paths", "subjects"]
    static let identityKeys = ["name", "email", "aliases"]

    /// - Parameters:
    ///   - data: the file's bytes.
    ///   - file: the path to name in errors.
    /// - Throws: `ConfigurationError` for invalid JSON, unknown keys, wrong types or bad globs.
    public static func load(_ data: Data, file: String) throws -> ShowConfiguration {
        let root: Any
        do {
            root = try JSONSerialization.jsonObject(with: data, options: [])
        } catch {
            throw ConfigurationError(file: file, keyPath: "", message: "not valid JSON (\(jsonProblem(error)))")
        }
        let reader = Reader(file: file)
        let object = try reader.object(root, at: "")
        try reader.checkKeys(object, known: topLevelKeys, at: "")

        var configuration = ShowConfiguration()
        _ = try reader.optionalString(object, "description", at: "")
        if let value = try reader.optionalString(object, "showName", at: "") {
            guard !value.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw reader.error("showName", "must not be empty")
            }
            configuration.showName = value
        }
        if let value = try reader.optionalString(object, "timeZone", at: "") {
            guard TimeZone(identifier: value) != nil else {
                throw reader.error("timeZone", "unknown time zone \"\(value)\"; use an IANA name such as \"Europe/Berlin\" or \"UTC\"")
            }
            configuration.timeZone = value
        }
        if let value = try reader.optionalString(object, "dateField", at: "") {
            guard let field = DateField(rawValue: value) else {
                throw reader.error("dateField", "must be \"author\" or \"committer\" (found \"\(value)\")")
            }
            configuration.dateField = field
        }
        if let rules = try reader.optionalArray(object, "areas", at: "") {
            configuration.areaRules = try rules.enumerated().map { index, element in
                try areaRule(element, at: "areas[\(index)]", reader: reader)
            }
        }
        if let names = try reader.optionalStringMap(object, "spokenNames", at: "") { configuration.spokenNames = names }
        if let weights = try reader.optionalNumberMap(object, "areaWeights", at: "") {
            for (area, weight) in weights where weight < 0 {
                throw reader.error(Reader.join("areaWeights", area), "an area weight is a multiplier and must not be negative (found \(weight))")
            }
            configuration.areaWeights = weights
        }
        if let value = try reader.optionalBool(object, "detectConventions", at: "") { configuration.detectConventions = value }
        if let identities = try reader.optionalArray(object, "identities", at: "") {
            configuration.identities = try identities.enumerated().map { index, element in
                try identity(element, at: "identities[\(index)]", reader: reader)
            }
        }
        if let value = try reader.optionalString(object, "mailmapPath", at: "") {
            guard !value.isEmpty else { throw reader.error("mailmapPath", "must not be empty") }
            configuration.mailmapPath = value
        }
        if let bots = try reader.optionalStringArray(object, "bots", at: "") {
            try reader.checkGlobs(bots, caseInsensitive: true, at: "bots")
            configuration.bots = bots
        }
        if let value = try reader.optionalBool(object, "includeDefaultBots", at: "") { configuration.includeDefaultBots = value }
        if let weights = try reader.optionalNumberMap(object, "weights", at: "") {
            let known = Signal.weighted.map(\.rawValue)
            for signal in weights.keys.sorted() where !known.contains(signal) {
                throw reader.error(Reader.join("weights", signal), "unknown signal \"\(signal)\"" + suggestion(for: signal, among: known))
            }
            configuration.weights = weights
        }
        if let words = try reader.optionalStringMap(object, "pronunciations", at: "") { configuration.pronunciations = words }
        if let roots = try reader.optionalStringMap(object, "pathRoots", at: "") {
            for (root, noun) in roots.sorted(by: { $0.key < $1.key }) {
                guard !root.isEmpty, !root.contains("/"), !root.contains(" ") else {
                    throw reader.error(Reader.join("pathRoots", root), "a path root is one path segment, without \"/\" or spaces")
                }
                guard !noun.isEmpty, noun.allSatisfy({ $0.isLetter || $0 == " " }) else {
                    throw reader.error(Reader.join("pathRoots", root), "the noun said after the path must be words (found \"\(noun)\")")
                }
            }
            configuration.pathRoots = roots
        }
        if let rate = try reader.optionalNumber(object, "wordsPerMinute", at: "") {
            guard rate > 0 else { throw reader.error("wordsPerMinute", "a speaking rate must be positive (found \(rate))") }
            configuration.wordsPerMinute = rate
        }
        if let link = try reader.optionalString(object, "commitLink", at: "") {
            guard link.contains("{hash}") || link.contains("{short}") else {
                throw reader.error("commitLink", "a commit link pattern needs {hash} or {short}")
            }
            configuration.commitLink = link
        }
        if let link = try reader.optionalString(object, "issueLink", at: "") {
            guard link.contains("{number}") else { throw reader.error("issueLink", "an issue link pattern needs {number}") }
            configuration.issueLink = link
        }
        if let prefixes = try reader.optionalStringMap(object, "issueLinkPrefixes", at: "") {
            for (prefix, repository) in prefixes.sorted(by: { $0.key < $1.key }) {
                let keyPath = Reader.join("issueLinkPrefixes", prefix)
                if prefix.hasPrefix("http://") || prefix.hasPrefix("https://") {
                    throw reader.error(keyPath, "leave out the scheme: links are matched with or without it")
                }
                guard prefix.contains("/"), !prefix.hasPrefix("/"), !prefix.contains(where: \.isWhitespace) else {
                    throw reader.error(keyPath, "expected a link prefix such as \"go.dev/issue/\" (a host, a path, no spaces)")
                }
                let parts = repository.split(separator: "/", omittingEmptySubsequences: false)
                guard parts.count == 2, parts.allSatisfy({ !$0.isEmpty && !$0.contains(where: \.isWhitespace) }) else {
                    throw reader.error(keyPath, "expected a repository as owner/name (found \"\(repository)\")")
                }
            }
            configuration.issueLinkPrefixes = prefixes
        }
        if let value = try reader.optionalString(object, "templatesPath", at: "") {
            guard !value.isEmpty else { throw reader.error("templatesPath", "must not be empty") }
            configuration.templatesPath = value
        }
        if let count = try reader.optionalInteger(object, "maxStories", at: "") {
            guard count >= 1 else { throw reader.error("maxStories", "must be at least 1 (found \(count))") }
            configuration.maxStories = count
        }
        if let value = object["feed"], !(value is NSNull) {
            configuration.feed = try feed(value, reader: reader)
        }
        return configuration
    }

    private static func areaRule(_ value: Any, at path: String, reader: Reader) throws -> AreaRule {
        let object = try reader.object(value, at: path)
        try reader.checkKeys(object, known: areaRuleKeys, at: path)
        guard let area = try reader.optionalString(object, "area", at: path) else {
            throw reader.error(path, "an area rule needs \"area\", the area's id")
        }
        guard !area.isEmpty else { throw reader.error(Reader.join(path, "area"), "must not be empty") }
        let spokenName = try reader.optionalString(object, "spokenName", at: path)
        let paths = try reader.optionalStringArray(object, "paths", at: path) ?? []
        try reader.checkGlobs(paths, at: Reader.join(path, "paths"))
        let subjects = try reader.optionalStringArray(object, "subjects", at: path) ?? []
        for (index, pattern) in subjects.enumerated() {
            do {
                _ = try NSRegularExpression(pattern: pattern)
            } catch {
                throw reader.error(Reader.join(path, "subjects") + "[\(index)]", "not a valid regular expression: \"\(pattern)\"")
            }
        }
        guard !paths.isEmpty || !subjects.isEmpty else {
            throw reader.error(path, "an area rule needs \"paths\" or \"subjects\" to match anything")
        }
        return AreaRule(area: area, spokenName: spokenName, paths: paths, subjects: subjects)
    }

    /// The `feed` object: `baseURL`, `author`, `imageURL` and `category` are required, URLs must be http(s).
    private static func feed(_ value: Any, reader: Reader) throws -> FeedSettings {
        let object = try reader.object(value, at: "feed")
        try reader.checkKeys(object, known: feedKeys, at: "feed")
        func required(_ key: String, _ what: String) throws -> String {
            guard let text = try reader.optionalString(object, key, at: "feed"), !text.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw reader.error(Reader.join("feed", key), "a feed needs \"\(key)\": \(what)")
            }
            return text
        }
        func checkURL(_ text: String, _ key: String) throws {
            guard text.hasPrefix("https://") || text.hasPrefix("http://"), URL(string: text)?.host != nil else {
                throw reader.error(Reader.join("feed", key), "expected an http or https URL, found \"\(text)\"")
            }
        }
        let baseURL = try required("baseURL", "the URL the show folder is served at")
        try checkURL(baseURL, "baseURL")
        let imageURL = try required("imageURL", "the URL of the show's square cover image")
        try checkURL(imageURL, "imageURL")
        let link = try reader.optionalString(object, "link", at: "feed")
        if let link { try checkURL(link, "link") }
        let language = try reader.optionalString(object, "language", at: "feed") ?? "en"
        let tag = language.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = tag.first, (2...3).contains(first.count), tag.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } }) else {
            throw reader.error("feed.language", "expected a language tag such as \"en\" or \"en-US\", found \"\(language)\"")
        }
        return FeedSettings(
            baseURL: baseURL, link: link, description: try reader.optionalString(object, "description", at: "feed"), language: language,
            author: try required("author", "the name podcast apps show as the show's author"), imageURL: imageURL,
            category: try required("category", "an Apple Podcasts category such as \"Technology\""),
            explicit: try reader.optionalBool(object, "explicit", at: "feed") ?? false)
    }

    private static func identity(_ value: Any, at path: String, reader: Reader) throws -> Identity {
        let object = try reader.object(value, at: path)
        try reader.checkKeys(object, known: identityKeys, at: path)
        guard let name = try reader.optionalString(object, "name", at: path), !name.isEmpty else {
            throw reader.error(Reader.join(path, "name"), "an identity needs a non-empty \"name\"")
        }
        let email = try reader.optionalString(object, "email", at: path)
        let aliases = try reader.optionalStringArray(object, "aliases", at: path) ?? []
        for (index, alias) in aliases.enumerated() where alias.trimmingCharacters(in: .whitespaces).isEmpty {
            throw reader.error(Reader.join(path, "aliases") + "[\(index)]", "must not be empty")
        }
        return Identity(name: name, email: email, aliases: aliases)
    }

    /// ` (did you mean "showName"?)` when a known key is close enough to be a typo.
    static func suggestion(for key: String, among known: [String]) -> String {
        let ranked = known.map { ($0, editDistance(key.lowercased(), $0.lowercased())) }
            .sorted { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0 < $1.0 }
        guard let best = ranked.first, best.1 <= max(2, key.count / 3) else { return "" }
        return " (did you mean \"\(best.0)\"?)"
    }

    static func editDistance(_ a: String, _ b: String) -> Int {
        let left = Array(a.unicodeScalars)
        let right = Array(b.unicodeScalars)
        var previous = Array(0...right.count)
        for (i, l) in left.enumerated() {
            var current = [i + 1] + Array(repeating: 0, count: right.count)
            for (j, r) in right.enumerated() {
                current[j + 1] = min(previous[j + 1] + 1, current[j] + 1, previous[j] + (l == r ? 0 : 1))
            }
            previous = current
        }
        return previous[right.count]
    }

    private static func jsonProblem(_ error: Error) -> String {
        let info = (error as NSError).userInfo
        if let detail = info[NSDebugDescriptionErrorKey] as? String { return detail }
        return "\(error.localizedDescription)"
    }
}
