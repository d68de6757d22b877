/// The words of one sentence, lower-cased, for the phrase tests of `MessageReader`: what the
/// sentence says (a problem, an effect, a change, a measurement) and whom it concerns.
struct MessageWords {
    /// Lower-cased words; apostrophes and hyphens stay inside a word, `%` is a word of its own.
    let words: [String]
    private let original: [Substring]

    init(_ sentence: String) {
        var words: [String] = []
        var current: [UInt8] = []
        func flush() {
            // "--flag" and "word-" keep their inner hyphens only.
            var start = current.startIndex
            var end = current.endIndex
            while start < end, current[start] == 0x2D || current[start] == 0x27 { start += 1 }
            while end > start, current[end - 1] == 0x2D || current[end - 1] == 0x27 { end -= 1 }
            if start < end { words.append(String(decoding: current[start..<end], as: UTF8.self)) }
            current.removeAll(keepingCapacity: true)
        }
        let scalars = Array(sentence.unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            let value = scalar.value
            // "bug.Report", "errors.Is": a dot between letters joins an identifier, whose parts are not words.
            if value == 0x2E, !current.isEmpty, index + 1 < scalars.count, scalars[index + 1].properties.isAlphabetic {
                current.append(0x2E)
                continue
            }
            if value >= 0x41, value <= 0x5A {
                current.append(UInt8(value + 0x20))
            } else if (value >= 0x61 && value <= 0x7A) || (value >= 0x30 && value <= 0x39) || value == 0x27 || value == 0x2D {
                current.append(UInt8(value))
            } else if value == 0x2019 {
                current.append(0x27)
            } else if value == 0x25 {
                flush()
                words.append("%")
            } else if value >= 0x80, scalar.properties.isAlphabetic {
                current.append(contentsOf: String(scalar).lowercased().utf8)
            } else {
                flush()
            }
        }
        flush()
        self.words = words
        original = sentence.split(separator: " ")
    }

    var count: Int { words.count }

    /// "When filling in a struct like this, ...", "as follows": a sentence that points at an
    /// example or a code block the script does not read.
    var leansOnExample: Bool { containsAny(MessageWords.examplePointers) }

    /// Whether any phrase of the list occurs.
    func containsAny(_ phrases: PhraseIndex) -> Bool { phrases.occurs(in: words) }

    /// "This CL is part of a series", "See the design doc", "Thanks to ...": nothing to tell.
    var isBoilerplate: Bool {
        guard let first = words.first else { return true }
        if ["see", "thanks", "cc", "note", "todo", "also", "ps", "p"].contains(first) { return true }
        return containsAny(MessageWords.boilerplate)
    }

    /// "Maybe there is ...", "but I'm not sure": a guess is not something to tell listeners.
    var isSpeculation: Bool { containsAny(MessageWords.speculation) }

    /// Half or more of its words are identifiers, paths or numbers: a list, not prose.
    var isMostlyCode: Bool {
        let code = original.filter { MessageWords.looksLikeCode(Array($0.utf8)) }
        return code.count * 2 >= original.count
    }

    static let edgePunctuation: Set<UInt8> = Set(".,;:!?()\"'`".utf8)

    /// An identifier, path, call or assignment: "getg_safe", "go/ssa", "f()", "a=b", "pkg.Func", "sysUnreserve".
    static func looksLikeCode(_ word: [UInt8]) -> Bool {
        let edge = MessageWords.edgePunctuation
        var start = 0
        var end = word.count
        let opensWithBacktick = word.first == UInt8(ascii: "`")
        while start < end, edge.contains(word[start]) { start += 1 }
        while end > start, edge.contains(word[end - 1]) { end -= 1 }
        guard start < end else { return false }
        let core = word[start..<end]
        var lower = false
        var innerCapital = false
        for (offset, byte) in core.enumerated() {
            switch byte {
            case UInt8(ascii: "_"), UInt8(ascii: "/"), UInt8(ascii: "("), UInt8(ascii: "="): return true
            case UInt8(ascii: "."): if offset < core.count - 1 { return true }
            case 0x61...0x7A: lower = true
            case 0x41...0x5A: if offset > 0 { innerCapital = true }
            default: break
            }
        }
        return (innerCapital && lower) || opensWithBacktick
    }

