import EpisodeText

/// How a host says an area's id when the configuration does not say: built-in names for
/// the layout areas, otherwise the id made speakable (`cmd/link` is "the cmd link code", or
/// "the link command" where the configuration's `pathRoots` says `cmd` holds commands). Pure.
public enum SpokenNames {
    static let builtIn: [String: String] = [
        "docs": "the docs", "build": "the build", "tests": "the tests", "misc": "various corners of the project",
        "project": "the whole project", "ci": "continuous integration", "deps": "the dependencies",
    ]
    /// The area of a change that belongs to no one part: an `all:` prefix, or files in most top-level folders.
    public static let projectID = "project"

    /// Prefixes and scopes that mean one of the layout areas.
    static let aliases: [String: String] = [
        "all": projectID, "doc": "docs", "docs": "docs", "documentation": "docs", "Documentation": "docs", "readme": "docs", "README": "docs",
        "t": "tests", "test": "tests", "tests": "tests", "testing": "tests",
        "build": "build", "go.mod": "build", "go.sum": "build", "Makefile": "build", "Package.swift": "build", "Cargo.toml": "build",
    ]

    /// The area id a prefix or scope stands for (`doc` is `docs`, `t5516` is `tests`).
    public static func canonicalID(_ raw: String) -> String {
        if let alias = aliases[raw] { return alias }
        if raw.count >= 2, raw.first == "t", raw.dropFirst().allSatisfy(\.isNumber) { return "tests" }
        return raw
    }

    /// - Parameter pathRoots: first path segments of the project's packages with the noun said
    ///   after a path's last part (`"go": "package"`: `go/ssa` is "the ssa package").
    public static func spoken(_ id: String, configured: [String: String], pathRoots: [String: String] = [:]) -> String {
        configured[id] ?? builtIn[id] ?? rooted(id, pathRoots: pathRoots) ?? natural(id)
    }

    /// A package path under a configured root, said by its last part and the root's noun:
    /// `go/ssa` "the ssa package", `cmd/stress` "the stress command"; a last part that is the
    /// noun itself keeps the part before it (`go/packages` "the go packages package").
    static func rooted(_ id: String, pathRoots: [String: String]) -> String? {
        let segments = id.split(separator: "/").map(String.init).filter { $0 != "internal" }
        guard segments.count > 1, let noun = pathRoots[segments[0]], let last = segments.last else { return nil }
        let doubled = last == noun || last == noun + "s"
        let name = doubled ? segments[segments.count - 2] + " " + last : last
        return "the \(generated(name)) \(noun)"
    }

    /// Guides and documents known by their file name (`CONTRIBUTING.md`, git's `SubmittingPatches`).
    static let documents: [String: String] = [
        "contributing": "the contributing guide", "readme": "the README", "license": "the license", "changelog": "the changelog",
        "codingguidelines": "the coding guidelines", "submittingpatches": "the guide to submitting patches",
        "myfirstcontribution": "the first contribution tutorial", "quickstart": "the quickstart guide",
    ]
    static let documentExtensions: Set<String> = ["md", "adoc", "txt", "rst"]
    static let documentFolders: Set<String> = ["doc", "docs", "documentation", "website"]
    /// Source files named as areas (`object-file.c`, `compat/posix.h`) are said as their code.
    static let sourceExtensions: Set<String> = ["c", "h", "go", "rs", "swift", "sh", "py", "js", "ts"]
    static let testFolders: Set<String> = ["t", "test", "tests", "testing", "testdata", "fixtures", "fixture"]

