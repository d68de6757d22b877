/// A compiled path glob: `*` (within one path segment), `**` (across segments), `?`, `[abc]`,
/// `[a-z]`, `[!abc]`, and `\` to escape the next character (`*\[bot\]`).
///
/// A pattern without `/` matches the last path segment at any depth (`*.md` matches
/// `doc/intro.md`), as in `.gitignore`; a pattern with `/` matches the whole path.
/// Pure and cheap: patterns are compiled once into tokens, matching walks UTF-8 bytes.
public struct Glob: Equatable, Sendable {
    /// Why a pattern cannot be compiled; the loader turns it into a `ConfigurationError`.
    public struct SyntaxError: Error, Equatable, Sendable {
        public var message: String
    }

    enum Token: Equatable, Sendable {
        case literal(UInt8)
        case anyOne
        case star
        case globStar
        case set(members: [ClosedRange<UInt8>], negated: Bool)
    }

    public let pattern: String
    let tokens: [Token]
    let matchesBasename: Bool
    let caseInsensitive: Bool

    /// - Parameters:
    ///   - pattern: the glob text.
    ///   - caseInsensitive: compare ASCII letters ignoring case (used for bot names and e-mails).
    /// - Throws: `Glob.SyntaxError` for an empty pattern, an unbalanced `[` or an empty set.
    public init(_ pattern: String, caseInsensitive: Bool = false) throws {
        guard !pattern.isEmpty else { throw SyntaxError(message: "empty glob") }
        self.pattern = pattern
        self.caseInsensitive = caseInsensitive
        var tokens: [Token] = []
        let bytes = Array(pattern.utf8)
        var index = 0
        var sawSlash = false
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\\"):
                guard index + 1 < bytes.count else { throw SyntaxError(message: "glob \"\(pattern)\" ends with a lone backslash") }
                tokens.append(.literal(Glob.fold(bytes[index + 1], caseInsensitive)))
                index += 2
            case UInt8(ascii: "*"):
                if index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "*") {
                    tokens.append(.globStar)
                    index += 2
                    sawSlash = true
                    // `**/` also matches zero directories.
                    if index < bytes.count, bytes[index] == UInt8(ascii: "/") { index += 1 }
                } else {
                    tokens.append(.star)
                    index += 1
                }
            case UInt8(ascii: "?"):
                tokens.append(.anyOne)
                index += 1
            case UInt8(ascii: "["):
                var cursor = index + 1
                var negated = false
                if cursor < bytes.count, bytes[cursor] == UInt8(ascii: "!") || bytes[cursor] == UInt8(ascii: "^") {
                    negated = true
                    cursor += 1
                }
                var members: [ClosedRange<UInt8>] = []
                var closed = false
                while cursor < bytes.count {
                    var member = bytes[cursor]
                    if member == UInt8(ascii: "]") {
                        closed = true
                        break
                    }
                    if member == UInt8(ascii: "\\"), cursor + 1 < bytes.count {
                        cursor += 1
                        member = bytes[cursor]
                    }
                    if cursor + 2 < bytes.count, bytes[cursor + 1] == UInt8(ascii: "-"), bytes[cursor + 2] != UInt8(ascii: "]") {
                        let upper = bytes[cursor + 2]
                        guard member <= upper else {
                            throw SyntaxError(message: "glob \"\(pattern)\" has a backwards range in [...]")
                        }
                        members.append(Glob.fold(member, caseInsensitive)...Glob.fold(upper, caseInsensitive))
                        cursor += 3
                    } else {
                        let folded = Glob.fold(member, caseInsensitive)
                        members.append(folded...folded)
                        cursor += 1
                    }
                }
                guard closed else { throw SyntaxError(message: "glob \"\(pattern)\" has an unbalanced \"[\"") }
                guard !members.isEmpty else { throw SyntaxError(message: "glob \"\(pattern)\" has an empty set \"[]\"") }
                tokens.append(.set(members: members, negated: negated))
                index = cursor + 1
            default:
                if byte == UInt8(ascii: "/") { sawSlash = true }
                tokens.append(.literal(Glob.fold(byte, caseInsensitive)))
                index += 1
            }
        }
        self.tokens = tokens
        self.matchesBasename = !sawSlash
    }

    /// Whether `path` matches; for a pattern without `/`, whether its last segment matches.
    public func matches(_ path: String) -> Bool {
        var bytes = Array(path.utf8)
        if caseInsensitive { bytes = bytes.map { Glob.fold($0, true) } }
        if matchesBasename, let slash = bytes.lastIndex(of: UInt8(ascii: "/")) {
            bytes = Array(bytes[(slash + 1)...])
        }
        var memo: [Int: Bool] = [:]
        return match(tokenIndex: 0, byteIndex: 0, bytes: bytes, memo: &memo)
    }

    private func match(tokenIndex: Int, byteIndex: Int, bytes: [UInt8], memo: inout [Int: Bool]) -> Bool {
        let key = tokenIndex * (bytes.count + 1) + byteIndex
        if let known = memo[key] { return known }
        let result: Bool
        if tokenIndex == tokens.count {
            result = byteIndex == bytes.count
        } else {
            switch tokens[tokenIndex] {
            case .literal(let expected):
                result = byteIndex < bytes.count && bytes[byteIndex] == expected
                    && match(tokenIndex: tokenIndex + 1, byteIndex: byteIndex + 1, bytes: bytes, memo: &memo)
            case .anyOne:
                result = byteIndex < bytes.count && bytes[byteIndex] != UInt8(ascii: "/")
                    && match(tokenIndex: tokenIndex + 1, byteIndex: byteIndex + 1, bytes: bytes, memo: &memo)
            case .set(let members, let negated):
                if byteIndex < bytes.count, bytes[byteIndex] != UInt8(ascii: "/") {
                    let inSet = members.contains { $0.contains(bytes[byteIndex]) }
                    result = inSet != negated && match(tokenIndex: tokenIndex + 1, byteIndex: byteIndex + 1, bytes: bytes, memo: &memo)
                } else {
                    result = false
                }
            case .star, .globStar:
                let crossesSlash = tokens[tokenIndex] == .globStar
                var end = byteIndex
                var found = false
                while true {
                    if match(tokenIndex: tokenIndex + 1, byteIndex: end, bytes: bytes, memo: &memo) {
                        found = true
                        break
                    }
                    guard end < bytes.count, crossesSlash || bytes[end] != UInt8(ascii: "/") else { break }
                    end += 1
                }
                result = found
            }
        }
        memo[key] = result
        return result
    }

    static func fold(_ byte: UInt8, _ caseInsensitive: Bool) -> UInt8 {
        guard caseInsensitive, byte >= UInt8(ascii: "A"), byte <= UInt8(ascii: "Z") else { return byte }
        return byte + 32
    }
}