    /// "20% faster", "from 3 to 1 allocations", "2x smaller": a number beside a word of measure.
    var isMeasurement: Bool {
        let hasNumber = words.contains { word in word.first?.isNumber == true || word == "%" }
        guard hasNumber else { return false }
        let percent = words.contains("%") || words.contains { $0.first?.isNumber == true && ($0.hasSuffix("x") || $0.hasSuffix("×")) && $0.dropLast().allSatisfy { $0.isNumber || $0 == "." } }
        let fromTo = (words.contains("from") && words.contains("to")) || MessageWords.insteadOf.occurs(in: words)
        return (percent || fromTo) && containsAny(MessageWords.measures)
    }

    /// An imperative opening ("Use getg_safe instead.") or "This CL/change makes ...".
    var isChange: Bool {
        guard let first = words.first else { return false }
        if MessageWords.changeVerbs.contains(first) || first == "let's" { return true }
        // "Explicitly set sh mode ...": an adverb before the verb.
        if first.hasSuffix("ly"), words.count > 1, MessageWords.changeVerbs.contains(words[1]) { return true }
        if ["this", "the"].contains(first), words.count > 2, MessageWords.changeNouns.contains(words[1]),
           !MessageWords.auxiliaries.contains(words[2]) { return true }
        if first == "fixed" || first == "fixes", words.count > 1, words[1] == "by" { return true }
        if first == "we", words.count > 1, ["now", "add", "use", "make", "change", "teach", "switch", "move", "replace"].contains(words[1]) { return true }
        if first == "instead" { return true }
        // "To avoid guessing, this change disables ...": the change is the sentence's subject after an opening clause.
        for index in words.indices.dropFirst().dropLast(2) where words[index] == "this" && MessageWords.changeNouns.contains(words[index + 1]) {
            if !MessageWords.nonSubjectBefore.contains(words[index - 1]), !MessageWords.auxiliaries.contains(words[index + 2]) { return true }
        }
        return false
    }

    /// Terms of `affectedTerms` this sentence names, as they are said.
    /// - Parameter isSubject: the words are a subject, where every term counts.
    func affected(isSubject: Bool) -> [String] {
        MessageWords.affectedIndex.matches(in: words).map { MessageWords.affectedTerms[$0] }
            .filter { isSubject || !$0.subjectOnly }.map(\.spoken)
    }

    /// Every affected term in one index, its phrase numbers those of `affectedTerms`.
    static let affectedIndex = PhraseIndex(affectedTerms.map(\.phrase))

    // MARK: - Phrase lists

    static func phrases(_ list: [String]) -> PhraseIndex { PhraseIndex(list) }

    static let problemPhrases = phrases(problemPhraseList)
    static let problemPhraseList = [
        "crash", "crashed", "crashes", "crashing", "panic", "panicked", "panics", "panicking", "garbage", "deadlock", "deadlocks",
        "race", "races", "racy", "leak", "leaks", "leaked", "leaking", "hang", "hangs", "hung", "broken", "broke", "breaks",
        "regression", "regressed", "fail", "fails", "failed", "failing", "failure", "failures", "incorrect", "incorrectly", "wrong",
        "wrongly", "bug", "buggy", "mistakenly", "erroneously", "misreported", "corrupt", "corrupted", "corruption",
        "previously", "used to", "doesn't", "didn't", "does not", "did not", "can't",
        "cannot", "could not", "couldn't", "unable", "isn't", "wasn't", "is not", "was not", "never", "nobody", "no one",
        "not a single", "unused", "no longer used", "confusing", "slow", "quadratic", "unnecessary", "unnecessarily",
        "spurious", "flaky", "flakes", "infinite", "overflow", "overflows", "out of bounds", "out-of-bounds", "nil pointer",
        "null pointer", "segfault", "internal error", "missing", "lost", "loses", "ignored", "ignores", "nil",
        "vulnerable", "vulnerability", "insecure", "ambiguous", "ambiguity", "invalid", "unexpected", "unexpectedly", "than expected",
        "accidentally", "inadvertently",
    ]
    /// Problem words that only say something is not so ("cannot", "is not", "missing", "nil"): a
    /// sentence with none stronger sets the scene rather than naming a failure.
    static let weakProblemPhrases: Set<String> = [
        "doesn't", "didn't", "does not", "did not", "can't", "cannot", "could not", "couldn't", "unable", "isn't", "wasn't",
        "is not", "was not", "missing", "nil",
    ]
    /// Problem words that say plainly that something went wrong: all the others.
    static let strongProblemPhrases = phrases(problemPhraseList.filter { !weakProblemPhrases.contains($0) })

