/// Turns an imperative commit summary ("fix reporting in the tool") into what the author
/// did ("fixed reporting in the tool"). Only verbs it knows are changed; anything else
/// gives `nil`, and the templates then say what changed without a verb of their own.
public enum PastTense {
    static let irregular: [String: String] = [
        "make": "made", "run": "ran", "write": "wrote", "rewrite": "rewrote", "overwrite": "overwrote", "split": "split",
        "set": "set", "reset": "reset", "unset": "unset", "keep": "kept", "let": "let", "build": "built", "rebuild": "rebuilt",
        "bring": "brought", "get": "got", "give": "gave", "take": "took", "find": "found", "have": "had", "send": "sent",
        "fall": "fell", "die": "died", "rerun": "reran", "shrink": "shrank", "leave": "left", "lead": "led", "feed": "fed",
        "teach": "taught", "read": "read", "reread": "reread", "put": "put", "cut": "cut", "hide": "hid", "unhide": "unhid",
        "speed": "sped", "output": "output", "panic": "panicked", "undo": "undid", "redo": "redid", "do": "did", "shut": "shut",
        "spell": "spelled", "break": "broke", "unbreak": "unbroke", "forbid": "forbade", "begin": "began", "choose": "chose",
        "hold": "held", "bind": "bound", "rebind": "rebound", "spin": "spun", "stick": "stuck", "throw": "threw",
        "unwind": "unwound", "seek": "sought", "deal": "dealt", "steal": "stole", "linkgit": "linked", "draw": "drew", "redraw": "redrew", "grow": "grew", "withhold": "withheld", "upset": "upset", "sweep": "swept", "tidy": "tidied", "apply": "applied", "copy": "copied", "clarify": "clarified", "simplify": "simplified",
        "unify": "unified", "modify": "modified", "specify": "specified", "verify": "verified", "identify": "identified",
        "deny": "denied", "retry": "retried", "notify": "notified", "classify": "classified", "stringify": "stringified",
    ]

    /// Verbs whose last consonant doubles: "format" -> "formatted", "stop" -> "stopped".
    static let doubling: Set<String> = [
        "stop", "skip", "drop", "pin", "unpin", "strip", "trim", "wrap", "unwrap", "ship", "tag", "log", "map", "swap",
        "prefer", "plan", "omit", "permit", "submit", "resubmit", "emit", "commit", "refer", "defer", "format", "reformat",
        "vet", "plug", "unplug", "scrub", "grab", "stub", "cap", "pad", "scan", "rescan", "flag", "clip", "zip",
        "unzip", "rebut", "regret", "admit", "compel", "control", "drag", "debug", "transmit", "occur", "recur", "shim", "prep", "embed",
    ]

