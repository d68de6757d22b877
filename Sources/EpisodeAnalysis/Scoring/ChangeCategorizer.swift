import EpisodeModel
import EpisodeText
import Foundation

/// Decides what kind of work a commit is: from its Conventional Commits type when it has
/// one, else from the words of its subject (the first word weighs most), else from its area. Pure.
public enum ChangeCategorizer {
    static let conventionalTypes: [String: ChangeCategory] = [
        "feat": .feature, "feature": .feature, "fix": .fix, "hotfix": .fix, "security": .fix, "docs": .docs, "style": .style,
        "refactor": .refactor, "perf": .performance, "test": .tests, "tests": .tests, "build": .build, "ci": .build,
        "deps": .build, "bump": .build, "chore": .chore, "revert": .revert, "release": .release,
    ]
    static let typoWords = ["typo", "typos", "spelling", "misspelled", "misspelling", "misspellings", "grammar", "spellcheck"]
    static let typoPhraseList = PhraseList(typoWords)
    static let firstWords: [String: ChangeCategory] = {
        var table: [String: ChangeCategory] = [:]
        for word in ["fix", "fixes", "fixed", "correct", "avoid", "prevent", "handle", "repair", "resolve", "address", "guard",
                     "restore", "mitigate", "workaround", "don't", "ensure", "properly", "reject", "check", "detect", "report"] {
            table[word] = .fix
        }
        for word in ["add", "adds", "added", "implement", "improve", "improves", "enhance", "better", "introduce", "support", "allow", "enable", "new", "teach",
                     "expose", "provide", "create", "extend", "offer", "generate", "suggest", "show", "accept"] {
            table[word] = .feature
        }
        for word in ["optimize", "optimise", "speed", "faster", "accelerate", "cache"] { table[word] = .performance }
        for word in ["doc", "docs", "document", "documentation", "clarify", "comment", "comments", "readme", "explain", "describe"] {
            table[word] = .docs
        }
        for word in ["test", "tests", "testing", "deflake", "skip"] { table[word] = .tests }
        for word in ["refactor", "simplify", "clean", "cleanup", "tidy", "rename", "move", "remove", "delete", "drop", "unexport",
                     "inline", "reorganize", "restructure", "split", "factor", "use", "replace", "consolidate", "deduplicate",
                     "modernize", "unify", "convert", "migrate", "reduce", "rewrite", "deprecate", "stop", "prepare", "rework"] {
            table[word] = .refactor
        }
        for word in ["bump", "upgrade", "update", "vendor", "revendor"] { table[word] = .build }
        for word in ["gofmt", "format", "reformat", "whitespace", "lint"] { table[word] = .style }
        return table
    }()
    /// Phrases that make any first word a fix, and words that mean performance work, prepared for `Words`.
    static let fixWordList = PhraseList(fixWords)
    static let seriousPhraseList = PhraseList(["crash", "panic", "panics", "deadlock", "data race", "regression"])
    static let performancePhraseList = PhraseList(["performance", "faster", "speed up", "allocations"])
    static let fixWords = ["fix", "fixes", "fixed", "bug", "crash", "crashes", "panic", "panics", "race", "deadlock", "leak",
                           "regression", "incorrect", "wrong", "broken", "error", "errors", "failure", "mitigations"]

    /// - Parameters:
    ///   - convention: what the message says by convention.
    ///   - isMerge: the commit has several parents (or is a topic merge).
    ///   - areaID: the area already decided, for the last resort.
    ///   - layout: the layout class all the commit's files share, if any: a change only to tests is
    ///     a tests change and one only to docs is a docs change, whatever its first word. An area
    ///     with a `doc` or `test` segment (`gopls/doc/release`) counts the same.
    ///   - fixesIssue: the message says it fixes an issue, which makes a cleanup or an unclear change a fix.
    public static func categorize(
        _ convention: CommitConvention, subject: String, isMerge: Bool, areaID: String, layout: FileLayout? = nil, fixesIssue: Bool = false
    ) -> ChangeCategory {
        var category = categorizeMessage(convention, subject: subject, isMerge: isMerge, areaID: areaID)
        // "update neovim source URL" or "bump strvec forward declaration to the top" is no build
        // work: "update" means build only for dependencies, versions, build files or CI.
        if category == .build, convention.conventional == nil, layout != .build, !isBuildArea(areaID) {
            let summary = Words(innerSummary(convention.summary))
            if let first = summary.first, ["update", "updates", "updated", "bump", "upgrade"].contains(first), !isDependencyUpdate(summary) {
                category = .other
            }
        }
        if fixesIssue, [.refactor, .other, .chore, .style].contains(category) { category = .fix }
        var layout = layout
        if layout == nil {
            let segments = areaID.lowercased().split(separator: "/").map(String.init)
            if segments.contains(where: ["doc", "docs", "documentation"].contains) { layout = .docs }
            if segments.contains(where: ["test", "tests", "testdata"].contains) { layout = .tests }
        }
        switch (layout, category) {
        case (.tests?, .feature), (.tests?, .refactor), (.tests?, .other), (.tests?, .chore), (.tests?, .style), (.tests?, .build): return .tests
        case (.docs?, .feature), (.docs?, .refactor), (.docs?, .other), (.docs?, .fix), (.docs?, .chore), (.docs?, .style), (.docs?, .build): return .docs
        default: return category
        }
    }

