import Foundation

/// Turns text from commit messages into text a voice can say.
///
/// Pure and deterministic. What it does, in order: drops trailer lines, code lines and
/// Markdown markers; turns backticked identifiers into their words; replaces URLs, issue
/// references, `CL 123`, commit hashes, hex addresses, Change-Ids, e-mail addresses and file
/// paths with plain words or drops them; says a path by its last part and a noun (`go/ssa` ->
/// "the ssa package" where the presets' `pathRoots` know `go`, `CONTRIBUTING.md` -> "the
/// contributing guide"), never "slash" or "dot md"; says code names as words (`getg_safe` ->
/// "getg safe", `sysUnreserve` -> "sys unreserve"); writes single digits as words. Names and other non-ASCII words are kept exactly.
/// Pronunciations are applied separately (`applyingPronunciations`), once, on the final script.
public struct SpeakableText: Sendable {
    /// Package paths the analysis knows (area ids): said as packages even without a known root.
    public var knownPackages: Set<String>
    /// First path segments of the repository's packages (`cmd`, `reftable`) with the noun
    /// said after a path's last part ("package", "command", "library").
    public var pathRoots: [String: String]

    public init(knownPackages: Set<String> = [], pathRoots: [String: String] = [:]) {
        self.knownPackages = knownPackages
        self.pathRoots = pathRoots
    }

