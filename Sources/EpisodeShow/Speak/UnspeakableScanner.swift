import EpisodeText

/// Finds tokens a voice should never be asked to say: commit hashes (7+ hex digits),
/// URLs (also `github.com:owner/repo`), e-mail addresses, file paths (a `/` and an
/// extension), Change-Ids, trailers, and code symbols a voice reads out or stumbles on
/// (`$HOME`, `%w`, `>4GB`, `SplitN[0]`, `\r`, `a::b`, `o->pos`, `=>`), hex numbers
/// (`0x0000f358a1ceb140`), and paths or file names read out ("go slash ssa", "README dot md").
/// Used by tests over whole corpora, and usable by the CLI to check an edited script.
public enum UnspeakableScanner {
    /// One finding: the token and why it is unspeakable.
    public struct Finding: Equatable, Sendable, CustomStringConvertible {
        public var token: String
        public var reason: String
        public var description: String { "\(reason): \(token)" }
    }

    public static func findings(in text: String) -> [Finding] {
        var found: [Finding] = []
        let lower = text.lowercased()
        for marker in ["change-id:", "signed-off-by:", "reviewed-on:", "co-authored-by:"] where lower.contains(marker) {
            found.append(Finding(token: marker, reason: "trailer"))
        }
        let speak = SpeakableText()
        let words = text.wordsBetweenSpaces().map { speak.splitPunctuation(String($0)).core.lowercased() }
        for (index, word) in words.enumerated() where index > 0 && index + 1 < words.count {
            // A path read out ("go slash ssa") or a file's extension ("README dot md").
            if word == "slash", !words[index - 1].isEmpty, !["a", "the", "forward", "back", "trailing", "leading", "final", "double", "single", "extra", "one"].contains(words[index - 1]) {
                found.append(Finding(token: words[index - 1] + " slash " + words[index + 1], reason: "path read out"))
            }
            if word == "dot", SpeakableText.fileExtensions.contains(words[index + 1]) {
                found.append(Finding(token: words[index - 1] + " dot " + words[index + 1], reason: "file extension read out"))
            }
        }
        for raw in text.wordsBetweenSpaces() {
            let token = String(raw)
            let core = speak.splitPunctuation(token).core
            if core.contains("://") || core.lowercased().hasPrefix("www.") {
                found.append(Finding(token: token, reason: "URL"))
            } else if speak.isEmail(core) {
                found.append(Finding(token: token, reason: "e-mail address"))
            } else if speak.isHexNumber(core) {
                found.append(Finding(token: token, reason: "hex number"))
            } else if core.count >= 7, core.allSatisfy(\.isHexDigit), core.contains(where: \.isNumber) || core.count >= 12 {
                found.append(Finding(token: token, reason: "hash"))
            } else if core.split(whereSeparator: { "@/:#".contains($0) }).dropFirst().contains(where: { speak.isHash(String($0)) }) {
                found.append(Finding(token: token, reason: "hash"))
            } else if core.contains("/"), let last = core.split(separator: "/").last, last.contains("."),
                      let ext = last.split(separator: ".").last, ext.first?.isLetter == true {
                found.append(Finding(token: token, reason: "file path"))
            } else if speak.isIssueReference(core), core.contains("#") {
                found.append(Finding(token: token, reason: "issue reference"))
            } else if speak.isHostPath(core) {
                found.append(Finding(token: token, reason: "URL"))
            } else if let symbol = codeSymbol(in: core) ?? ["=>", "->"].first(where: { token.contains($0) }) {
                found.append(Finding(token: token, reason: "symbol \(symbol)"))
            }
        }
        return found
    }

    /// The first code symbol in a word, or nil: `$`, a backslash, `::`, `->`, `=>`, a
    /// format verb (`%w`), brackets inside a word (`SplitN[0]`), or a comparison glued to a
    /// number (`>4GB`).
    static func codeSymbol(in core: String) -> String? {
        for symbol in ["$", "\\", "::", "->", "=>"] where core.contains(symbol) { return symbol }
        let chars = Array(core)
        for (index, char) in chars.enumerated() {
            let next = index + 1 < chars.count ? chars[index + 1] : nil
            if char == "%", let next, next.isLetter { return "%" + String(next) }
            if char == "[" || char == "]" { return String(char) }
            if (char == ">" || char == "<"), index == 0, let next, next.isNumber { return String(char) }
        }
        return nil
    }
}