    static func categorizeMessage(_ convention: CommitConvention, subject: String, isMerge: Bool, areaID: String) -> ChangeCategory {
        if convention.isRevert { return .revert }
        if let header = convention.conventional {
            if header.type == "chore", let scope = header.scope?.lowercased() {
                if scope == "release" { return .release }
                if scope == "deps" { return .build }
                if scope == "docs" { return .docs }
            }
            if header.type == "chore" { return choreCategory(scope: header.scope?.lowercased(), summary: convention.summary) }
            if let category = conventionalTypes[header.type] { return category }
        }
        if isMerge || convention.topic != nil || subject.hasPrefix("Merge ") { return .merge }
        let summary = Words(innerSummary(convention.summary))
        if isRelease(convention.summary) { return .release }
        if summary.firstMention(of: typoPhraseList) != nil { return .docs }
        if let first = summary.first, let category = firstWords[first] {
            // "Add a test for ..." and "update docs" say more in the words that follow.
            if ["add", "adds", "added", "update", "updates", "updated", "expand", "extend", "write", "rewrite"].contains(first) {
                let object = summary.list.dropFirst().first { !["a", "an", "the", "more", "some", "missing"].contains($0) }
                if let object, ["test", "tests"].contains(object) { return .tests }
                if let object, ["doc", "docs", "documentation", "comment", "comments", "readme"].contains(object) { return .docs }
            }
            if category != .fix, summary.firstMention(of: seriousPhraseList) != nil {
                return .fix
            }
            return category
        }
        if summary.firstMention(of: fixWordList) != nil { return .fix }
        if summary.firstMention(of: performancePhraseList) != nil { return .performance }
        switch areaID {
        case "docs": return .docs
        case "tests": return .tests
        case "build": return .build
        default: return .other
        }
    }

    /// Passive verbs of release-note prose, as git.git's topic descriptions write it ("'git
    /// branch' has been taught the --delete-merged option", "A crash ... has been fixed").
    static let describedVerbs: [(PhraseList, ChangeCategory)] = [
        (PhraseList(["been fixed", "been corrected", "is fixed", "are fixed", "is corrected", "been plugged", "been squelched"]), .fix),
        (PhraseList(["been taught", "is introduced", "been introduced", "been added", "is added", "are added", "learned to",
                     "learns to", "can now", "now supports", "is a new"]), .feature),
        (PhraseList(["been optimized", "been sped up", "been made faster", "is faster", "are faster"]), .performance),
        (PhraseList(["been documented", "doc updates", "documentation updates", "typos", "typofixes"]), .docs),
        (PhraseList(["been refactored", "been cleaned up", "been simplified", "code simplification", "code clean up", "code cleanup"]), .refactor),
        (PhraseList(["test fix", "test fixes", "test updates", "test coverage", "test suite"]), .tests),
    ]

    /// The kind of work a topic description tells, by its first passive verb phrase; `nil` when it uses none.
    static func describedCategory(_ description: String) -> ChangeCategory? {
        let words = Words(description)
        var best: (offset: Int, category: ChangeCategory)?
        for (phrases, category) in describedVerbs {
            guard let phrase = words.firstMention(of: phrases) else { continue }
            let offset = description.lowercased().range(of: phrase).map { description.distance(from: description.startIndex, to: $0.lowerBound) } ?? Int.max
            if best == nil || offset < best!.offset { best = (offset, category) }
        }
        return best?.category
    }

    /// `build`, `ci`, `gitlab-ci`, `ci/...`, `gopls/go.mod`: areas whose updates are build work.
    static func isBuildArea(_ areaID: String) -> Bool {
        let segments = areaID.split(separator: "/").map(String.init)
        let first = segments.first ?? areaID
        return first == "build" || first == "ci" || first.hasSuffix("-ci") || first == "deps"
            || segments.last.map(FileLayout.dependencyManifests.contains) == true
    }