    /// First path segments that make `a/b` a package path in any repository, with the noun
    /// said after the path's last part. Repositories add their own (`pathRoots` in the presets).
    static let genericPathRoots: [String: String] = [
        "internal": "package", "src": "package", "lib": "library", "pkg": "package", "vendor": "package",
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
        "makefile": "the Makefile", "readme.md": "the README", "readme": "the README", "changelog.md": "the changelog",
        "contributing.md": "the contributing guide", "security.md": "the security policy",
        "license": "the license", "code_of_conduct.md": "the code of conduct",
        ".gitignore": "the gitignore file", ".gitattributes": "the gitattributes file", ".mailmap": "the mailmap",
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
        // Go's dot import (`import . "C"`): the lone dot is not a full stop, and "dot C" would sound like a file.
        let joined = lines.joined(separator: " ").replacingAll(" . \"", with: " \"")
        let unticked = replaceBackticks(withoutCompositeLiterals(withoutOptionPlaceholders(joined)))
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
    func withoutOptionPlaceholders(_ original: String) -> String {
        guard original.contains("[") || original.contains("<") else { return original }
        // "<remote>/<branch>": two placeholders said as two words.
        let text = original.replacingAll(">/<", with: "> <")
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
                    // A placeholder on its own ("suggest <remote> <branch>") is a word of the sentence.
                    let standsAlone = close == ">" && (out.isEmpty || out.last == " ") && inner.allSatisfy({ $0.isLetter || $0 == "-" || $0 == "_" })
                    if standsAlone { out += inner } else if !isPlaceholder { out += pending }
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

    /// Drops code literals a voice cannot say: `T{F: 0}` (a name, then braces holding a colon
    /// or a space). Brace expansions (`internal/{graph,astutil}`) stay for `speakWord`.
    func withoutCompositeLiterals(_ text: String) -> String {
        guard text.contains("{") else { return text }
        var out = ""
        var index = text.startIndex
        while index < text.endIndex {
            let ch = text[index]
            if ch == "{", let before = out.last, before.isLetter || before.isNumber,
               let close = text[index...].firstIndex(of: "}") {
                let inner = text[text.index(after: index)..<close]
                if inner.contains(":") || inner.contains(" ") || inner.isEmpty {
                    while let last = out.last, last.isLetter || last.isNumber || last == "." || last == "_" || last == "*" || last == "&" { out.removeLast() }
                    index = text.index(after: close)
                    continue
                }
            }
            out.append(ch)
            index = text.index(after: index)
        }
        return out
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

    /// An identifier as words: dots, underscores and call parentheses become spaces, a
    /// two-word camel-case name two words.
    func identifierWords(_ identifier: String) -> String {
        var words = identifier
        if words.hasSuffix("()") { words.removeLast(2) }
        if looksLikePath(words) || isFileName(words) || isURL(words) { return words }
        words = String(words.map { $0 == "_" ? " " : $0 })
        if !isVersionNumber(words) {
            words = String(words.map { $0 == "." ? " " : $0 })
        }
        // Each name said as a bare word would be: `sysUnreserve` -> "sys unreserve".
        return words.split(separator: " ").map { Self.camelWords(String($0)) }.joined(separator: " ")
    }

    // MARK: - Tokens

    func speakTokens(_ text: String) -> String {
        let tokens = text.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        var out: [String] = []
        // The words of the identifier just said and the count of `out` after it, so that the
        // next one, after "and" or "or", can leave out the words they share.
        var lastIdentifier: (words: [String], end: Int)?
        var inQuote = false
        var index = 0
        while index < tokens.count {
            // Arrows are words: "rename a -> b", "missing => false".
            if ["->", "=>", "→", "-->"].contains(tokens[index]) {
                // Between two amounts it is a change of value: "timeout 1s -> 10s" -> "from 1s to 10s".
                if let last = out.last, last.first?.isNumber == true, index + 1 < tokens.count, tokens[index + 1].first?.isNumber == true {
                    out.insert("from", at: out.count - 1)
                }
                out.append("to")
                index += 1
                continue
            }
            let opensQuote = tokens[index].first.map { "\"'“‘".contains($0) } ?? false
            if opensQuote { inQuote = true }
            // Comparisons between names are said: "guard LHS < RHS".
            if let comparison = Self.comparisons[tokens[index]], !out.isEmpty, index + 1 < tokens.count {
                out.append(comparison)
                index += 1
                continue
            }
            let (lead, core, trail) = splitPunctuation(tokens[index])
            let next = index + 1 < tokens.count ? splitPunctuation(tokens[index + 1]) : nil
            let lower = core.lowercased()
            // Two-word references: "CL 748100", "commit 1a2b3c4", "issue #123", "PR #5".
            if let next, ["cl", "cls"].contains(lower), next.core.allSatisfy(\.isNumber), !next.core.isEmpty {
                var end = index + 2
                var trail = next.trail
                // "CLs 766661 and 767521": every number of the list goes with it.
                while end + 1 < tokens.count, ["and", "or", ","].contains(tokens[end]) || tokens[end].hasSuffix(","),
                      case let number = splitPunctuation(tokens[end + 1]), number.core.allSatisfy(\.isNumber), !number.core.isEmpty {
                    trail = number.trail
                    end += 2
                }
                out.append(lead + (lower == "cls" ? "earlier changes" : "an earlier change") + trail)
                index = end
                continue
            }
            // "bump debian from `e899040` to `d5d3f9c`": a move between two hashes says nothing.
            if lower == "from", index + 3 < tokens.count, tokens[index + 2] == "to",
               isHash(splitPunctuation(tokens[index + 1]).core), isHash(splitPunctuation(tokens[index + 3]).core) {
                index += 4
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
            // An option inside quotes is part of a quoted command ("git -C X init") and stays.
            var spoken = inQuote && core.hasPrefix("-") && !core.hasPrefix("--") ? core : speakWord(core, previous: previous, next: nextCore)
            // A path before a colon is a subject's prefix ("builtin/gc: ..."): a place, never a choice.
            if trail.hasPrefix(":"), out.isEmpty, looksLikePath(core), !isFileName(core), spoken.contains(" or ") {
                spoken = core.split(separator: "/").joined(separator: " ")
            }
            if let last = tokens[index].last, "\"'”’".contains(last), !(opensQuote && tokens[index].count == 1) { inQuote = false }
            // Braces are never said; a dropped code token takes its trailing dots with it.
            // "$(command)": the substitution's closing parenthesis goes with it.
            let closesSubstitution = core.hasPrefix("$(") && trail.hasPrefix(")")
            let plainTrail = (closesSubstitution ? String(trail.dropFirst()) : trail).filter { $0 != "}" && $0 != "{" }
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
                // "'the object-file code'": the article goes before the quote; after a noun that
                // says what it is ("source file 'source-loose.c'") the file is said by its name alone.
                if said.hasPrefix("the "), !plainLead.isEmpty, plainLead.allSatisfy({ "'\"‘“".contains($0) }) {
                    said.removeFirst(4)
                    if let previous = out.last?.lowercased(), Self.fileNouns.contains(previous), said.contains(" ") {
                        said = String(said[..<said.lastIndex(of: " ")!])
                    } else if Self.nounPhrasePosition(out) != .determined {
                        out.append("the")
                    }
                }
                if said.hasPrefix("the "), plainLead.isEmpty {
                    switch Self.nounPhrasePosition(out) {
                    case .determined: said.removeFirst(4)
                    // "link gopls contributing.md": the article goes before the modifier.
                    case .afterModifier where isFileName(core) || SpeakableText.namedFiles[lower] != nil:
                        said.removeFirst(4)
                        out[out.count - 1] = "the " + out[out.count - 1]
                    case .afterModifier: break
                    case .open: break
                    }
                    // "the contributing guide doc": the noun is said already.
                    if let next, ["doc", "docs", "file", "document"].contains(next.core.lowercased()), isFileName(core) || SpeakableText.namedFiles[lower] != nil {
                        out.append(plainLead + said + next.trail)
                        index += 2
                        continue
                    }
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

    /// Whether the words said so far end inside a noun phrase ("the vendored", "gopls" after
    /// a verb), where a path's own "the" would be a second article or come too late.
    static func nounPhrasePosition(_ out: [String]) -> NounPhrasePosition {
        guard let previous = out.last?.lowercased(), previous.last?.isLetter == true else { return .open }
        let determiners: Set<String> = ["the", "a", "an", "its", "this", "their", "our"]
        let joiners: Set<String> = ["and", "or", "as", "than", "like", "vs", "over", "via", "between", "against", "through", "across", "without"]
        func endsPhrase(_ word: String) -> Bool {
            ObjectArticles.followers.contains(word) || joiners.contains(word) || PastTense.verb(word) != nil || word.last?.isLetter != true
        }
        guard !endsPhrase(previous), !determiners.contains(previous) else { return .open }
        // A possessive or a determiner before the modifiers: "the test suite's", "the vendored".
        if previous.hasSuffix("'s") { return .determined }
        for word in out.dropLast().suffix(3).reversed().map({ $0.lowercased() }) {
            if determiners.contains(word) { return .determined }
            if endsPhrase(word) { break }
        }
        guard out.count >= 2, !previous.hasSuffix("ed"), previous.first?.isLowercase == true else { return .open }
        return .afterModifier
    }

    /// Where a path's "the" would fall in the words said so far.
    enum NounPhrasePosition {
        /// After a determiner and a modifier ("the vendored"): no article of its own.
        case determined
        /// After a bare modifier ("gopls"): the article goes before the modifier.
        case afterModifier
        /// Anywhere else: the path keeps its article.
        case open
    }

    /// Nouns that name a file before its name: "the source file 'source-loose.c'".
    static let fileNouns: Set<String> = ["file", "files", "header", "script", "source"]

    /// Comparison operators standing between two words.
    static let comparisons = ["<": "less than", ">": "greater than", "<=": "at most", ">=": "at least", "==": "equals", "!=": "not equal to", "+": "plus"]

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

    /// One word without surrounding punctuation, said by the first word class that knows it.
    func speakWord(_ core: String, previous: String?, next: String?) -> String {
        if core.isEmpty { return core }
        let classes: [(String, String?, String?) -> String?] = [
            callWords, abbreviationWords, referenceWords, codeSymbolWords, pathWords, directiveWords, nameWords, operatorWords,
        ]
        for words in classes {
            if let said = words(core, previous, next) { return said }
        }
        // A glob or a marker ("test_path_*", "diff-*"): the name without it.
        let plain = core.replacingAll("`", with: "").replacingAll("*", with: "").trimmingTrailing("-_")
        return plain != core && !plain.isEmpty ? speakWord(plain, previous: previous, next: next) : plain
    }

    /// A call: `strbuf_add_uint()` said as "the strbuf add uint function" where its words
    /// could read as the sentence's own; any other call as its name.
    func callWords(_ core: String, previous: String?, next: String?) -> String? {
        guard core.hasSuffix("()"), core.count > 2, !core.contains("{") else { return nil }
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

    /// Latin and chat abbreviations said in English.
    func abbreviationWords(_ core: String, previous: String?, next: String?) -> String? {
        switch core.lowercased() {
        case "e.g.", "e.g": return "for example"
        case "i.e.", "i.e": return "that is"
        case "wrt", "wrt.", "w.r.t.", "w.r.t": return "with respect to"
        case "aka", "a.k.a.", "a.k.a": return "also known as"
        case "iff": return "if and only if"
        default: return nil
        }
    }

    /// URLs, remotes, commits, hashes, addresses, Change-Ids, e-mail addresses and issue
    /// references: said as what they point at, or left out.
    func referenceWords(_ core: String, previous: String?, next: String?) -> String? {
        if isURL(core) { return urlWords(core) }
        if isHostPath(core) { return hostPathWords(core) }
        if isPinnedCommit(core) { return "an earlier commit" }
        if isEmail(core) || isChangeID(core) { return "" }
        if isHexNumber(core) { return core.count >= 10 ? "an address" : "a hex value" }
        if isHash(core) || (core.count >= 7 && core.allSatisfy(\.isNumber)) {
            // "In 2745817028, we ..." names a commit; "bug id: 486829693" is only a number to drop.
            if let previous, previous == "id" || previous == "number" || previous == "no" || previous.hasSuffix(":") || next == nil { return "" }
            return "an earlier commit"
        }
        if isIssueReference(core) { return "an issue" }
        return nil
    }

    /// Relative paths, file names and package paths: said by their meaningful last part and a noun.
    func pathWords(_ core: String, previous: String?, next: String?) -> String? {
        if core.hasPrefix("./") || core.hasPrefix("../") { return "" }
        // A sed substitution ("s/changeset/commit/g"): "changeset to commit".
        let parts = core.split(separator: "/", omittingEmptySubsequences: false)
        if parts.count == 4, parts[0] == "s", !parts[1].isEmpty, parts[3].allSatisfy({ "gi".contains($0) }) {
            return parts[1] + " to " + parts[2]
        }
        if let range = core.range(of: "./") ?? core.range(of: "/."), core[..<range.lowerBound].allSatisfy(\.isLetter), range.lowerBound != core.startIndex {
            return String(core[..<range.lowerBound])
        }
        if let named = SpeakableText.namedFiles[core.lowercased()] { return named }
        if let product = Self.productName(core) { return product }
        // A dot file ("`.git-blame-ignore-revs`"), not the `.git` folder: "the git-blame-ignore-revs file".
        if core.first == ".", core.count > 5, core != ".git", core.dropFirst().allSatisfy({ $0.isLetter || $0 == "-" }) {
            return "the " + core.dropFirst() + " file"
        }
        // An npm scope ("@types/node"): "the node types package".
        if core.first == "@", let slash = core.firstIndex(of: "/") {
            return "the \(core[core.index(after: slash)...]) \(core[core.index(after: core.startIndex)..<slash]) package"
        }
        if isFileName(core) || (looksLikePath(core) && isFileName(String(core.split(separator: "/").last ?? ""))) {
            return fileWords(core)
        }
        if looksLikePath(core) { return packageWords(core, previous: previous, next: next) }
        return nil
    }

    /// Go directives and versions, command-line options and single digits.
    func directiveWords(_ core: String, previous: String?, next: String?) -> String? {
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
        // A short option ("-cgo", "-port=int") is said by its name; a method after a dot
        // (".Elem") by its name.
        // A one-letter option is said as people say it: "dash o".
        if core.count == 2, core.first == "-", let letter = core.last, letter.isLetter { return "dash " + String(letter) }
        if core.first == "-" && core.dropFirst().first?.isLetter == true || core.first == "." && core.dropFirst().first?.isUppercase == true, core.count > 1 {
            let name = core.dropFirst().prefix { $0 != "=" }
            return speakWord(String(name), previous: previous, next: next)
        }
        if core.count == 1, let digit = core.first?.wholeNumberValue { return SpokenNumber.cardinal(digit) }
        return nil
    }

    /// Code names: `getg_safe` -> "getg safe", `sysUnreserve` -> "sys unreserve",
    /// `refactor.Delete` -> "refactor delete", `missing,ok` -> "missing ok", `a=b` -> "a
    /// equals b", and names with brace expansions.
    func nameWords(_ core: String, previous: String?, next: String?) -> String? {
        if core.contains("_"), core.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) {
            return core.split(separator: "_").map { Self.camelWords(String($0)) }.joined(separator: " ")
        }
        if core.contains("."), !isVersionNumber(core), core.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "." || $0 == "_" }),
           core.first?.isLetter == true {
            let parts = core.split(separator: ".").map(String.init)
            // A site ("crates.io") is said with its dot.
            if parts.count == 2, Self.siteDomains.contains(parts[1]) { return parts.joined(separator: " dot ") }
            // `graph.Graph` names the type once.
            if parts.count == 2, parts[0] == parts[1].lowercased() { return parts[1] }
            let qualified = parts.first.map { $0.first?.isLowercase == true } ?? false
            return parts.enumerated().map { index, part in
                // `refactor.Delete`: a plain word after a lower-case qualifier is said as a word.
                let plainWord = index > 0 && qualified && part.dropFirst().allSatisfy(\.isLowercase)
                let said = part.split(separator: "_").map { Self.camelWords(String($0)) }.joined(separator: " ")
                return plainWord ? said.lowercased() : said
            }.joined(separator: " ")
        }
        if core.contains(","), core.first?.isLetter == true, core.last?.isLetter == true,
           core.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "," || $0 == "_" }) {
            return core.split(separator: ",").map { speakWord(String($0), previous: previous, next: next) }.joined(separator: " ")
        }
        if core.contains(where: \.isUppercase), core.allSatisfy({ $0.isLetter || $0.isNumber }) {
            let words = Self.camelWords(core)
            if words != core { return words }
        }
        if core.contains("="), core.contains(where: \.isLetter), !core.contains(where: { "{}".contains($0) }) {
            return core.split(separator: "=", omittingEmptySubsequences: true)
                .map { speakWord(String($0), previous: previous, next: next) }.joined(separator: " equals ")
        }
        if core.contains("{"), let variants = identifierVariants(core) { return variants }
        if core.contains("{") || core.contains("}") { return braceExpansionWords(core, previous: previous, next: next) }
        return nil
    }

    /// Last parts that make a dotted word a site.
    static let siteDomains: Set<String> = ["io", "com", "org", "net", "dev", "rs"]

    /// Product names written like files: "Node.js" is "Node JS".
    static func productName(_ word: String) -> String? {
        guard let dot = word.lastIndex(of: "."), word[word.index(after: dot)...] == "js",
              let first = word.first, first.isUppercase, word[..<dot].allSatisfy(\.isLetter) else { return nil }
        return word[..<dot] + " JS"
    }

    /// A lower camel-case name in words: "sysUnreserve" -> "sys unreserve", "graphIndent" ->
    /// "graph indent". Names that start with a capital ("ServeConn") or a single small letter
    /// ("iOS", "eBPF") are names as written.
    static func camelWords(_ name: String) -> String {
        guard let first = name.first, first.isLowercase, name.contains(where: \.isUppercase),
              name.allSatisfy({ $0.isLetter || $0.isNumber }) else { return name }
        let words = humpWords(name)
        // Two words only ("sysUnreserve"): a longer name ("forEachPackage") reads as words of
        // the sentence, and "macOS" has no second word of its own.
        // A function word first ("notDone") would read as the sentence's own.
        guard words.count == 2, words[0].count >= 2, words[1].count >= 2, !Self.functionWords.contains(words[0]),
              words[1].dropFirst().allSatisfy(\.isLowercase) else { return name }
        return words.joined(separator: " ")
    }

    static let functionWords: Set<String> = ["not", "is", "has", "no", "do", "can", "should", "must", "will", "did"]

    /// A name cut where a capital starts a new word: "CrashTester" -> "crash", "tester";
    /// "parseURL" -> "parse", "URL". Words in capitals stay in capitals, others are lower case.
    static func humpWords(_ name: String) -> [String] {
        let chars = Array(name)
        var words: [String] = []
        var current = ""
        for (index, ch) in chars.enumerated() {
            let next = index + 1 < chars.count ? chars[index + 1] : nil
            let startsWord = index > 0 && ch.isUppercase && (chars[index - 1].isLowercase || next?.isLowercase == true)
            if startsWord, !current.isEmpty { words.append(current); current = "" }
            current.append(ch)
        }
        if !current.isEmpty { words.append(current) }
        return words.map { $0.count > 1 && $0.allSatisfy(\.isUppercase) ? $0 : $0.lowercased() }
    }

    /// A brace expansion ("internal/{graph,astutil}", "Cursor.{ParentEdgeKind,Index}") said item
    /// by item; anything else in braces is code ("T{f") and is left out.
    func braceExpansionWords(_ core: String, previous: String?, next: String?) -> String {
        guard let open = core.firstIndex(of: "{"), core.contains(",") else { return "" }
        let close = core[open...].firstIndex(of: "}") ?? core.endIndex
        let prefix = String(core[..<open])
        let suffix = close < core.endIndex ? String(core[core.index(after: close)...]) : ""
        let options = core[core.index(after: open)..<close].split(separator: ",", omittingEmptySubsequences: false)
        guard options.count > 1, !options.contains(where: { $0.contains("{") || $0.contains(" ") }) else { return "" }
        let items = options.map { speakWord(prefix + $0 + suffix, previous: previous, next: next) }.filter { !$0.isEmpty }
        return EnglishGrammar.list(items)
    }

    /// Operators and punctuation on their own: said as a word or left out.
    func operatorWords(_ core: String, previous: String?, next: String?) -> String? {
        switch core {
        case "//": return ""
        case "&", "&&": return "and"
        case "@": return "at-sign"
        case "=>", "→": return "to"  // a lone "->" never gets here: codeSymbolWords drops it
        case "+", "*", "|", "||", "~", "--", "==", "=", "!=", "<", ">", "<=", ">=", "#", "##", "###", "-": return ""
        default: break
        }
        // Only punctuation left ("...}", "*/"): nothing to say.
        if !core.contains(where: { $0.isLetter || $0.isNumber }) && core.count > 1 { return "" }
        return nil
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
            var parts = core.components(separatedBy: joiner).filter { !$0.isEmpty }
            // "diff.c::diff_free_filepair()": the function is what is meant.
            if joiner == "::", parts.count == 2, isFileName(parts[0]) { parts.removeFirst() }
            // "rename StdIO->Stdio": the arrow of a rename says "to".
            let renames = joiner == "->" && ["rename", "renamed", "move", "moved", "change", "changed", "convert", "converted", "switch", "switched"].contains(previous ?? "")
            return parts.map { speakWord($0, previous: previous, next: next) }.filter { !$0.isEmpty }.joined(separator: renames ? " to " : " ")
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

    /// Extensions by what a listener calls such a file.
    static let fileKinds: [(nouns: Set<String>, noun: String)] = [
        (["md", "txt", "adoc", "asciidoc", "rst", "hlp"], "documentation"),
        (["json", "yaml", "yml", "toml", "ini", "cfg", "conf", "xml", "plist", "mod"], "configuration"),
        (["sh", "bash", "zsh", "ps1", "bat", "pl", "perl", "awk", "sed"], "script"),
        (["h", "hpp"], "header"),
        (["go", "s", "c", "cc", "cpp", "m", "swift", "rs", "py", "js", "ts", "tsx", "jsx", "rb", "java", "kt", "lua", "el", "vim"], "code"),
        (["tmpl", "tpl"], "template"),
    ]

    /// A file by its name in words and what kind of file it is: `CONTRIBUTING.md` -> "the
    /// contributing guide", `cmd/crashtest/CrashTester.swift` -> "the crash tester",
    /// `object-file.c` -> "the object-file code"; never "dot c".
    func fileWords(_ path: String) -> String {
        let original = String(path.split(separator: "/").last ?? Substring(path))
        let name = original.lowercased()
        if let named = SpeakableText.namedFiles[name] { return named }
        if name.contains("_test.") || name.hasPrefix("test") || name.contains(".test.") || name.hasSuffix("tests.swift") || name.hasSuffix("test.swift") {
            return "a test file"
        }
        guard let dot = original.lastIndex(of: "."), dot != original.startIndex else { return "the " + original + " file" }
        let ext = name[name.index(after: dot)...]
        let stem = String(original[..<dot]).replacingAll("_", with: " ").replacingAll(".", with: " ")
        let words = stem.split(separator: " ").map { Self.humpWords(String($0)).joined(separator: " ") }.joined(separator: " ")
        let spoken = words == words.uppercased() && words.count > 1 ? words.lowercased() : words
        let kind = Self.fileKinds.first { $0.nouns.contains(String(ext)) }?.noun ?? "file"
        // A name that already says what it is ("crash tester", "parser") needs no noun after it.
        let last = spoken.split(separator: " ").last.map(String.init) ?? spoken
        if kind == "code", spoken.contains(" ") || stem.contains(where: \.isUppercase), last.hasSuffix("er") || last.hasSuffix("or") {
            return "the " + spoken
        }
        return "the \(spoken) \(kind)"
    }

    /// The meaningful last part of a path: `gopls/internal/golang/stubmethods` -> "stubmethods",
    /// `go/{expect,...}` parts -> "expect"; never a segment like "internal".
    public func shortName(ofPath path: String) -> String {
        let segments = path.split(separator: "/").map(String.init).filter { !$0.isEmpty && $0 != "..." }
        let named = segments.last(where: { !Self.plainSegments.contains($0) }) ?? segments.last ?? path
        return named.replacingAll("_", with: " ")
    }

    /// Path segments that say nothing about what a path is.
    static let plainSegments: Set<String> = ["internal", "src", "lib", "pkg", "vendor"]

    /// `go/ssa` -> "the ssa package"; `gopls/internal/golang/stubmethods` -> "the stubmethods
    /// package"; `cmd/go` -> "the go command" (when the presets say `cmd` holds commands);
    /// `and/or` -> "and or"; `answer/question` -> "answer or question"; an unknown path is
    /// said by its last part: "the RelNotes directory".
    func packageWords(_ path: String, previous: String?, next: String?) -> String {
        let segments = path.split(separator: "/").map(String.init)
        let determiners: Set<String> = ["the", "a", "an", "its", "this", "that", "their", "our", "each", "every"]
        let article = determiners.contains(previous ?? "") ? "" : "the "
        let root = pathRoots[segments[0]] ?? Self.genericPathRoots[segments[0]]
        guard knownPackages.contains(path) || root != nil else {
            // Two words with a slash between are a choice ("include/exclude", "4GB/LLP64"), unless
            // the words around say it is a place: a location, a noun of its own, a short root ("go/ssa").
            let place = ["in", "into", "from", "under", "to", "at", "inside"].contains(previous ?? "")
                || ["package", "packages", "directory", "folder", "command", "library"].contains(next ?? "")
            // Names in capitals ("OS/ARCH", "D/F") are a pair even after "in".
            let capitals = segments.allSatisfy { $0 == $0.uppercased() && $0.allSatisfy(\.isLetter) }
            let short = segments.count == 2 && !path.hasSuffix("/") && (!place || capitals) && segments.allSatisfy { $0.count <= 12 }
            let choice = segments.allSatisfy { $0.count >= 3 } || segments.allSatisfy { $0 == $0.uppercased() }
            if short, choice, segments.allSatisfy({ $0.allSatisfy(\.isLetter) }) || segments.contains(where: { $0.first?.isNumber == true }) {
                return segments[0] + " or " + segments[1]
            }
            // A pair of names ("openbsd/riscv64"): both said.
            if short, segments.allSatisfy({ $0.allSatisfy { $0.isLetter || $0.isNumber } }) { return segments.joined(separator: " ") }
            // A topic branch ("ps/backfill-fixes-and-edges", git's initials and a topic), a branch
            // or tag by name, a module path with its host ("mvdan.cc/gofumpt"): the last part.
            let topic = segments.count == 2 && segments[0].count <= 3 && segments[0].allSatisfy(\.isLowercase) && segments[1].contains("-")
            if topic || ["branch", "branches", "tag"].contains(previous ?? "") || segments[0].dropFirst().contains("."), let last = segments.last {
                return last
            }
            // Options written as alternatives ("-U/--unified"): the long one.
            if segments.contains(where: { $0.hasPrefix("-") }), let last = segments.last {
                return speakWord(last, previous: previous, next: next)
            }
            // A dependency named by its repository ("bump svenstaro/upload-release-action"): its name.
            if segments.count == 2, segments[1].contains("-"), ["bump", "bumped", "update", "updated", "upgrade", "upgraded", "for"].contains(previous ?? "") {
                return segments[1]
            }
            let saysNoun = ["directory", "folder", "subtree", "tree", "package", "packages", "command", "library", "subsystem", "backend"].contains(next ?? "")
            return article + shortName(ofPath: path) + (saysNoun ? "" : " directory")
        }
        let noun = root ?? "package"
        let named = shortName(ofPath: path)
        let saysNoun = ["package", "packages", "command", "tool", "module", "pass", "analyzer", noun].contains(next ?? "")
        return article + named + (saysNoun ? "" : " " + noun)
    }

    // MARK: - Classification

    func splitPunctuation(_ token: String) -> (lead: String, core: String, trail: String) {
        let leading: Set<Character> = ["(", "[", "{", "\"", "'", "“", "‘", "<"]
        let trailing: Set<Character> = [".", ",", ";", ":", "!", "?", ")", "]", "}", "\"", "'", "”", "’", ">"]
        var core = Substring(token)
        var lead = "", trail = ""
        while let first = core.first, leading.contains(first) { lead.append(first); core = core.dropFirst() }
        while let last = core.last, trailing.contains(last) {
            // Keep "e.g.", "i.e." and "wrt." whole.
            if last == ".", ["e.g.", "i.e.", "etc.", "wrt.", "w.r.t.", "a.k.a."].contains(core.lowercased()) { break }
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

    /// `0x0000f358a1ceb140`: an address or a value in hexadecimal.
    func isHexNumber(_ word: String) -> Bool {
        let lower = word.lowercased()
        return lower.hasPrefix("0x") && lower.count > 2 && lower.dropFirst(2).allSatisfy(\.isHexDigit)
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
