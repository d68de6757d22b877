/// How a host says an area's id when the configuration does not say: built-in names for
/// the layout areas, otherwise the id made speakable (`cmd/link` is "cmd slash link"). Pure.
public enum SpokenNames {
    static let builtIn: [String: String] = [
        "docs": "the docs", "build": "the build", "tests": "the tests", "misc": "various corners of the project",
        "all": "the whole repository", "ci": "continuous integration", "deps": "the dependencies",
    ]

    /// Prefixes and scopes that mean one of the layout areas.
    static let aliases: [String: String] = [
        "doc": "docs", "docs": "docs", "documentation": "docs", "Documentation": "docs", "readme": "docs", "README": "docs",
        "t": "tests", "test": "tests", "tests": "tests", "testing": "tests",
        "build": "build", "go.mod": "build", "go.sum": "build", "Makefile": "build", "Package.swift": "build", "Cargo.toml": "build",
    ]

    /// The area id a prefix or scope stands for (`doc` is `docs`, `t5516` is `tests`).
    public static func canonicalID(_ raw: String) -> String {
        if let alias = aliases[raw] { return alias }
        if raw.count >= 2, raw.first == "t", raw.dropFirst().allSatisfy(\.isNumber) { return "tests" }
        return raw
    }

    public static func spoken(_ id: String, configured: [String: String]) -> String {
        configured[id] ?? builtIn[id] ?? generated(id)
    }

    /// `cmd/link` -> "cmd slash link"; `git-cliff-core` -> "git cliff core"; `go.mod` -> "go dot mod";
    /// `gopls/internal/golang/stubmethods` -> "gopls slash golang slash stubmethods" (`internal`
    /// segments are not said, and at most the first and the last two segments are).
    public static func generated(_ id: String) -> String {
        var segments = id.split(separator: "/")
        if segments.count > 1 { segments.removeAll { $0 == "internal" } }
        if segments.count > 3 { segments = [segments[0]] + segments.suffix(2) }
        var words: [String] = []
        for (index, segment) in segments.enumerated() {
            if index > 0 { words.append("slash") }
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
                        words.append("dot")
                    default: word.append(byte)
                    }
                }
                flush()
                continue
            }
            let spaced = segment.replacingCharacters(["-", "_"], with: " ").replacingCharacters(["."], with: " dot ")
            words.append(contentsOf: spaced.split(separator: " ").map(String.init))
        }
        return words.joined(separator: " ")
    }
}

extension StringProtocol {
    func replacingCharacters(_ characters: Set<Character>, with replacement: String) -> String {
        var result = ""
        for character in self {
            if characters.contains(character) { result += replacement } else { result.append(character) }
        }
        return result
    }
}