    /// Words that make "update", "bump" or "upgrade" a dependency or toolchain change.
    static let dependencyPhraseList = PhraseList([
        "dependency", "dependencies", "deps", "directive", "module", "modules", "toolchain", "version", "versions",
        "vendored", "lockfile", "msrv", "go mod", "go sum", "cargo lock", "index",
    ])

    /// "update staticcheck to v0.8.0-rc.1", "upgrade go directive to at least 1.25.0", "bump deps":
    /// a dependency word, or a version (`Words` splits `v0.8.0` into `v0`, `8`, `0`).
    static func isDependencyUpdate(_ summary: Words) -> Bool {
        summary.firstMention(of: dependencyPhraseList) != nil || summary.list.contains { word in
            let digits = word.hasPrefix("v") ? word.dropFirst() : Substring(word)
            return !digits.isEmpty && digits.allSatisfy(\.isNumber)
        }
    }

    /// `chore` says little: `chore(lib): fix typos` is docs, `chore(clippy): fix pedantic lints`
    /// style, `chore(ci): ...` or `chore(npm): update yarn.lock` build, `chore(tests): ...` tests.
    /// Other chores stay chores (a chore that says "fix" or "add" is not a bug fix or a feature).
    static func choreCategory(scope: String?, summary: String) -> ChangeCategory {
        let words = Words(innerSummary(summary))
        if words.firstMention(of: typoPhraseList) != nil { return .docs }
        if words.firstMention(of: stylePhraseList) != nil { return .style }
        if let scope {
            if ["test", "tests", "testing"].contains(scope) { return .tests }
            if ["ci", "cd", "build", "docker", "nix", "npm", "cargo", "deps", "deps-dev", "release-plz", "github"].contains(scope) { return .build }
        }
        if let first = words.first, let category = firstWords[first], [.docs, .style, .build, .performance].contains(category) {
            return category
        }
        return .chore
    }
    static let stylePhraseList = PhraseList(["lint", "lints", "clippy", "rustfmt", "gofmt", "formatting", "format"])

    /// The summary after any further `name: ` prefixes (`rangeint: handle ...` is `handle ...`).
    static func innerSummary(_ summary: String) -> String {
        var text = Substring(summary)
        if ASCIIText.isASCII(summary) {
            // ASCII: the same walk over bytes.
            while let offset = ASCIIText.firstOffset(of: ": ", in: text), offset > 0,
                  !text.utf8.prefix(offset).contains(UInt8(ascii: " ")) {
                text = text[text.utf8.index(text.startIndex, offsetBy: offset + 2)...]
            }
            return String(text)
        }
        while let colon = text.range(of: ": "), !text[..<colon.lowerBound].contains(" "), !text[..<colon.lowerBound].isEmpty {
            text = text[colon.upperBound...]
        }
        return String(text)
    }

    /// `release v1.2.3`, `Release 2.13.1`, `Git 2.56-rc0`, `prepare release`.
    static func isRelease(_ summary: String) -> Bool {
        // Quick exit for ASCII: only a first word below, or a single word, can make a release.
        if ASCIIText.isASCII(summary) {
            let bytes = summary.utf8
            let start = bytes.firstIndex { $0 != UInt8(ascii: " ") } ?? bytes.endIndex
            let end = bytes[start...].firstIndex(of: UInt8(ascii: " ")) ?? bytes.endIndex
            let single = !bytes[end...].contains { $0 != UInt8(ascii: " ") }
            if !single, !["release", "releases", "prepare", "git"].contains(ASCIIText.lowercased(bytes[start..<end])) { return false }
        }
        let tokens = summary.split(separator: " ").map { $0.lowercased() }
        guard let first = tokens.first else { return false }
        let hasVersion = tokens.contains(where: isVersion)
        // `release v1.2.3`, `prepare release`; not `release filter on error path` (a verb).
        if ["release", "releases", "prepare"].contains(first), tokens.dropFirst().contains("release") || hasVersion { return true }
        if first == "git", tokens.count <= 3, hasVersion { return true }
        return tokens.count == 1 && hasVersion
    }

    /// `v1.2.3`, `2.56.0`, `2.56-rc0`: digits with at least one dot.
    static func isVersion(_ token: String) -> Bool {
        var text = Substring(token)
        if text.hasPrefix("v") { text = text.dropFirst() }
        let core = text.prefix { $0.isNumber || $0 == "." }
        return core.first?.isNumber == true && core.contains(".") && core.last != "."
    }
}
