import Foundation

/// Turns text from commit messages into text a voice can say.
///
/// Pure and deterministic. What it does, in order: drops trailer lines, code lines and
/// Markdown markers; turns backticked identifiers into their words; replaces URLs, issue
/// references, `CL 123`, commit hashes, Change-Ids, e-mail addresses and file paths with
/// plain words or drops them; says package paths (`go/ssa` -> "the go slash ssa package");
/// writes single digits as words. Names and other non-ASCII words are kept exactly.
/// Pronunciations are applied separately (`applyingPronunciations`), once, on the final script.
public struct SpeakableText: Sendable {
    /// Package paths the analysis knows (area ids): said as packages even without a known root.
    public var knownPackages: Set<String>

    public init(knownPackages: Set<String> = []) {
        self.knownPackages = knownPackages
    }

    /// First path segments that make `a/b` a package path rather than "a or b".
    static let packageRoots: Set<String> = [
        "archive", "bufio", "builtin", "bytes", "cmd", "cmp", "compress", "container", "context", "crypto", "database",
        "debug", "embed", "encoding", "errors", "expvar", "flag", "fmt", "go", "gopls", "hash", "html", "image", "index",
        "internal", "io", "iter", "log", "maps", "math", "mime", "net", "os", "path", "plugin", "reflect", "regexp",
        "runtime", "slices", "sort", "strconv", "strings", "sync", "syscall", "testing", "text", "time", "unicode",
        "unique", "unsafe", "src", "lib", "pkg", "x", "tools", "vendor", "test", "tests", "t", "builtin", "refs",
        "reftable", "xdiff", "compat", "git-cliff-core", "git-cliff",
    ]

    /// File extensions that make a dotted word a file name.
    static let fileExtensions: Set<String> = [
        "go", "s", "c", "h", "cc", "cpp", "hpp", "m", "swift", "rs", "py", "js", "ts", "tsx", "jsx", "rb", "java", "kt",
        "md", "txt", "json", "yaml", "yml", "toml", "ini", "cfg", "conf", "xml", "html", "htm", "css", "sql", "sh", "bash",
        "zsh", "ps1", "bat", "mod", "sum", "txtar", "hlp", "lock", "adoc", "asciidoc", "rst", "tmpl", "tpl", "mk", "cmake",
        "perl", "pl", "pm", "png", "svg", "jpg", "gif", "csv", "log", "patch", "diff", "golden", "snap", "wasm", "proto",
        "gradle", "plist", "pbxproj", "gz", "zip", "tar", "in", "ac", "am", "po", "pot", "awk", "sed", "vim", "el", "lua",
    ]

    /// Files whose name says what they are.
    static let namedFiles: [String: String] = [
        "go.mod": "the module file", "go.sum": "the checksum file", "package.swift": "the package manifest",
        "cargo.toml": "the Cargo manifest", "cargo.lock": "the Cargo lock file", "package.json": "the package manifest",
        "makefile": "the Makefile", "readme.md": "the README", "changelog.md": "the changelog", "cliff.toml": "the cliff configuration",
    ]

    static let trailerKeys: Set<String> = [
        "signed-off-by", "change-id", "reviewed-on", "reviewed-by", "co-authored-by", "acked-by", "tested-by", "reported-by",
        "suggested-by", "helped-by", "cc", "auto-submit", "commit-queue", "luci-trybot-result", "trybot-result",
        "trybot-bypass", "run-trybot", "bug", "closes", "fixes", "updates", "for", "see", "link", "refs", "mentored-by",
        "original-author", "based-on-patch-by", "noticed-by", "requested-by", "thanks-to", "release-note", "github-last-rev",
        "github-pull-request", "co-developed-by",
    ]