    static let regular: Set<String> = [
        "add", "adjust", "allow", "avoid", "bump", "change", "clean", "correct", "delete", "deprecate", "disable",
        "document", "enable", "ensure", "expose", "extend", "fix", "handle", "implement", "improve", "introduce", "mark",
        "merge", "migrate", "move", "optimize", "optimise", "prevent", "refactor", "reject", "release", "remove", "rename",
        "reorganize", "replace", "report", "restore", "return", "revert", "rework", "support", "switch", "test", "track",
        "treat", "tweak", "update", "upgrade", "use", "validate", "show", "sort", "limit", "pass", "print", "parse",
        "reduce", "relax", "reuse", "inline", "guard", "format", "fold", "factor", "detect", "declare", "cache", "check",
        "convert", "create", "define", "export", "fill", "generate", "ignore", "include", "load", "note", "preserve",
        "propagate", "record", "recognize", "register", "resolve", "respect", "save", "unexport", "accept", "honor",
        "honour", "lower", "raise", "reword", "revise", "polish", "vendor", "repair", "restrict", "retain",
        "consolidate", "simplify", "explain", "mention", "warn", "append", "attach", "expand", "extract", "filter",
        "compute", "count", "compare", "complete", "configure", "decouple", "deduplicate", "derive", "diagnose",
        "display", "downgrade", "escape", "evaluate", "exclude", "flag", "flatten", "free", "harden", "hoist",
        "initialize", "install", "invoke", "isolate", "join", "list", "lock", "match", "mock", "normalize",
        "open", "order", "pack", "pad", "patch", "prepare", "process", "protect", "prune", "publish", "query", "queue",
        "refresh", "refine", "reformat", "reimplement", "reload", "reorder", "request", "require",
        "restructure", "retire", "reverse", "review", "scan", "search", "separate", "serialize", "share", "shorten",
        "silence", "sign", "stabilize", "start", "store", "stream", "suppress", "sync", "translate", "unbreak",
        "uninstall", "unlock", "unset", "upstream", "wait", "watch", "work", "adopt",
        "address", "deflake", "disallow", "enforce", "forbid", "fetch", "inherit", "obey",
        "overhaul", "port", "prefix", "quote", "recover", "redirect", "reflect", "rephrase", "replay", "retrieve",
        "rewire", "revamp", "seed", "stub", "touch", "trace", "unescape", "unquote", "untangle", "detangle",
        "emphasize", "encode", "decode", "bound", "cap", "clear", "close", "collect", "combine", "cover", "default",
        "link", "unlink", "annotate", "suggest", "offer", "reland", "roll", "unpin", "regenerate", "memoize", "infer", "gate",
        "wire", "plumb", "thread", "tighten", "loosen", "widen", "narrow", "delay", "postpone", "prepend", "rewrite",
        "backport", "cherry-pick", "fix up", "tolerate", "unskip", "undeprecate", "skip", "reenable",
        "re-enable", "turn", "permit", "consider", "assume", "distinguish",
        "discard", "standardize", "standardise", "plug", "prefetch", "lazy-load", "increase", "decrease", "describe", "analyze",
        "analyse", "url-encode", "try", "terminate", "streamline", "stage", "sanitize", "sanitise", "reserve", "remember",
        "recommend", "qualify", "provide", "promote", "pick", "kill", "hydrate", "demote", "clarify", "split",
        "generalize", "generalise", "forward", "exit", "drain", "discover", "die", "deserialize", "demonstrate", "de-globalize",
        "consume", "construct", "comment", "call", "group", "teach", "shadow", "unshadow", "reflow",
        "wrap", "hide", "unhide", "mirror", "vet", "lint", "fall back",
        "execute", "canonicalize", "push", "leak", "abort",
        "deploy", "align", "collapse", "advise", "advertise", "activate", "aggregate", "broaden", "attempt",
        "dedupe", "disambiguate", "enhance", "exercise", "embed", "serve", "clamp", "round", "encourage", "discourage",
        "modernize", "modernise", "obtain", "precompute", "recompute", "dereference", "retitle", "resize", "listen", "fast-path", "pretty-print",
    ]