    /// How plainly a problem sentence names what went wrong: 2 a crash, 1 a plain failure, 0 otherwise.
    var problemStrength: Int {
        if containsAny(StoryFraming.crashPhrases) { return 2 }
        return containsAny(MessageWords.strongProblemPhrases) ? 1 : 0
    }
    static let effectPhrases = phrases([
        "now", "no longer", "allows", "allow", "allowing", "enables", "enable", "lets", "makes it possible", "so that",
        "which means", "as a result", "improves", "avoids", "avoid", "prevents", "prevent", "ensures", "ensure", "will",
        "this means", "in turn", "with this change", "after this change", "with this cl", "from now on", "instead of",
        "faster", "simpler", "easier", "clearer", "safer", "more robust", "reduces", "saves", "by default", "making it",
    ])
    static let revertCauses = phrases([
        "because", "breaks", "broke", "broken", "break", "caused", "causes", "causing", "failing", "fails", "failed",
        "failure", "failures", "regression", "regressions", "crash", "crashes", "panic", "flaky", "builders", "reason",
        "problem", "problems", "issue", "issues", "bug", "not ready", "performance",
    ])
    static let measures = phrases([
        "faster", "slower", "smaller", "larger", "bigger", "less", "fewer", "more", "reduce", "reduces", "reduced",
        "reduction", "improve", "improves", "improved", "improvement", "speed", "speedup", "speed-up", "alloc", "allocs",
        "allocation", "allocations", "memory", "time", "latency", "throughput", "size", "binary", "cpu", "heap", "geomean",
        "down", "up", "saves", "saving", "savings", "benchmark", "benchmarks", "seconds", "second", "ms", "milliseconds",
        "minutes", "bytes", "kb", "mb", "gb", "instructions", "dropped", "drops", "cut",
    ])
    static let insteadOf = phrases(["instead of"])
    static let changeNouns: Set<String> = ["cl", "change", "commit", "patch", "pr"]
    /// Words after "this change" that make it something other than the doer ("this change was reverted").
    static let auxiliaries: Set<String> = ["is", "was", "has", "had", "would", "should", "will", "might", "broke", "caused", "introduced"]
    /// Words before "this change" that make it an object ("with this change", "after this CL").
    static let nonSubjectBefore: Set<String> = ["with", "after", "before", "without", "since", "until", "in", "of", "by", "that", "from", "to", "for"]
    static let examplePointers = phrases([
        "like this", "like so", "as follows", "the following", "below", "above", "this example", "the example", "this case",
        "these cases", "such as this",
    ])
    static let speculation = phrases([
        "maybe", "perhaps", "probably", "not sure", "i think", "i guess", "could also", "we could", "todo", "i'm not sure", "unclear whether",
        "we plan", "plan to", "in a future", "in a follow-up", "in a follow up", "a later cl", "a future cl",
    ])
    static let boilerplate = phrases([
        "this cl is part of", "this cl was generated", "this change was generated", "this cl was created", "generated by",
        "this is a cherry-pick", "cherry picked", "cherry-picked", "this reverts commit", "this reverts cl", "change-id",
        "signed-off-by", "reviewed-on", "co-authored-by", "please review", "do not submit", "do not merge",
    ])
    static let changeVerbs: Set<String> = [
        "use", "add", "make", "change", "teach", "remove", "replace", "move", "return", "check", "skip", "stop", "avoid",
        "fix", "report", "introduce", "implement", "call", "pass", "set", "let", "keep", "handle", "rewrite", "split",
        "switch", "update", "reject", "allow", "ensure", "treat", "record", "track", "mark", "drop", "delete", "rename",
        "convert", "simplify", "refactor", "extract", "factor", "reorder", "restore", "guard", "limit", "increase",
        "decrease", "reduce", "disable", "enable", "defer", "document", "clarify", "export", "unexport", "inline", "reuse",
        "compute", "cache", "clear", "reset", "wrap", "unwrap", "emit", "print", "log", "warn", "raise", "lower", "bump",
        "restrict", "include", "exclude", "prefer", "require", "ignore", "preserve", "propagate", "validate", "verify", "detect",
        "support", "expose", "publish", "store", "tighten", "relax", "unify", "adjust", "correct", "generalize", "accept",
        "apply", "register", "initialize", "populate", "retry", "generate", "collect", "sort", "filter", "parse", "resolve",
        "load", "honor", "respect", "plumb", "rework", "reimplement", "revise", "fold", "merge", "hoist", "memoize", "batch",
    ]