    /// Speakable text for one passage (a subject, a summary, a sentence of a body).
    public func speak(_ text: String) -> String {
        var lines: [String] = []
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            guard let line = cleanLine(String(raw)) else { continue }
            lines.append(line)
        }
        let joined = lines.joined(separator: " ")
        let unticked = replaceBackticks(withoutOptionPlaceholders(joined))
        let words = speakTokens(unticked)
        return tidy(words)
    }

    // MARK: - Lines

    /// A line without Markdown markers; `nil` for trailer lines and code.
    func cleanLine(_ raw: String) -> String? {
        if raw.hasPrefix("\t") || raw.hasPrefix("    ") { return nil }
        var line = raw.trimmingSpaces()
        if line.isEmpty { return "" }
        if let colon = line.firstIndex(of: ":"), colon != line.startIndex {
            let key = line[..<colon].lowercased()
            if SpeakableText.trailerKeys.contains(key), !key.contains(" ") { return nil }
            if !key.contains(" "), key.contains("-"), key.first?.isLetter == true, line[line.index(after: colon)...].hasPrefix(" ") {
                let rest = line[line.index(after: colon)...]
                if rest.contains("@") || rest.contains("://") { return nil }
            }
        }
        while let first = line.first, first == "#" || first == ">" { line = String(line.dropFirst()).trimmingSpaces() }
        for marker in ["- ", "* ", "+ "] where line.hasPrefix(marker) { line = String(line.dropFirst(2)) }
        // "1) " or "2. " list numbers.
        if let space = line.firstIndex(of: " "), line[..<space].count <= 3 {
            let head = line[..<space]
            if head.count >= 2, head.dropLast().allSatisfy(\.isNumber), head.last == ")" || head.last == "." {
                line = String(line[line.index(after: space)...])
            }
        }
        line = line.replacingAll("**", with: "").replacingAll("__", with: "")
        return line
    }

    /// Drops placeholders of command-line syntax: "--reset-when-found[=<where>]" -> "--reset-when-found",
    /// "<pattern>" -> "". Brackets around plain words stay.
    func withoutOptionPlaceholders(_ text: String) -> String {
        guard text.contains("[") || text.contains("<") else { return text }
        var out = ""
        var pending = ""
        var closing: Character?
        for ch in text {
            if let close = closing {
                pending.append(ch)
                if ch == close {
                    let inner = pending.dropFirst().dropLast()
                    let isPlaceholder = close == ">" ? !inner.contains("@") && !inner.contains(" ") && !inner.isEmpty
                        : inner.contains("=") || inner.contains("<")
                    if !isPlaceholder { out += pending }
                    pending = ""
                    closing = nil
                }
                continue
            }
            if ch == "[" { closing = "]"; pending = "["; continue }
            if ch == "<" { closing = ">"; pending = "<"; continue }
            out.append(ch)
        }
        return out + pending
    }

    /// `` `go_diagnostics` `` -> "go diagnostics"; `` `gopls bug` `` -> "gopls bug"; a call
    /// (`` `odb_optimize_required()` ``) is left for `speakWord`, which knows the words around it.
    func replaceBackticks(_ text: String) -> String {
        guard text.contains("`") else { return text }
        var out = ""
        var inside = false
        var span = ""
        for ch in text {
            if ch == "`" {
                if inside { out += span.hasSuffix("()") && Self.isIdentifier(String(span.dropLast(2))) ? span : identifierWords(span); span = "" }
                inside.toggle()
            } else if inside {
                span.append(ch)
            } else {
                out.append(ch)
            }
        }
        out += span
        return out
    }

    /// An identifier as words: dots, underscores and call parentheses become spaces.
    func identifierWords(_ identifier: String) -> String {
        var words = identifier
        if words.hasSuffix("()") { words.removeLast(2) }
        if looksLikePath(words) || isFileName(words) || isURL(words) { return words }
        words = String(words.map { $0 == "_" ? " " : $0 })
        if !isVersionNumber(words) {
            words = String(words.map { $0 == "." ? " " : $0 })
        }
        return words.trimmingSpaces()
    }

    // MARK: - Tokens

    func speakTokens(_ text: String) -> String {
        let tokens = text.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        var out: [String] = []
        // The words of the identifier just said and the count of `out` after it, so that the
        // next one, after "and" or "or", can leave out the words they share.
        var lastIdentifier: (words: [String], end: Int)?
        var index = 0
        while index < tokens.count {
            // Arrows are words: "rename a -> b", "missing => false".
            if ["->", "=>", "→", "-->"].contains(tokens[index]) {
                out.append("to")
                index += 1
                continue
            }
            let (lead, core, trail) = splitPunctuation(tokens[index])
            let next = index + 1 < tokens.count ? splitPunctuation(tokens[index + 1]) : nil
            let lower = core.lowercased()
            // Two-word references: "CL 748100", "commit 1a2b3c4", "issue #123", "PR #5".
            if let next, ["cl", "cls"].contains(lower), next.core.allSatisfy(\.isNumber), !next.core.isEmpty {
                out.append(lead + (lower == "cls" ? "earlier changes" : "an earlier change") + next.trail)
                index += 2
                continue
            }
            if let next, ["commit", "commits"].contains(lower), isHash(next.core) || isPinnedCommit(next.core) {
                out.append(lead + "an earlier commit" + next.trail)
                index += 2
                continue
            }
            if let next, ["issue", "issues", "bug"].contains(lower), isIssueReference(next.core) || next.core.allSatisfy(\.isNumber) && !next.core.isEmpty {
                out.append(lead + "an issue" + next.trail)
                index += 2
                continue
            }
            if let next, ["pr", "pull"].contains(lower), isIssueReference(next.core) {
                out.append(lead + "a pull request" + next.trail)
                index += 2
                continue
            }
            // A reference in parentheses at the end of a subject: "(#1234)".
            if lead.hasSuffix("("), trail.hasPrefix(")"), isIssueReference(core) || isHash(core) {
                out.append(String(lead.dropLast()) + String(trail.dropFirst()))
                index += 1
                continue
            }
            let previous = out.last.map { word -> String in
                let parts = splitPunctuation(word)
                return parts.core.lowercased() + (parts.trail.hasSuffix(":") ? ":" : "")
            }
            let nextCore = next?.core.lowercased()
            let spoken = speakWord(core, previous: previous, next: nextCore)
            // Braces are never said; a dropped code token takes its trailing dots with it.
            let plainTrail = trail.filter { $0 != "}" && $0 != "{" }
            let plainLead = lead.filter { $0 != "}" && $0 != "{" }
            if spoken.isEmpty, !core.isEmpty {
                // A dropped token ("./...", "T{f:", an e-mail) keeps only a sentence end or a comma.
                if next == nil, let end = plainTrail.last(where: { ".!?".contains($0) }) {
                    out.append(String(end))
                } else if plainTrail.contains(",") {
                    out.append(",")
                }
            } else {
                var said = spoken
                if Self.isIdentifier(core), let earlier = lastIdentifier, earlier.end == out.count - 1,
                   let joiner = out.last?.lowercased(), joiner == "and" || joiner == "or" {
                    said = Self.withoutSharedPrefix(said, after: earlier.words)
                }
                out.append(plainLead + said + plainTrail)
                if Self.isIdentifier(core) {
                    lastIdentifier = (spoken.split(separator: " ").map(String.init), out.count)
                }
            }
            if lastIdentifier.map({ $0.end < out.count - 1 }) == true { lastIdentifier = nil }
            index += 1
        }
        return out.joined(separator: " ")
    }

    /// A snake_case name (`repo_protect_hfs`, `repo_protect_hfs()`).
    static func isIdentifier(_ core: String) -> Bool {
        var name = Substring(core)
        while let last = name.last, last == "(" || last == ")" { name = name.dropLast() }
        return name.contains("_") && name.first?.isLetter == true && name.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" }
    }

    /// "repo protect ntfs" after "repo protect hfs" -> "ntfs": two names in a row that share
    /// their first words (at least two, and a word is left) are said the way people say them,
    /// "repo protect hfs and ntfs"; anything else is said in full.
    static func withoutSharedPrefix(_ spoken: String, after earlier: [String]) -> String {
        let words = spoken.split(separator: " ").map(String.init)
        var shared = 0
        while shared < min(words.count - 1, earlier.count - 1), words[shared] == earlier[shared] { shared += 1 }
        guard shared >= 2 else { return spoken }
        return words[shared...].joined(separator: " ")
    }

    /// One word without surrounding punctuation.
    func speakWord(_ core: String, previous: String?, next: String?) -> String {
        if core.isEmpty { return core }
        if core.hasSuffix("()"), core.count > 2, !core.contains("{") {
            let name = String(core.dropLast(2))
            let spoken = speakWord(name, previous: previous, next: next)
            // A call of three name parts or more ("strbuf_add_uint()") is said as the function it is,
            // so its words do not read as the sentence's own ("added strbuf add uint"); not in a list
            // of names ("hfs() and ntfs()"), which the shared-prefix rule shortens instead.
            let inList = ["and", "or"].contains(next ?? "") || ["and", "or"].contains(previous ?? "")
            // Before a noun it names ("an earlier path_in_sparse_checkout() check") it is a modifier.
            let modifies = next.map { ObjectArticles.countNouns.contains($0) || ObjectArticles.countNouns.contains(String($0.dropLast())) } ?? false
            // Said already ("the function fetch_and_setup_pack_index()"), or a macro in capitals: as it is.
            let named = ["function", "functions", "helper", "method", "macro"].contains(previous ?? "")
            guard Self.isIdentifier(name), name.split(separator: "_").count >= 3, name.contains(where: \.isLowercase),
                  !inList, !modifies, !named else { return spoken }
            let takesThe = previous.map { PastTense.verb($0) != nil || ObjectArticles.followers.contains($0) } ?? true
            return (takesThe ? "the " : "") + spoken + " function"
        }
        let lower = core.lowercased()
        if lower == "e.g." || lower == "e.g" { return "for example" }
        if lower == "i.e." || lower == "i.e" { return "that is" }
        if isURL(core) { return urlWords(core) }
        if isHostPath(core) { return hostPathWords(core) }
        if let symbolic = codeSymbolWords(core, previous: previous, next: next) { return symbolic }
        if isPinnedCommit(core) { return "an earlier commit" }
        if isEmail(core) { return "" }
        if isChangeID(core) { return "" }
        if isHash(core) || (core.count >= 7 && core.allSatisfy(\.isNumber)) {
            // "In 2745817028, we ..." names a commit; "bug id: 486829693" is only a number to drop.
            if let previous, previous == "id" || previous == "number" || previous == "no" || previous.hasSuffix(":") || next == nil { return "" }
            return "an earlier commit"
        }
        if core.hasPrefix("./") || core.hasPrefix("../") { return "" }
        if let range = core.range(of: "./") ?? core.range(of: "/."), core[..<range.lowerBound].allSatisfy(\.isLetter), range.lowerBound != core.startIndex {
            return String(core[..<range.lowerBound])
        }
        if isIssueReference(core) { return "an issue" }
        if let named = SpeakableText.namedFiles[lower] { return named }
        if isFileName(core) || (looksLikePath(core) && isFileName(String(core.split(separator: "/").last ?? ""))) {
            return fileWords(core)
        }
        if looksLikePath(core) { return packageWords(core, previous: previous, next: next) }
        // Go directives: "//go:fix" -> "go fix".
        if core.hasPrefix("//"), core.count > 2, core.dropFirst(2).first?.isLetter == true {
            return String(core.dropFirst(2)).replacingAll(":", with: " ")
        }
        // Go versions: "go1.21" -> "Go 1.21".
        if core.hasPrefix("go1."), core.dropFirst(2).allSatisfy({ $0.isNumber || $0 == "." }) {
            return "Go " + core.dropFirst(2)
        }
        if core.hasPrefix("--"), core.count > 3, core.dropFirst(2).first?.isLetter == true {
            return speakWord(String(core.dropFirst(2)), previous: previous, next: next)
        }
        if core.count == 1, let digit = core.first?.wholeNumberValue { return SpokenNumber.cardinal(digit) }
        if core.contains("_"), core.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) {
            return core.split(separator: "_").joined(separator: " ")
        }
        if core.contains("."), !isVersionNumber(core), core.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "." || $0 == "_" }),
           core.first?.isLetter == true {
            return core.split(separator: ".").map { $0.split(separator: "_").joined(separator: " ") }.joined(separator: " ")
        }
        switch core {
        case "//": return "slash slash"
        case "&", "&&": return "and"
        case "=>", "→": return "to"  // a lone "->" never gets here: codeSymbolWords drops it
        case "+", "*", "|", "||", "~", "--", "==", "=", "!=", "<", ">", "<=", ">=", "#", "##", "###", "-": return ""
        default: break
        }
        // Only punctuation left ("...}", "*/"): nothing to say.
        if !core.contains(where: { $0.isLetter || $0.isNumber }) && core.count > 1 { return "" }
        if core.contains("="), core.contains(where: \.isLetter) {
            return core.split(separator: "=", omittingEmptySubsequences: true)
                .map { speakWord(String($0), previous: previous, next: next) }.joined(separator: " equals ")
        }
        if core.contains("{"), let variants = identifierVariants(core) { return variants }
        if core.contains("{") || core.contains("}") {
            // A brace expansion ("internal/{graph,astutil}", "Cursor.{ParentEdgeKind,Index}") is said item by
            // item; anything else in braces is code ("T{f") and is dropped.
            guard let open = core.firstIndex(of: "{"), core.contains(",") else { return "" }
            let close = core[open...].firstIndex(of: "}") ?? core.endIndex
            let prefix = String(core[..<open])
            let suffix = close < core.endIndex ? String(core[core.index(after: close)...]) : ""
            let options = core[core.index(after: open)..<close].split(separator: ",", omittingEmptySubsequences: false)
            guard options.count > 1, !options.contains(where: { $0.contains("{") || $0.contains(" ") }) else { return "" }
            let items = options.map { speakWord(prefix + $0 + suffix, previous: previous, next: next) }.filter { !$0.isEmpty }
            return EnglishGrammar.list(items)
        }
        return core.replacingAll("`", with: "").replacingAll("*", with: "")
    }

    /// Words for a token of code symbols a voice cannot say, or nil when it has none:
    /// `$HOME` -> "HOME", a lone `$` -> "dollar sign", `%w` -> "percent w", `>4GB` ->
    /// "over-4GB", `SplitN[0]` -> "SplitN", `\r` -> "carriage return", `reqwest::Response`
    /// and `ctx->active` -> "reqwest Response", "ctx active".
    func codeSymbolWords(_ core: String, previous: String?, next: String?) -> String? {
        if core == "$" || core == "$$" { return "dollar sign" }
        if core.hasPrefix("$") {
            let name = core.drop(while: { $0 == "$" || $0 == "{" || $0 == "_" || $0 == "(" })
            return name.isEmpty ? "" : speakWord(String(name), previous: previous, next: next)
        }
        if let escape = Self.escapes[core] { return escape }
        if core.contains("\\") {
            let plain = core.filter { $0 != "\\" }
            return plain.isEmpty ? "" : speakWord(plain, previous: previous, next: next)
        }
        if core.count >= 2, core.first == "%", core.dropFirst().allSatisfy(\.isLetter) {
            return "percent " + core.dropFirst()
        }
        if core.count >= 2, core.first == ">" || core.first == "<", core.dropFirst().first?.isNumber == true {
            return (core.first == ">" ? "over-" : "under-") + speakWord(String(core.dropFirst()), previous: previous, next: next)
        }
        for joiner in ["::", "->"] where core.contains(joiner) {
            let parts = core.components(separatedBy: joiner).filter { !$0.isEmpty }
            return parts.map { speakWord($0, previous: previous, next: next) }.filter { !$0.isEmpty }.joined(separator: " ")
        }
        if core.contains("["), core.first != "[", let open = core.firstIndex(of: "[") {
            // An index or a type argument after a name ("SplitN[0]", "Instances[Ident]") is not said;
            // an optional part of an option ("--[no-]graph-indent") loses only its brackets.
            if core.hasPrefix("--") || core.hasPrefix("-[") {
                return speakWord(core.filter { $0 != "[" && $0 != "]" }, previous: previous, next: next)
            }
            let close = core[open...].firstIndex(of: "]").map { core.index(after: $0) } ?? core.endIndex
            let rest = core[close...]
            return speakWord(String(core[..<open]) + rest, previous: previous, next: next)
        }
        return nil
    }

    /// An identifier with optional suffixes in braces, said once with its variants instead of
    /// every expansion in full: `repo_create_tempfile{,_mode}` -> "repo create tempfile and
    /// its mode variant"; `repo_hold_lock_file_for_update{,_timeout}{,_mode}()` -> "repo hold
    /// lock file for update and its timeout and mode variants". Nil unless every brace group
    /// offers the bare name (an empty first option) and the rest are plain name parts.
    func identifierVariants(_ core: String) -> String? {
        var text = core
        if text.hasSuffix("()") { text.removeLast(2) }
        if text.hasSuffix("(") { text.removeLast() }
        guard let open = text.firstIndex(of: "{"), open != text.startIndex else { return nil }
        let base = String(text[..<open])
        guard base.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) else { return nil }
        var suffixes: [String] = []
        var rest = text[open...]
        while let first = rest.first, first == "{" {
            guard let close = rest.firstIndex(of: "}") else { return nil }
            let options = rest[rest.index(after: rest.startIndex)..<close].split(separator: ",", omittingEmptySubsequences: false)
            guard options.count >= 2, options[0].isEmpty else { return nil }
            for option in options.dropFirst() {
                let word = option.split(separator: "_").joined(separator: " ")
                guard !word.isEmpty, option.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) else { return nil }
                suffixes.append(word)
            }
            rest = rest[rest.index(after: close)...]
        }
        guard rest.isEmpty, !suffixes.isEmpty else { return nil }
        let name = base.split(separator: "_").joined(separator: " ")
        return name + " and its " + EnglishGrammar.list(suffixes) + (suffixes.count == 1 ? " variant" : " variants")
    }

    /// Escapes as the characters they stand for.
    static let escapes: [String: String] = [
        "\\r": "carriage return", "\\n": "newline", "\\t": "tab", "\\r\\n": "carriage return and newline", "\\0": "null byte",
        "\\": "backslash", "\\\\": "backslash",
    ]

    /// `github.com:alshopov/git-po`, the host-and-path form of a remote.
    func isHostPath(_ word: String) -> Bool {
        guard let colon = word.firstIndex(of: ":"), colon != word.startIndex else { return false }
        let host = word[..<colon].lowercased()
        let path = word[word.index(after: colon)...]
        let tlds = ["com", "org", "net", "io", "dev", "xyz"]
        return host.contains(".") && tlds.contains(where: { host.hasSuffix("." + $0) }) && path.contains("/")
            && !path.hasPrefix("/")
    }

    /// `github.com:alshopov/git-po` -> "alshopov's git-po".
    func hostPathWords(_ word: String) -> String {
        guard let colon = word.firstIndex(of: ":") else { return word }
        var path = String(word[word.index(after: colon)...])
        if path.hasSuffix(".git") { path.removeLast(4) }
        let parts = path.split(separator: "/").map(String.init)
        guard parts.count >= 2 else { return parts.first ?? "" }
        return parts[0] + "'s " + parts[parts.count - 1]
    }

    func urlWords(_ url: String) -> String {
        let lower = url.lowercased()
        if lower.contains("/issue") || lower.contains("/issues/") { return "a reported issue" }
        if lower.contains("/pull/") || lower.contains("/merge_requests/") { return "a pull request" }
        if lower.contains("/cl/") || lower.contains("go-review") || lower.contains("/c/") { return "a change" }
        return "a link"
    }

    func fileWords(_ path: String) -> String {
        let original = String(path.split(separator: "/").last ?? Substring(path))
        let name = original.lowercased()
        if let named = SpeakableText.namedFiles[name] { return named }
        if name.contains("_test.") || name.hasPrefix("test") || name.contains(".test.") || name.hasSuffix("tests.swift") || name.hasSuffix("test.swift") {
            return "a test file"
        }
        // Otherwise the file's own name, said the way people say it: "object-file dot c".
        guard let dot = original.lastIndex(of: "."), dot != original.startIndex else { return original }
        let stem = String(original[..<dot]).replacingAll("_", with: " ").replacingAll(".", with: " dot ")
        return stem + " dot " + String(original[original.index(after: dot)...])
    }

    /// `go/ssa` -> "the go slash ssa package"; `gopls/internal/golang/stubmethods` -> "the stubmethods package";
    /// `and/or` -> "and or"; `answer/question` -> "answer or question".
    func packageWords(_ path: String, previous: String?, next: String?) -> String {
        let segments = path.split(separator: "/").map(String.init)
        let isPackage = knownPackages.contains(path) || SpeakableText.packageRoots.contains(segments[0])
        guard isPackage else {
            if segments.count == 2, segments.allSatisfy({ $0.allSatisfy(\.isLetter) && $0.count <= 12 }) { return segments[0] + " or " + segments[1] }
            return segments.joined(separator: " slash ")
        }
        let named: String
        if segments.count <= 2 {
            named = segments.joined(separator: " slash ")
        } else {
            named = segments.last(where: { $0 != "internal" }) ?? segments[segments.count - 1]
        }
        let determiners: Set<String> = ["the", "a", "an", "its", "this", "that", "their", "our", "each", "every"]
        let prefix = determiners.contains(previous ?? "") ? "" : "the "
        let suffix = ["package", "packages", "command", "tool", "module", "pass", "analyzer"].contains(next ?? "") ? "" : " package"
        return prefix + named.replacingAll("_", with: " ") + suffix
    }

    // MARK: - Classification

    func splitPunctuation(_ token: String) -> (lead: String, core: String, trail: String) {
        let leading: Set<Character> = ["(", "[", "{", "\"", "'", "“", "‘", "<"]
        let trailing: Set<Character> = [".", ",", ";", ":", "!", "?", ")", "]", "}", "\"", "'", "”", "’", ">"]
        var core = Substring(token)
        var lead = "", trail = ""
        while let first = core.first, leading.contains(first) { lead.append(first); core = core.dropFirst() }
        while let last = core.last, trailing.contains(last) {
            // Keep "e.g." and "i.e." whole.
            if last == ".", ["e.g.", "i.e.", "etc."].contains(core.lowercased()) { break }
            // An index, a brace expansion and a call's parentheses belong to their word:
            // "SplitN[0]", "repo_create_tempfile{,_mode}", "repo_protect_hfs()".
            if last == "]", core.dropLast().contains("["), core.first != "[" { break }
            if last == "}", core.dropLast().contains("{"), core.first != "{" { break }
            if last == ")", core.hasSuffix("()"), core.count > 2 { break }
            trail.insert(last, at: trail.startIndex)
            core = core.dropLast()
        }
        return (lead, String(core), trail)
    }

    func isURL(_ word: String) -> Bool {
        let lower = word.lowercased()
        if lower.contains("://") || lower.hasPrefix("www.") { return true }
        // Bare host paths: go.dev/issue/1, github.com/a/b.
        guard let slash = lower.firstIndex(of: "/") else { return false }
        let host = lower[..<slash]
        let tlds = ["dev", "com", "org", "net", "io", "rs", "app", "edu", "gov", "co", "uk", "de"]
        return host.contains(".") && tlds.contains(where: { host.hasSuffix("." + $0) })
    }

    func isEmail(_ word: String) -> Bool {
        guard let at = word.firstIndex(of: "@"), at != word.startIndex else { return false }
        return word[word.index(after: at)...].contains(".")
    }

    func isHash(_ word: String) -> Bool {
        word.count >= 7 && word.count <= 64 && word.allSatisfy(\.isHexDigit) && word.contains(where: \.isNumber)
            && word.contains(where: \.isLetter) || (word.count >= 12 && word.count <= 64 && word.allSatisfy(\.isHexDigit) && word.contains(where: \.isLetter))
    }

    /// `ninja-build/ninja@1daa7470ab7e`: a commit of another repository, by hash.
    func isPinnedCommit(_ word: String) -> Bool {
        guard let at = word.lastIndex(of: "@"), at != word.startIndex else { return false }
        return isHash(String(word[word.index(after: at)...]))
    }

    func isChangeID(_ word: String) -> Bool {
        word.count == 41 && word.first == "I" && word.dropFirst().allSatisfy(\.isHexDigit)
    }

    func isIssueReference(_ word: String) -> Bool {
        guard let hash = word.lastIndex(of: "#") else { return false }
        let number = word[word.index(after: hash)...]
        guard !number.isEmpty, number.allSatisfy(\.isNumber) else { return false }
        let repo = word[..<hash]
        return repo.isEmpty || repo.allSatisfy { $0.isLetter || $0.isNumber || "/-_.".contains($0) }
    }

    func looksLikePath(_ word: String) -> Bool {
        guard word.contains("/"), !word.hasPrefix("/") || word.count > 1, word != "/" else { return false }
        let segments = word.split(separator: "/", omittingEmptySubsequences: true)
        guard !segments.isEmpty else { return false }
        return segments.allSatisfy { segment in
            segment.allSatisfy { $0.isLetter || $0.isNumber || "_-.@*".contains($0) } && segment.contains(where: { $0.isLetter || $0.isNumber })
        }
    }

    func isFileName(_ word: String) -> Bool {
        guard let dot = word.lastIndex(of: "."), dot != word.startIndex else {
            return SpeakableText.namedFiles[word.lowercased()] != nil
        }
        let ext = word[word.index(after: dot)...].lowercased()
        let stem = word[..<dot]
        guard SpeakableText.fileExtensions.contains(ext), stem.contains(where: \.isLetter) else { return false }
        let name = word.split(separator: "/").last.map(String.init) ?? word
        // "1.27" and "v0.23.0" are versions, not files; "e.g" is an abbreviation.
        return !isVersionNumber(name) && name.lowercased() != "e.g" && name.lowercased() != "i.e"
    }

    func isVersionNumber(_ word: String) -> Bool {
        let trimmed = word.hasPrefix("v") ? String(word.dropFirst()) : word
        return trimmed.contains(".") && trimmed.allSatisfy { $0.isNumber || $0 == "." || $0 == "-" } && trimmed.first?.isNumber == true
    }

    // MARK: - Tidy

    /// Removes empty parentheses, doubled articles, spaces before punctuation and doubled spaces.
    func tidy(_ text: String) -> String {
        var words = text.split(separator: " ").map(String.init)
        // "the the module file", "in the a test file": keep the article the replacement brought.
        let articles: Set<String> = ["the", "a", "an"]
        var result: [String] = []
        for word in words {
            if let last = result.last, articles.contains(last.lowercased()), articles.contains(word.lowercased()) {
                let capital = last.first?.isUppercase == true
                result.removeLast()
                result.append(capital ? EnglishGrammar.capitalizedFirst(word) : word)
                continue
            }
            result.append(word)
        }
        words = result
        var text = words.joined(separator: " ")
        for (from, to) in [("<>", ""), ("( )", ""), ("()", ""), ("[]", ""), (" ,", ","), (" ;", ";"), (" :", ":"), (" )", ")"), ("( ", "("), (",,", ","), ("..", "."), (":.", ".")] {
            while text.contains(from) { text = text.replacingAll(from, with: to) }
        }
        while text.contains("  ") { text = text.replacingAll("  ", with: " ") }
        // A space before a period goes only where the period ends something (" ." then space or end),
        // not before a name like ".git".
        let chars = Array(text)
        var index = 0
        var joined = ""
        while index < chars.count {
            if chars[index] == " ", index + 1 < chars.count, chars[index + 1] == ".", index + 2 == chars.count || chars[index + 2] == " " {
                index += 1
                continue
            }
            joined.append(chars[index])
            index += 1
        }
        text = joined
        return text.trimmingSpaces()
    }

    // MARK: - Pronunciations

    /// Replaces whole words (any letter case) by how they are said: `["gopls": "go please"]`.
    /// Longer keys win over shorter ones; replacements are not replaced again.
    public static func applyingPronunciations(_ pronunciations: [String: String], to text: String) -> String {
        // An empty key would match between every two characters without moving on.
        let pronunciations = pronunciations.filter { !$0.key.isEmpty }
        guard !pronunciations.isEmpty else { return text }
        let keys = pronunciations.keys.sorted { ($0.count, $0) > ($1.count, $1) }
        let lowered = Dictionary(pronunciations.map { ($0.key.lowercased(), $0.value) }, uniquingKeysWith: { first, _ in first })
        let chars = Array(text)
        var out = ""
        var i = 0
        func isWordChar(_ c: Character) -> Bool { c.isLetter || c.isNumber || c == "_" }
        outer: while i < chars.count {
            if i == 0 || !isWordChar(chars[i - 1]) {
                for key in keys {
                    let keyChars = Array(key.lowercased())
                    guard i + keyChars.count <= chars.count else { continue }
                    if String(chars[i..<(i + keyChars.count)]).lowercased() == String(keyChars),
                       i + keyChars.count == chars.count || !isWordChar(chars[i + keyChars.count]) {
                        out += lowered[key.lowercased()] ?? key
                        i += keyChars.count
                        continue outer
                    }
                }
            }
            out.append(chars[i])
            i += 1
        }
        return out
    }
}