    /// "fix reporting" -> "fixed reporting"; "Speed up X" -> "sped up X"; "clarify and optimize" ->
    /// "clarified and optimized"; unknown verb -> `nil`.
    public static func phrase(_ imperative: String) -> String? {
        // git's own merge subjects: "Merge branch 'ps/topic' into next" -> "merged the branch 'ps/topic' into next".
        for (prefix, past) in [("Merge branch ", "merged the branch "), ("Merge branches ", "merged the branches "),
                               ("Merge remote-tracking branch ", "merged the remote-tracking branch "), ("Merge tag ", "merged the tag "),
                               ("Merge pull request ", "merged pull request ")] where imperative.hasPrefix(prefix) || imperative.hasPrefix(prefix.lowercased()) {
            return past + imperative.dropFirst(prefix.count)
        }
        var words = imperative.trimmingSpaces().split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        guard let first = words.first else { return nil }
        let lowerFirst = first.lowercased()
        if let release = releasePhrase(words) { return release }
        // "Typofix an error message in X": "fixed a typo in an error message in X".
        if lowerFirst == "typofix", words.count > 1 { return (["fixed", "a", "typo", "in"] + words.dropFirst()).joined(separator: " ") }
        // "prepare for v2.1.2": the release is what was prepared.
        if lowerFirst == "prepare", words.count == 3, words[1].lowercased() == "for", isVersion(words[2]) {
            return "prepared the \(words[2]) release"
        }
        // "cleanup X" is the noun written for the verb: "cleaned up X".
        if ["cleanup", "clean-up"].contains(lowerFirst), words.count > 1 {
            // "cleanup of X" is the same: "cleaned up X".
            let object = words[1].lowercased() == "of" && words.count > 2 ? words.dropFirst(2) : words.dropFirst()
            return (["cleaned", "up"] + object).joined(separator: " ")
        }
        // "auto-bump X": the verb after "auto-" is one this knows.
        if lowerFirst.hasPrefix("auto-"), let past = verb(String(lowerFirst.dropFirst(5))) {
            words[0] = "auto-" + past
            return words.joined(separator: " ")
        }
        // Already in the past tense ("removed unused var"): keep it.
        if lowerFirst.hasSuffix("ed"), regular.contains(String(lowerFirst.dropLast(2))) || regular.contains(String(lowerFirst.dropLast(1))) {
            words[0] = lowerFirst
            return words.joined(separator: " ")
        }
        // "don't set X if Y" is what the code stops doing: "stopped setting X if Y" ("did not set X"
        // would say the author failed to). A verb this does not know gives `nil`.
        if lowerFirst == "don't" || lowerFirst == "don’t" || lowerFirst == "do" && words.count > 1 && words[1].lowercased() == "not" {
            let rest = Array(words.dropFirst(lowerFirst == "do" ? 2 : 1))
            // "don't panic when X": the program stops panicking, not the author.
            if let verb = rest.first, let failure = failures[verb.lowercased()] {
                return (["prevented", failure] + rest.dropFirst()).joined(separator: " ")
            }
            guard let verb = rest.first, let ing = gerund(verb) else { return nil }
            return (["stopped", ing] + rest.dropFirst()).joined(separator: " ")
        }
        // "allow to copy files" leaves out who is allowed: "made it possible to copy files".
        if lowerFirst == "allow", words.count > 2, words[1].lowercased() == "to" {
            return (["made", "it", "possible"] + words.dropFirst()).joined(separator: " ")
        }
        // "support X" as a verb means the project now supports X: "added support for X".
        if lowerFirst == "support", words.count > 1, !["for", "of", "to"].contains(words[1].lowercased()) {
            return "added support for " + words.dropFirst().joined(separator: " ")
        }
        // An adverb before the verb: "temporarily disable X" -> "temporarily disabled X";
        // "actually don't emit X" -> "actually stopped emitting X".
        if leadingAdverbs.contains(lowerFirst), words.count > 1,
           let rest = phrase(words.dropFirst().joined(separator: " ")), !rest.hasPrefix("landed ") {
            return lowerFirst + " " + rest
        }
        // "die on errors", "exit zero on -h": what the program does, not the author.
        if programBehaviours.contains(lowerFirst), words.count > 1 {
            words[0] = lowerFirst
            return "made the code " + words.joined(separator: " ")
        }
        guard let past = verb(first) else {
            // A prefix the summary kept ("tr: Update Turkish translations", "rebase -i: fix
            // counting"): what follows it says what changed.
            if let colon = words.firstIndex(where: { $0.hasSuffix(":") }), colon < 4, colon + 2 < words.count,
               let rest = phrase(words[(colon + 1)...].joined(separator: " ")) {
                return rest
            }
            return landedThing(words)
        }
        words[0] = past
        let quoted = quotedWords(words)
        // A second action after a comma: "fix flaky test, disable logging".
        // Not in a list of names that only look like verbs: "split regex, replace regex, find regex
        // filters" (the item ends like the one before it).
        for index in words.indices.dropFirst() where words[index - 1].hasSuffix(",") && index + 1 < words.count {
            let parallel = words[index + 1].lowercased().trimmingTrailing(",") == words[index - 1].lowercased().trimmingTrailing(",")
            if !parallel, !quoted[index], !programBehaviours.contains(words[index].lowercased()), let pastNext = verb(words[index]) { words[index] = pastNext }
        }
        // A second verb joined by "and": "deprecate X and remove its use".
        for index in words.indices.dropFirst().dropLast() where words[index] == "and" {
            let next = words[index + 1]
            // Only where "and" clearly joins two actions: "clarify and optimize", "X and remove its use";
            // not "support for read and write".
            let object = index + 2 < words.count ? words[index + 2].lowercased() : ""
            // At the end ("assume Go 1.24 and simplify"), unless it pairs two verbs as nouns ("read and write").
            let pairedVerbs = verb(words[index - 1]) != nil
            let endsActions = index + 2 == words.count && !pairedVerbs
            // Before a preposition: "rename X to Y and embed in Z".
            let takesPlace = ObjectArticles.followers.contains(object) && !pairedVerbs
            let joinsActions = index == 1 || endsActions || takesPlace || unambiguousVerbs.contains(next.lowercased()) || ["the", "a", "an", "its", "their", "it", "them", "this", "that", "some", "all", "unused", "dead", "old", "new"].contains(object)
            if joinsActions, !quoted[index + 1], !programBehaviours.contains(next.lowercased()), let pastNext = verb(next) {
                words[index + 1] = pastNext
            }
        }
        return words.joined(separator: " ")
    }