    /// The name a host says for an id nobody named, as a phrase that fits "work on ___":
    /// a test folder is "the unit tests" (`t/unit-tests`) or "the perf tests" (`t/perf`), a test
    /// script `t3420-rebase-autostash` "the rebase autostash tests"; a document is its kind ("the
    /// contributing guide", `Documentation/git-range-diff` "the git range diff docs"); a lower-case
    /// code id is "the remote code" or "the builtin refs code". Anything else (`Rust`,
    /// `compat/posix.h`) is the id made speakable, as `generated(_:)` says it.
    public static func natural(_ id: String) -> String {
        let segments = id.split(separator: "/").map(String.init)
        guard let last = segments.last else { return generated(id) }
        let stem = String(last.split(separator: ".").first ?? Substring(last))
        let fileExtension = last.contains(".") ? String(last.split(separator: ".").last ?? "").lowercased() : ""
        if let document = documents[stem.lowercased()], segments.count == 1 || segments.dropLast().allSatisfy({ documentFolders.contains($0.lowercased()) }) {
            return document
        }
        if segments.count == 1, documentFolders.contains(id) { return "the \(id)" }
        if segments.count > 1, documentFolders.contains(segments[0].lowercased()) { return "the \(generated(segments.dropFirst().joined(separator: "/"))) docs" }
        if segments.count == 1, documentExtensions.contains(fileExtension) { return "the \(generated(stem)) docs" }
        if let script = testScriptName(segments[0]), segments.count == 1 { return "the \(generated(script)) tests" }
        if testFolders.contains(segments[0]) {
            if segments.count == 1 { return segments[0].hasPrefix("fixture") ? "the test fixtures" : "the tests" }
            let rest = generated(segments.dropFirst().joined(separator: "/"))
            if let document = documents[stem.lowercased()] { return "the test suite's \(document.dropFirst(4))" }
            if rest == "helper" || rest == "helpers" { return "the test helpers" }
            return rest.split(separator: " ").contains(where: { $0.hasPrefix("test") }) ? "the \(rest)" : "the \(rest) tests"
        }
        if segments.count == 1, id.hasPrefix("test-") || id.hasPrefix("test_") { return "the \(generated(id))" }
        if isCodeID(id) { return "the \(generated(id)) code" }
        if sourceExtensions.contains(fileExtension), last.split(separator: ".").count == 2 {
            let withoutExtension = String(id.dropLast(fileExtension.count + 1))
            if isCodeID(withoutExtension) { return "the \(generated(withoutExtension)) code" }
        }
        return generated(id)
    }

    /// `t3420-rebase-autostash` and `t1410-reflog.sh` are git.git test scripts: "rebase-autostash", "reflog".
    static func testScriptName(_ segment: String) -> String? {
        let bytes = Array(segment.utf8)
        guard bytes.count > 6, bytes[0] == UInt8(ascii: "t"), bytes[1...4].allSatisfy(ByteText.isDigit), bytes[5] == UInt8(ascii: "-") else { return nil }
        let name = segment.dropFirst(6)
        return String(name.hasSuffix(".sh") ? name.dropLast(3) : name)
    }

    /// A lower-case id of letters, digits, `-`, `_` and `/`, starting with a letter (`remote`,
    /// `sparse-index`, `builtin/refs`): a part of the code, said "the ... code".
    static func isCodeID(_ id: String) -> Bool {
        guard let first = id.utf8.first, first >= UInt8(ascii: "a"), first <= UInt8(ascii: "z") else { return false }
        return id.utf8.allSatisfy { byte in
            (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || ByteText.isDigit(byte)
                || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "/")
        }
    }

    /// `cmd/link` -> "cmd link"; `git-cliff-core` -> "git cliff core"; `go.mod` -> "go mod";
    /// `gopls/internal/golang/stubmethods` -> "golang stubmethods" (`internal` segments are not
    /// said, and at most the last two segments are; a slash or a dot is never said).
    public static func generated(_ id: String) -> String {
        var segments = id.split(separator: "/")
        if segments.count > 1 { segments.removeAll { $0 == "internal" } }
        if segments.count > 2 { segments = Array(segments.suffix(2)) }
        var words: [String] = []
        for segment in segments {
            if ASCIIText.isASCII(segment) {
                // ASCII: the same words, read from the bytes.
                var word: [UInt8] = []
                func flush() {
                    if !word.isEmpty { words.append(String(decoding: word, as: UTF8.self)) }
                    word.removeAll(keepingCapacity: true)
                }
                for byte in segment.utf8 {
                    switch byte {
                    case UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: " "): flush()
                    case UInt8(ascii: "."):
                        flush()
                    default: word.append(byte)
                    }
                }
                flush()
                continue
            }
            let spaced = segment.replacingCharacters(["-", "_"], with: " ").replacingCharacters(["."], with: " ")
            words.append(contentsOf: spaced.split(separator: " ").map(String.init))
        }
        return words.joined(separator: " ")
    }
}