    struct AffectedTerm {
        var phrase: String
        /// How a host says it.
        var spoken: String
        /// Counted only when the subject names it: hosting services and editors turn up in
        /// bodies as links and asides far more often than as what a change is for.
        var subjectOnly: Bool
    }

    /// Platforms, architectures, build modes and tools, in the order a close lists them.
    static let affectedTerms: [AffectedTerm] = [
        ("windows", "Windows"), ("macos", "macOS"), ("darwin", "macOS"), ("ios", "iOS"), ("android", "Android"),
        ("linux", "Linux"), ("freebsd", "FreeBSD"), ("openbsd", "OpenBSD"), ("netbsd", "NetBSD"), ("dragonfly", "DragonFly BSD"),
        ("solaris", "Solaris"), ("illumos", "illumos"), ("aix", "AIX"), ("plan 9", "Plan 9"), ("plan9", "Plan 9"),
        ("wasm", "WebAssembly"), ("webassembly", "WebAssembly"), ("wasip1", "WebAssembly"), ("js", "JavaScript"),
        ("arm64", "arm64"), ("amd64", "amd64"), ("386", "386"), ("arm", "ARM"), ("riscv64", "RISC-V"), ("risc-v", "RISC-V"),
        ("ppc64", "PowerPC"), ("ppc64le", "PowerPC"), ("s390x", "s390x"), ("loong64", "LoongArch"), ("mips", "MIPS"),
        ("mips64", "MIPS"), ("c-archive", "c-archive"), ("c-shared", "c-shared"), ("pie", "PIE"), ("cgo", "cgo"),
        ("race detector", "the race detector"), ("msan", "the memory sanitizer"), ("asan", "the address sanitizer"),
        ("nonstop", "NonStop"), ("cygwin", "Cygwin"), ("mingw", "MinGW"), ("msvc", "MSVC"), ("cmake", "CMake"),
        ("meson", "Meson"), ("vs code", "VS Code"), ("vscode", "VS Code"), ("neovim", "Neovim"), ("emacs", "Emacs"),
        ("vim", "Vim"), ("github", "GitHub"), ("gitlab", "GitLab"), ("bitbucket", "Bitbucket"), ("gitea", "Gitea"),
        ("docker", "Docker"),
    ].map { AffectedTerm(phrase: $0.0, spoken: $0.1, subjectOnly: subjectOnlyTerms.contains($0.1)) }

    static let subjectOnlyTerms: Set<String> = [
        "GitHub", "GitLab", "Bitbucket", "Gitea", "Docker", "VS Code", "Neovim", "Emacs", "Vim", "JavaScript", "CMake", "Meson",
    ]
}