    /// A version subject ("Git 2.55", "Git 2.55-rc1") says a release was prepared: "prepared Git
    /// 2.55", "prepared release candidate one of Git 2.55". Only a name and a version, nothing
    /// else ("version 2.55" of a translation is no release).
    static func releasePhrase(_ words: [String]) -> String? {
        guard words.count == 2, let name = words.first, name.count > 1, name.allSatisfy({ $0.isLetter || $0 == "-" }), verb(name) == nil,
              !["version", "for", "to", "v", "release", "update", "bump"].contains(name.lowercased()) else { return nil }
        var version = Substring(words[1])
        if version.first == "v" { version = version.dropFirst() }
        var candidate: String?
        if let rc = version.range(of: "-rc") {
            let number = version[rc.upperBound...]
            guard !number.isEmpty, number.allSatisfy(\.isNumber), let value = Int(number) else { return nil }
            candidate = SpokenNumber.cardinal(value)
            version = version[..<rc.lowerBound]
        }
        guard isVersion(String(version)) else { return nil }
        let said = EnglishGrammar.capitalizedFirst(name) + " " + (words[1].first == "v" ? "v" : "") + version
        if let candidate { return "prepared release candidate \(candidate) of \(said)" }
        return "prepared " + said
    }

    /// "2.55", "v0.19", "0.99.7a": numbers joined by dots, the last may end in a letter.
    static func isVersion(_ word: String) -> Bool {
        let version = word.first == "v" ? word.dropFirst() : Substring(word)
        let parts = version.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count >= 2, parts.dropLast().allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isNumber) }), let last = parts.last,
              let digit = last.first, digit.isNumber else { return false }
        let letters = last.drop(while: \.isNumber)
        return letters.count <= 1 && letters.allSatisfy(\.isLetter)
    }

    /// Heads of a noun phrase that name a piece of work an author lands: "monotone flow
    /// analysis framework", "partial revert of a change", "two mitigations for a crash".
    static let landedHeads: Set<String> = [
        "framework", "package", "test", "tests", "pattern", "patterns", "helper", "helpers", "revert", "mitigation",
        "mitigations", "batch", "example", "examples", "analyzer", "pass", "option", "tool", "fix", "fixes", "flush",
        "improvements", "enhancements", "updates", "tweaks", "workaround", "implementation", "rewrite", "cleanups", "prototype", "benchmark", "benchmarks",
    ]

    /// Counts that may open a landed noun phrase: "two mitigations for ...".
    static let landedCounts: Set<String> = Set((2...10).map(SpokenNumber.cardinal)).union(["several", "various", "more"])

    /// A summary that is a noun phrase naming a piece of work is what the author "landed", with
    /// "a" or "an" before a singular one: "landed a monotone flow analysis framework", "landed
    /// two mitigations for ...". Its head is the last word before the first preposition; a
    /// phrase with a verb in it ("FindByPos returns ...") or another head gives nil.
    static func landedThing(_ words: [String]) -> String? {
        guard words.count >= 2 else { return nil }
        let lower = words.map { $0.lowercased() }
        // "the 6th batch" has its determiner: EpisodeFacts says it is "landed" as it is.
        guard !ObjectArticles.notModifiers.contains(lower[0]) || landedCounts.contains(lower[0]) else { return nil }
        let end = lower.firstIndex(where: ObjectArticles.followers.contains) ?? lower.count
        guard end >= 2, landedHeads.contains(lower[end - 1]),
              lower[..<end].allSatisfy({ !["is", "are", "was", "should", "returns", "does", "can"].contains($0) }),
              lower[..<end].allSatisfy({ $0.allSatisfy { $0.isLetter || $0 == "-" || $0.isNumber } }) else { return nil }
        let plural = lower[end - 1].hasSuffix("s") && lower[end - 1] != "pass" || landedCounts.contains(lower[0])
        if plural { return "landed " + words.joined(separator: " ") }
        let phrase = words.joined(separator: " ")
        return "landed \(EnglishGrammar.article(for: phrase)) " + phrase
    }

    /// Drops a second prefix a Go subject keeps after its package: "rangeint: handle X" -> "handle X".
    public static func withoutSubPrefix(_ summary: String) -> String {
        guard let colon = summary.range(of: ": ") else { return summary }
        let head = summary[..<colon.lowerBound]
        let rest = summary[colon.upperBound...]
        guard !head.contains(" "), head.count <= 40, let first = rest.first, first.isLowercase else { return summary }
        return String(rest)
    }

    /// Which words sit inside double quotes: text in quotes is the author's and never rewritten.
    static func quotedWords(_ words: [String]) -> [Bool] {
        var inside = false
        return words.map { word in
            let quotes = word.filter { $0 == "\"" || $0 == "“" || $0 == "”" }.count
            let opens = word.first == "\"" || word.first == "“"
            let wasInside = inside || opens
            if quotes % 2 == 1 { inside.toggle() }
            return wasInside
        }
    }

    /// Verbs that after "and" are a second action, never a noun ("add docs and simplify implementation").
    static let unambiguousVerbs: Set<String> = [
        "remove", "delete", "drop", "hide", "rename", "move", "use", "add", "update", "replace", "improve", "deprecate",
        "document", "export", "unexport", "reuse", "rewrite", "make", "avoid", "enable", "disable", "introduce",
        "simplify", "plug", "extract", "rework", "clarify", "unify",
    ]

    /// What the program stops doing in "don't panic when X": "prevented a panic when X".
    static let failures: [String: String] = [
        "panic": "a panic", "crash": "a crash", "fail": "a failure", "hang": "a hang", "die": "an exit", "exit": "an exit", "abort": "an abort",
    ]

    /// Verbs that say what the program does ("die on contains walk errors"): said as "made the
    /// code die on ...", never "Tamir died on ...". They still form "stopped panicking".
    static let programBehaviours: Set<String> = ["die", "exit", "abort", "panic", "crash", "fail", "hang", "listen"]

    /// Words that may stand before the verb: "temporarily disable X", "don't ...".
    static let leadingAdverbs: Set<String> = ["automatically", "actually", "now", "just", "additionally", "silently", "safely", "unconditionally", "hopefully", "temporarily", "explicitly", "correctly", "properly", "optionally", "only", "always", "never", "also", "partially", "fully", "quickly", "lazily", "conditionally", "consistently", "finally", "further", "really", "gracefully"]

    /// Short verbs whose last consonant doubles before "-ing" though their past tense does not show it.
    static let doublingBeforeIng: Set<String> = ["set", "reset", "let", "get", "cut", "put", "shut", "run", "rerun", "split", "forget"]

    /// The "-ing" form of a verb this knows ("set" -> "setting", "create" -> "creating",
    /// "stop" -> "stopping"), or `nil`.
    public static func gerund(_ word: String) -> String? {
        let lower = word.lowercased()
        guard let past = verb(word), !lower.contains("-") else { return nil }
        if doublingBeforeIng.contains(lower) { return lower + String(lower.last!) + "ing" }
        if lower == "panic" { return "panicking" }
        if lower.hasSuffix("ie") { return lower.dropLast(2) + "ying" }
        if lower.hasSuffix("ee") || lower.hasSuffix("ye") || lower.hasSuffix("oe") { return lower + "ing" }
        if lower.hasSuffix("e") { return lower.dropLast() + "ing" }
        // "stopped" -> "stopping": the past tense shows the doubled consonant.
        if let last = lower.last, past == lower + String(last) + "ed" { return lower + String(last) + "ing" }
        return lower + "ing"
    }

    /// The past tense of one verb, or `nil` when it is not a verb this knows.
    public static func verb(_ word: String) -> String? {
        let lower = word.lowercased()
        // Hyphenated verbs: "re-enable" -> "re-enabled", "lazy-load" -> "lazy-loaded".
        if lower.contains("-"), regular.contains(lower) {
            return lower.hasSuffix("e") ? lower + "d" : lower + "ed"
        }
        // A prefix before a verb this knows: "pre-filter" -> "pre-filtered", "re-run" -> "re-ran".
        for prefix in ["pre-", "re-", "un-", "de-", "co-", "auto-"] where lower.hasPrefix(prefix) && lower.count > prefix.count + 2 {
            if let past = verb(String(lower.dropFirst(prefix.count))) { return prefix + past }
        }
        // Only plain lower-case or capitalised words: "Fix", "fix", not "FIXME" or "fixup!".
        guard lower.allSatisfy(\.isLetter), word.dropFirst().allSatisfy(\.isLowercase) else { return nil }
        if lower == "try" { return "tried" }
        if let past = irregular[lower] { return past }
        guard regular.contains(lower) || doubling.contains(lower) else { return nil }
        if lower.hasSuffix("e") { return lower + "d" }
        if lower.hasSuffix("y"), let before = lower.dropLast().last, !"aeiou".contains(before) { return lower.dropLast() + "ied" }
        if doubling.contains(lower) { return lower + String(lower.last!) + "ed" }
        return lower + "ed"
    }
}
