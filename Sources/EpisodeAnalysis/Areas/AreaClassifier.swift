import EpisodeModel
import EpisodeText
import Foundation

/// Gives a commit its area, in order of trust: the configuration's rules (subject patterns
/// first, then path globs, each in rule order), the detected convention (prefix, Conventional
/// Commits scope or type, topic merge), the built-in file layouts, the common directory of the
/// changed files, and finally `misc`. Pure.
public struct AreaClassifier {
    public struct Decision: Equatable, Sendable {
        public var area: Area
        public var source: AreaSource
        public var otherAreas: [Area]
    }

    struct CompiledRule {
        var rule: AreaRule
        var globs: [Glob]
        var subjects: [NSRegularExpression]
    }

    let rules: [CompiledRule]
    let spokenNames: [String: String]
    let pathRoots: [String: String]
    let detectConventions: Bool

    /// Rules that fail to compile are skipped; `ShowConfigurationLoader` has already rejected them for files.
    public init(configuration: ShowConfiguration) {
        rules = configuration.areaRules.map { rule in
            CompiledRule(
                rule: rule,
                globs: rule.paths.compactMap { try? Glob($0) },
                subjects: rule.subjects.compactMap { try? NSRegularExpression(pattern: $0) }
            )
        }
        spokenNames = configuration.spokenNames
        pathRoots = configuration.pathRoots
        detectConventions = configuration.detectConventions
    }

    public func classify(_ commit: Commit, convention: CommitConvention) -> Decision {
        classify(commit, convention: convention, layouts: commit.files.map { FileLayout.classify($0.path) })
    }

    /// - Parameter layouts: each file's `FileLayout.classify(_:)`, worked out once by the caller.
    func classify(_ commit: Commit, convention: CommitConvention, layouts: [FileLayout?]) -> Decision {
        // A revert belongs where the reverted change did: its subject decides, not `Revert "...`.
        if let rule = matchingRule(commit, subject: convention.revertedSubject ?? commit.subject) {
            let area = Area(id: rule.area, spokenName: rule.spokenName ?? SpokenNames.spoken(rule.area, configured: spokenNames, pathRoots: pathRoots))
            return Decision(area: area, source: .configuration, otherAreas: [])
        }
        if detectConventions, let decision = conventionalDecision(convention) { return decision }
        let paths = commit.files.map(\.path)
        if AreaClassifier.spansProject(paths) {
            return Decision(area: area(SpokenNames.projectID), source: .commonDirectory, otherAreas: [])
        }
        if let layout = FileLayout.shared(layouts) {
            return Decision(area: area(layout.rawValue), source: .fileLayout, otherAreas: [])
        }
        let sourcePaths = zip(paths, layouts).filter { $0.1 == nil }.map(\.0)
        if let directory = AreaClassifier.commonDirectory(sourcePaths.isEmpty ? paths : sourcePaths) {
            return Decision(area: area(directory), source: .commonDirectory, otherAreas: [])
        }
        return Decision(area: area("misc"), source: .fallback, otherAreas: [])
    }

    func area(_ id: String) -> Area {
        Area(id: id, spokenName: SpokenNames.spoken(id, configured: spokenNames, pathRoots: pathRoots))
    }

    private func matchingRule(_ commit: Commit, subject: String) -> AreaRule? {
        let range = NSRange(subject.startIndex..., in: subject)
        for compiled in rules where compiled.subjects.contains(where: { $0.firstMatch(in: subject, range: range) != nil }) {
            return compiled.rule
        }
        for compiled in rules where !compiled.globs.isEmpty {
            if commit.files.contains(where: { file in compiled.globs.contains { $0.matches(file.path) } }) { return compiled.rule }
        }
        return nil
    }

    /// A change that belongs to no one folder: its files reach into at least four of the
    /// repository's top-level folders (files at the top count as one), or it changes one kind of
    /// dependency manifest in three or more folders (a Go version bump in every module's `go.mod`).
    static func spansProject(_ paths: [String]) -> Bool {
        var tops = Set<Substring>()
        var manifestFolders: [Substring: Int] = [:]
        for path in paths {
            let segments = path.split(separator: "/")
            tops.insert(segments.count > 1 ? segments[0] : ".")
            if let basename = segments.last, FileLayout.dependencyManifests.contains(String(basename)) {
                manifestFolders[basename, default: 0] += 1
            }
        }
        return tops.count >= 4 || manifestFolders.values.contains { $0 >= 3 }
    }

    private func conventionalDecision(_ convention: CommitConvention) -> Decision? {
        if let reverted = convention.revertedSubject, let (prefixes, _) = ConventionParser.prefixHeader(reverted), let first = prefixes.first {
            let id = SpokenNames.canonicalID(first)
            return Decision(area: area(id), source: .subjectPrefix, otherAreas: [])
        }
        if let topic = convention.topic {
            return Decision(area: area(AreaClassifier.topicAreaID(topic: topic, subjects: convention.topicSubjects)), source: .topicBranch, otherAreas: [])
        }
        if !convention.prefixes.isEmpty {
            var ids: [String] = []
            for prefix in convention.prefixes {
                let id = SpokenNames.canonicalID(prefix)
                if !ids.contains(id) { ids.append(id) }
            }
            return Decision(area: area(ids[0]), source: .subjectPrefix, otherAreas: ids.dropFirst().map(area))
        }
        if let header = convention.conventional {
            if let scope = header.scope {
                let ids = scope.split(separator: ",").map { SpokenNames.canonicalID($0.trimmingWhitespace()) }.filter { !$0.isEmpty }
                if let first = ids.first {
                    let others = ids.dropFirst().filter { $0 != first }
                    return Decision(area: area(first), source: .conventionalScope, otherAreas: others.map(area))
                }
            }
            let byType = ["docs": "docs", "test": "tests", "tests": "tests", "ci": "build", "build": "build", "deps": "build"]
            if let id = byType[header.type] { return Decision(area: area(id), source: .conventionalScope, otherAreas: []) }
        }
        return nil
    }

    /// The area most of a topic's listed subjects name by prefix (ties: the first listed);
    /// without prefixes, the topic name's first word (`kh/doc-trailers` is `docs`).
    static func topicAreaID(topic: String, subjects: [String]) -> String {
        let named = subjects.compactMap { subject in
            ConventionParser.prefixHeader(subject).flatMap { $0.0.first }.map(SpokenNames.canonicalID)
        }
        if let best = Frequency.mostFrequent(named) { return best }
        let name = topic.split(separator: "/").last.map(String.init) ?? topic
        let word = name.split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map(String.init) ?? name
        return SpokenNames.canonicalID(word)
    }

    /// The deepest directory all paths share, at most two levels deep and without a trailing
    /// `src`, `source`, `Sources`, `lib` or `internal`; `nil` when they share none.
    static func commonDirectory(_ paths: [String]) -> String? {
        guard var common = paths.first.map({ Array($0.split(separator: "/").dropLast()) }) else { return nil }
        for path in paths.dropFirst() {
            let directories = Array(path.split(separator: "/").dropLast())
            var count = 0
            while count < min(common.count, directories.count), common[count] == directories[count] { count += 1 }
            common = Array(common.prefix(count))
        }
        common = Array(common.prefix(2))
        while let last = common.last, ["src", "lib", "internal", "Sources", "source"].contains(last), common.count > 1 { common.removeLast() }
        return common.isEmpty ? nil : common.joined(separator: "/")
    }
}
