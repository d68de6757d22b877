/// Turns an imperative commit summary ("fix reporting in the tool") into what the author
/// did ("fixed reporting in the tool"). Only verbs it knows are changed; anything else
/// gives `nil`, and the templates then say what changed without a verb of their own.
public enum PastTense {
    static let irregular: [String: String] = [
        "make": "made", "run": "ran", "write": "wrote", "rewrite": "rewrote", "split": "split", "set": "set", "reset": "reset",
        "keep": "kept", "let": "let", "build": "built", "rebuild": "rebuilt", "bring": "brought", "get": "got", "give": "gave",
        "take": "took", "find": "found", "have": "had", "send": "sent", "fall": "fell", "vet": "vetted", "die": "died", "plug": "plugged", "scrub": "scrubbed", "grab": "grabbed", "rerun": "reran", "shrink": "shrank", "leave": "left", "lead": "led", "feed": "fed", "teach": "taught", "read": "read", "put": "put", "cut": "cut", "hide": "hid",
        "speed": "sped", "undo": "undid", "redo": "redid", "do": "did", "shut": "shut", "spell": "spelled",
        "stop": "stopped", "skip": "skipped", "drop": "dropped", "pin": "pinned", "strip": "stripped", "trim": "trimmed",
        "wrap": "wrapped", "unwrap": "unwrapped", "ship": "shipped", "tag": "tagged", "log": "logged", "map": "mapped",
        "swap": "swapped", "prefer": "preferred", "plan": "planned", "omit": "omitted", "permit": "permitted",
        "submit": "submitted", "emit": "emitted", "commit": "committed", "refer": "referred", "defer": "deferred",
        "tidy": "tidied", "apply": "applied", "copy": "copied", "clarify": "clarified", "simplify": "simplified",
        "unify": "unified", "modify": "modified", "specify": "specified", "verify": "verified", "identify": "identified",
        "deny": "denied", "retry": "retried", "notify": "notified", "classify": "classified", "stringify": "stringified",
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
        "honour", "lower", "raise", "reword", "revise", "polish", "vendor", "repair", "restrict", "rename", "retain",
        "consolidate", "simplify", "explain", "mention", "warn", "append", "attach", "expand", "extract", "filter",
        "compute", "count", "compare", "complete", "configure", "decouple", "deduplicate", "derive", "diagnose",
        "display", "downgrade", "escape", "evaluate", "exclude", "flag", "flatten", "free", "harden", "hoist",
        "initialize", "install", "invoke", "isolate", "join", "list", "lock", "match", "migrate", "mock", "normalize",
        "open", "order", "pack", "pad", "patch", "prepare", "process", "protect", "prune", "publish", "query", "queue",
        "refresh", "refine", "reformat", "reimplement", "reload", "rename", "reorder", "replace", "request", "require",
        "restructure", "retire", "reverse", "review", "scan", "search", "separate", "serialize", "share", "shorten",
        "silence", "sign", "stabilize", "start", "store", "stream", "suppress", "sync", "translate", "unbreak",
        "uninstall", "unlock", "unset", "upstream", "wait", "warn", "watch", "work", "allow", "implement", "adopt",
        "address", "deflake", "disallow", "enforce", "forbid", "fetch", "inherit", "introduce", "mention", "obey",
        "overhaul", "port", "prefix", "quote", "recover", "redirect", "reflect", "rephrase", "replay", "retrieve",
        "rewire", "revamp", "seed", "stub", "touch", "trace", "unescape", "unquote", "untangle", "detangle", "document",
        "emphasize", "encode", "decode", "bound", "cap", "clear", "close", "collect", "combine", "cover", "default",
        "link", "unlink", "annotate", "suggest", "offer", "reland", "roll", "unpin", "regenerate", "memoize", "infer", "gate",
        "wire", "plumb", "thread", "tighten", "loosen", "widen", "narrow", "delay", "postpone", "prepend", "rewrite", "bump",
        "backport", "cherry-pick", "fix up", "tolerate", "unskip", "undeprecate", "simplify", "skip", "reject", "reenable",
        "re-enable", "turn", "clean", "avoid", "permit", "accept", "consider", "assume", "distinguish", "diagnose", "print",
        "discard", "standardize", "standardise", "plug", "prefetch", "lazy-load", "increase", "decrease", "describe", "analyze",
        "analyse", "url-encode", "try", "terminate", "streamline", "stage", "sanitize", "sanitise", "reserve", "remember",
        "recommend", "qualify", "provide", "promote", "pick", "kill", "hydrate", "demote", "clarify", "split", "shorten",
        "generalize", "generalise", "forward", "exit", "drain", "discover", "die", "deserialize", "demonstrate", "de-globalize",
        "consume", "construct", "comment", "call", "handle", "group", "teach", "shadow", "unshadow", "rename", "reflow",
        "release", "wrap", "expose", "hide", "unhide", "mirror", "vet", "lint", "reuse", "extend", "fall back",
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
        // Already in the past tense ("removed unused var"): keep it.
        if lowerFirst.hasSuffix("ed"), regular.contains(String(lowerFirst.dropLast(2))) || regular.contains(String(lowerFirst.dropLast(1))) {
            words[0] = lowerFirst
            return words.joined(separator: " ")
        }
        // "don't X" -> "made sure not to X"? No: say it plainly, "stopped X-ing" would guess. Keep "did not X".
        if lowerFirst == "don't" || lowerFirst == "don’t" || lowerFirst == "do" && words.count > 1 && words[1].lowercased() == "not" {
            let rest = words.dropFirst(lowerFirst == "do" ? 2 : 1)
            return rest.isEmpty ? nil : "did not " + rest.joined(separator: " ")
        }
        // An adverb before the verb: "temporarily disable X" -> "temporarily disabled X".
        if leadingAdverbs.contains(lowerFirst), words.count > 1, let past = verb(words[1]) {
            words[0] = lowerFirst
            words[1] = past
            return words.joined(separator: " ")
        }
        guard let past = verb(first) else { return nil }
        words[0] = past
        // A second action after a comma: "fix flaky test, disable logging".
        for index in words.indices.dropFirst() where words[index - 1].hasSuffix(",") && index + 1 < words.count {
            if let pastNext = verb(words[index]) { words[index] = pastNext }
        }
        // A second verb joined by "and": "deprecate X and remove its use".
        for index in words.indices.dropFirst().dropLast() where words[index] == "and" {
            let next = words[index + 1]
            // Only where "and" clearly joins two actions: "clarify and optimize", "X and remove its use";
            // not "support for read and write".
            let object = index + 2 < words.count ? words[index + 2].lowercased() : ""
            let joinsActions = index == 1 || ["the", "a", "an", "its", "their", "it", "them", "this", "that", "some", "all", "unused", "dead", "old", "new"].contains(object)
            if joinsActions, let pastNext = verb(next) {
                words[index + 1] = pastNext
            }
        }
        return words.joined(separator: " ")
    }

