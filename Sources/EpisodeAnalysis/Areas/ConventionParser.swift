import EpisodeModel
import EpisodeText
import Foundation

/// Reads the project's own conventions from a commit message: Go-style and git-style
/// subject prefixes (`runtime: ...`, `cmd/link: ...`, `go/analysis, gopls: ...`),
/// Conventional Commits (`type(scope)!: desc` and `BREAKING CHANGE:`), git.git topic
/// merges with their shortlog, and reverts. Pure; scans characters, no regular expressions.
public enum ConventionParser {
    /// Conventional Commits types recognised even without a scope (`fix: ...`).
    static let conventionalTypes: Set<String> = [
        "feat", "feature", "fix", "docs", "style", "refactor", "perf", "test", "tests", "build", "ci", "chore",
        "revert", "release", "deps", "security", "bump", "hotfix",
    ]

    public static func parse(_ commit: Commit) -> CommitConvention {
        let subject = commit.subject.trimmingWhitespace()
        var convention = CommitConvention(summary: subject)

        if let merge = topicMerge(subject) {
            convention.topic = merge.topic
            convention.mergedInto = merge.into
            let (description, subjects) = shortlog(of: commit.body, topic: merge.topic)
            convention.topicSubjects = subjects
            convention.topicDescription = description
            if let description, !description.isEmpty { convention.summary = firstSentence(of: description) }
        } else if let header = conventionalHeader(subject) {
            var header = header
            if !header.breaking, mentionsBreakingChange(commit) { header.breaking = true }
            convention.conventional = header
            convention.summary = header.description
        } else if let (prefixes, rest) = prefixHeader(subject) {
            convention.prefixes = prefixes
            convention.summary = rest
        }

        convention.summary = withoutTrailingPullRequests(convention.summary)
        convention.revertedSubject = quotedRevert(subject) ?? convention.conventional.flatMap { header in
            header.type.lowercased() == "revert" ? unquoted(header.description) : nil
        }
        let revertHashes = revertedHashes(body: commit.body, trailers: commit.trailers)
        convention.revertedHashes = revertHashes.own
        convention.squashedRevertedHashes = revertHashes.squashed
        // `gopls: revert CLI usability revamp` listing `- e15a659b5 (gopls: ...)`: every hash the body names.
        if convention.revertedHashes.isEmpty, convention.revertedSubject == nil, convention.topic == nil,
           convention.summary.lowercased().hasPrefix("revert ") {
            convention.revertedHashes = Tokens.split(commit.body).filter { looksLikeHash($0.utf8) }.map(String.init)
        }
        return convention
    }

    /// `add Bitbucket support (#663)` -> `add Bitbucket support`: the numbers stay in the issue references.
    static func withoutTrailingPullRequests(_ summary: String) -> String {
        var text = Substring(summary)
        while text.hasSuffix(")"), let open = text.lastIndex(of: "("),
              text[text.index(after: open)...].hasPrefix("#"),
              text[text.index(open, offsetBy: 2)..<text.index(before: text.endIndex)].allSatisfy(\.isNumber),
              text.distance(from: open, to: text.endIndex) > 3 {
            let trimmed = text[..<open].trimmingWhitespace()
            guard !trimmed.isEmpty else { break }
            text = Substring(trimmed)
        }
        return String(text)
    }

    // MARK: Merges

    /// `Merge branch 'topic'`, `Merge branch 'topic' of <url>`, `Merge branch 'topic' into <branch>`.
    static func topicMerge(_ subject: String) -> (topic: String, into: String?)? {
        let lead = "Merge branch '"
        guard subject.hasPrefix(lead) else { return nil }
        let rest = subject.dropFirst(lead.count)
        guard let quote = rest.firstIndex(of: "'") else { return nil }
        let topic = String(rest[..<quote])
        guard !topic.isEmpty else { return nil }
        let tail = rest[rest.index(after: quote)...]
        var into: String?
        if let range = tail.range(of: " into ") {
            into = tail[range.upperBound...].trimmingWhitespace()
        }
        return (topic, into)
    }