    /// Drops a second prefix a Go subject keeps after its package: "rangeint: handle X" -> "handle X".
    public static func withoutSubPrefix(_ summary: String) -> String {
        guard let colon = summary.range(of: ": ") else { return summary }
        let head = summary[..<colon.lowerBound]
        let rest = summary[colon.upperBound...]
        guard !head.contains(" "), head.count <= 40, let first = rest.first, first.isLowercase else { return summary }
        return String(rest)
    }

    /// Words that may stand before the verb: "temporarily disable X", "don't ...".
    static let leadingAdverbs: Set<String> = ["hopefully", "temporarily", "explicitly", "correctly", "properly", "optionally", "only", "always", "never", "also", "partially", "fully", "quickly", "lazily", "conditionally", "consistently", "finally", "further"]

    /// The past tense of one verb, or `nil` when it is not a verb this knows.
    public static func verb(_ word: String) -> String? {
        let lower = word.lowercased()
        // Hyphenated verbs: "re-enable" -> "re-enabled", "lazy-load" -> "lazy-loaded".
        if lower.contains("-"), regular.contains(lower) {
            return lower.hasSuffix("e") ? lower + "d" : lower + "ed"
        }
        // Only plain lower-case or capitalised words: "Fix", "fix", not "FIXME" or "fixup!".
        guard lower.allSatisfy(\.isLetter), word.dropFirst().allSatisfy(\.isLowercase) else { return nil }
        if lower == "try" { return "tried" }
        if let past = irregular[lower] { return past }
        guard regular.contains(lower) else { return nil }
        if lower.hasSuffix("e") { return lower + "d" }
        if lower.hasSuffix("y"), let before = lower.dropLast().last, !"aeiou".contains(before) { return lower.dropLast() + "ied" }
        if ["cap", "pad", "scan", "flag"].contains(lower) { return lower + String(lower.last!) + "ed" }
        return lower + "ed"
    }
}