    /// The description paragraphs before `* topic:` and the subjects listed under it.
    static func shortlog(of body: String, topic: String) -> (description: String?, subjects: [String]) {
        var description: [String] = []
        var subjects: [String] = []
        var inList = false
        let isASCII = ASCIIText.isASCII(body)
        for rawLine in isASCII ? ASCIIText.lines(of: body) : body.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = rawLine.trimmingWhitespace()
            // `* topic:` or, for a long topic, `* topic: (280 commits)`.
            let isHeader = line.hasSuffix(":")
                || ((isASCII ? ASCIIText.contains(line, ": (") : line.contains(": (")) && line.hasSuffix(" commits)"))
            if line.hasPrefix("* "), isHeader, !rawLine.hasPrefix(" ") {
                inList = true
                continue
            }
            if inList {
                if line.isEmpty || line == "..." || line.hasPrefix("(") { continue }
                if rawLine.first == " " || rawLine.first == "\t" { subjects.append(line) } else { inList = false }
                continue
            }
            if !line.isEmpty { description.append(line) }
        }
        let text = description.joined(separator: " ")
        return (text.isEmpty ? nil : text, subjects)
    }

    static func firstSentence(of text: String) -> String {
        var index = text.startIndex
        while let dot = text[index...].firstIndex(of: ".") {
            let next = text.index(after: dot)
            if next == text.endIndex || text[next] == " " { return String(text[..<next]) }
            index = next
        }
        return text
    }

    // MARK: Conventional Commits

    /// `type(scope)!: description`; a bare `type: description` only for the known types.
    static func conventionalHeader(_ subject: String) -> ConventionalCommit? {
        cannotBeConventional(subject) ? nil : fullConventionalHeader(subject)
    }

    /// `conventionalHeader` without the quick byte check.
    static func fullConventionalHeader(_ subject: String) -> ConventionalCommit? {
        let characters = Array(subject)
        var index = 0
        while index < characters.count, characters[index].isLetter { index += 1 }
        guard index > 0 else { return nil }
        let type = String(characters[0..<index])
        var scope: String?
        if index < characters.count, characters[index] == "(" {
            guard let close = characters[index...].firstIndex(of: ")") else { return nil }
            scope = String(characters[(index + 1)..<close]).trimmingWhitespace()
            index = close + 1
        }
        var breaking = false
        if index < characters.count, characters[index] == "!" {
            breaking = true
            index += 1
        }
        guard index + 1 < characters.count, characters[index] == ":", characters[index + 1] == " " else { return nil }
        guard scope != nil || breaking || conventionalTypes.contains(type.lowercased()) else { return nil }
        let description = String(characters[(index + 2)...]).trimmingWhitespace()
        guard !description.isEmpty else { return nil }
        return ConventionalCommit(type: type.lowercased(), scope: scope.flatMap { $0.isEmpty ? nil : $0 }, breaking: breaking, description: description)
    }

    /// A quick look at the bytes that settles most subjects without making characters: `true`
    /// when `conventionalHeader` would surely return `nil`. Only ASCII bytes decide; a byte that
    /// is not ASCII at a deciding place leaves it to the full test.
    static func cannotBeConventional(_ subject: String) -> Bool {
        let bytes = subject.utf8
        var index = bytes.startIndex
        var letters = 0
        while index != bytes.endIndex, ByteText.isLetter(bytes[index]) {
            index = bytes.index(after: index)
            letters += 1
        }
        // All letters (or empty): no `: ` can follow.
        guard index != bytes.endIndex else { return true }
        let stop = bytes[index]
        let next = bytes.index(after: index)
        // A byte that is not ASCII may join the character before it.
        guard stop < 0x80, next == bytes.endIndex || bytes[next] < 0x80 else { return false }
        if letters == 0 { return true }
        if stop == UInt8(ascii: "(") || stop == UInt8(ascii: "!") { return false }
        guard stop == UInt8(ascii: ":"), next != bytes.endIndex, bytes[next] == UInt8(ascii: " ") else { return true }
        // `type: ...` without scope or `!` counts only for the known types.
        return !conventionalTypes.contains(ASCIIText.lowercased(bytes[..<index]))
    }

    static func mentionsBreakingChange(_ commit: Commit) -> Bool {
        if commit.trailers.contains(where: { ["breaking change", "breaking-change"].contains($0.key.lowercased()) }) { return true }
        return commit.body.split(separator: "\n").contains { line in
            line.hasPrefix("BREAKING CHANGE:") || line.hasPrefix("BREAKING-CHANGE:")
        }
    }

    // MARK: Go-style and git-style prefixes

    /// `pkg/path: rest`, `a, b: rest`, `x/y,z: rest`: path-like names before the first `": "`.
    static func prefixHeader(_ subject: String) -> ([String], String)? {
        ASCIIText.isASCII(subject) ? asciiPrefixHeader(subject) : generalPrefixHeader(subject)
    }

    /// `prefixHeader` for any text, by characters.
    static func generalPrefixHeader(_ subject: String) -> ([String], String)? {
        guard let colon = subject.range(of: ": ") else { return nil }
        let head = subject[..<colon.lowerBound]
        let rest = subject[colon.upperBound...].trimmingWhitespace()
        guard !head.isEmpty, head.count <= 80, !rest.isEmpty else { return nil }
        var prefixes: [String] = []
        for part in splitOutsideBraces(head) {
            let name = part.trimmingWhitespace()
            guard !name.isEmpty, name.allSatisfy(isPrefixCharacter) else { return nil }
            prefixes.append(contentsOf: expandBraces(name))
        }
        return (prefixes, rest)
    }

    /// `prefixHeader` for an ASCII subject, where a byte is a character.
    static func asciiPrefixHeader(_ subject: String) -> ([String], String)? {
        guard let offset = ASCIIText.firstOffset(of: ": ", in: subject), offset > 0, offset <= 80 else { return nil }
        let utf8 = subject.utf8
        // A byte that is neither a prefix character nor a space fails the test at once.
        guard utf8.prefix(offset).allSatisfy({ isPrefixByte($0) || ByteText.isWhitespace($0) }) else { return nil }
        let colon = utf8.index(utf8.startIndex, offsetBy: offset)
        let rest = subject[utf8.index(colon, offsetBy: 2)...].trimmingWhitespace()
        guard !rest.isEmpty else { return nil }
        let head = subject[..<colon]
        var prefixes: [String] = []
        var depth = 0
        var start = head.startIndex
        var index = head.startIndex
        // Split at the commas outside braces, as `splitOutsideBraces` does.
        while true {
            let atEnd = index == head.endIndex
            let byte = atEnd ? 0 : head.utf8[index]
            if atEnd || (byte == UInt8(ascii: ",") && depth == 0) {
                let name = head[start..<index].trimmingWhitespace()
                // Only prefix characters and spaces are left, so a name is good unless empty or spaced.
                guard !name.isEmpty, !name.utf8.contains(where: ByteText.isWhitespace) else { return nil }
                prefixes.append(contentsOf: expandBraces(name))
                if atEnd { break }
                start = head.utf8.index(after: index)
            } else if byte == UInt8(ascii: "{") {
                depth += 1
            } else if byte == UInt8(ascii: "}") {
                depth = max(0, depth - 1)
            }
            index = head.utf8.index(after: index)
        }
        return (prefixes, rest)
    }

    /// Splits `a, b/{c,d}` at the commas that are not inside braces.
    static func splitOutsideBraces(_ text: Substring) -> [Substring] {
        var parts: [Substring] = []
        var depth = 0
        var start = text.startIndex
        for index in text.indices {
            switch text[index] {
            case "{": depth += 1
            case "}": depth = max(0, depth - 1)
            case "," where depth == 0:
                parts.append(text[start..<index])
                start = text.index(after: index)
            default: break
            }
        }
        parts.append(text[start...])
        return parts
    }

    static func isPrefixCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber || "_.-/{}*+@,".contains(character)
    }

    /// `isPrefixCharacter` for an ASCII byte.
    static func isPrefixByte(_ byte: UInt8) -> Bool {
        ByteText.isLetter(byte) || ByteText.isDigit(byte) || prefixPunctuation.contains(byte)
    }

    private static let prefixPunctuation = Set("_.-/{}*+@,".utf8)

    /// Braces list alternatives: `go/{ast,types}` is `go/ast` and `go/types`;
    /// `x/tools{,gopls}` is `x/tools` and `x/tools/gopls`.
    static func expandBraces(_ name: String) -> [String] {
        guard let open = name.firstIndex(of: "{"), let close = name[open...].firstIndex(of: "}") else { return [name] }
        let before = String(name[..<open])
        let after = String(name[name.index(after: close)...])
        let options = name[name.index(after: open)..<close].split(separator: ",", omittingEmptySubsequences: false)
        var seen: [String] = []
        for option in options {
            let joiner = !option.isEmpty && !before.isEmpty && !before.hasSuffix("/") ? "/" : ""
            var expanded = before + joiner + option + after
            while expanded.hasSuffix("/") { expanded.removeLast() }
            if !expanded.isEmpty, !seen.contains(expanded) { seen.append(expanded) }
        }
        return seen.isEmpty ? [name] : seen
    }

    // MARK: Reverts

    /// `Revert "subject"`, possibly nested (`Revert "Revert "x""` names `Revert "x"`).
    static func quotedRevert(_ subject: String) -> String? {
        guard subject.hasPrefix("Revert \"") else { return nil }
        return unquoted(String(subject.dropFirst("Revert ".count)))
    }

    /// The text between the outer double quotes.
    static func unquoted(_ text: String) -> String? {
        let trimmed = text.trimmingWhitespace()
        guard trimmed.count >= 2, trimmed.first == "\"", trimmed.last == "\"" else { return nil }
        return String(trimmed.dropFirst().dropLast())
    }

    /// 7 to 64 lowercase hex digits with at least one letter and one digit, as a token's UTF-8 bytes.
    static func looksLikeHash<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> Bool {
        guard bytes.count >= 7, bytes.count <= 64 else { return false }
        var letter = false
        var digit = false
        for byte in bytes {
            if ByteText.isDigit(byte) {
                digit = true
            } else if byte >= 0x61, byte <= 0x66 {
                letter = true
            } else {
                return false
            }
        }
        return letter && digit
    }

    /// Hashes after `reverts commit` in the body and then the trailers' values. A squash merge
    /// lists its commits as `* subject` paragraphs; a revert among them (`* revert: ...` and its
    /// `This reverts commit ...`) reverted work inside the pull request, not an earlier commit,
    /// so the body is read only up to its first such line.
    /// - Returns: `own`, the hashes the message itself reverts; `squashed`, those only its list of
    ///   squashed commits names.
    static func revertedHashes(body: String, trailers: [Trailer]) -> (own: [String], squashed: [String]) {
        let all = revertedHashes(inTexts: [body] + trailers.map(\.value))
        // Most messages name no reverted commit: only those that do are split at their list.
        guard !all.isEmpty, squashedListOffset(body) < body.utf8.count else { return (all, []) }
        let own = revertedHashes(inTexts: [beforeSquashedCommits(body)] + trailers.map(\.value))
        return (own, revertedHashes(inTexts: [squashedCommits(body)]).filter { !own.contains($0) })
    }

    /// Hashes after `reverts commit` in each text, in order, each once.
    static func revertedHashes(inTexts texts: [String]) -> [String] {
        // The phrase has no line break and a line break always ends a character, so no match
        // spans two texts: search each alone, by bytes when it is ASCII.
        var hashes: [String] = []
        for text in texts {
            if ASCIIText.isASCII(text) {
                asciiRevertedHashes(in: text, into: &hashes)
            } else {
                for hash in revertedHashes(in: text) where !hashes.contains(hash) { hashes.append(hash) }
            }
        }
        return hashes
    }

    /// The body up to its first line starting with `* ` (GitHub's list of squashed commits).
    static func beforeSquashedCommits(_ body: String) -> String {
        String(body.utf8.prefix(squashedListOffset(body)))!
    }

    /// The body from its first line starting with `* `, or "".
    static func squashedCommits(_ body: String) -> String {
        String(body.utf8.dropFirst(squashedListOffset(body)))!
    }

    /// The byte offset of the body's first line starting with `* `, or the body's length.
    static func squashedListOffset(_ body: String) -> Int {
        var offset = 0
        for line in body.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            if line.starts(with: [UInt8(ascii: "*"), UInt8(ascii: " ")]) { return offset }
            offset += line.count + 1
        }
        return body.utf8.count
    }

    private static let revertsCommit = Array("reverts commit ".utf8)

    /// `revertedHashes(in:)` for ASCII text, where ignoring case is folding A-Z.
    private static func asciiRevertedHashes(in text: String, into hashes: inout [String]) {
        var text = text
        text.withUTF8 { bytes in
            var search = 0
            while let found = ByteText.firstOffsetIgnoringCase(of: revertsCommit, in: bytes, from: search) {
                let start = found + revertsCommit.count
                var end = start
                while end < bytes.count, ByteText.isDigit(bytes[end]) || (bytes[end] >= 0x61 && bytes[end] <= 0x66) { end += 1 }
                if end - start >= 7 {
                    let hex = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
                    if !hashes.contains(hex) { hashes.append(hex) }
                }
                search = start
            }
        }
    }

    /// Hashes after `reverts commit` (`This reverts commit 6757911448d2....`).
    static func revertedHashes(in text: String) -> [String] {
        var hashes: [String] = []
        var search = text.startIndex
        while let range = text.range(of: "reverts commit ", options: .caseInsensitive, range: search..<text.endIndex) {
            let hex = text[range.upperBound...].prefix { $0.isHexDigit && !$0.isUppercase }
            if hex.count >= 7, !hashes.contains(String(hex)) { hashes.append(String(hex)) }
            search = range.upperBound
        }
        return hashes
    }
}
