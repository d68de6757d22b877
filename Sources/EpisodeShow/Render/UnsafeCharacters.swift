/// Characters that no published text may carry, whatever a commit contains: control characters
/// (other than tab and line breaks), which XML forbids and terminals act on; the noncharacters
/// U+FFFE and U+FFFF, which XML forbids too; and the bidirectional overrides, embeddings and
/// isolates, which make text display in a different order than it reads. Renderers drop them.
enum UnsafeCharacters {
    static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: return false
        case 0x00...0x1F, 0x7F...0x9F: return true
        case 0x202A...0x202E, 0x2066...0x2069: return true
        case 0xFFFE, 0xFFFF: return true
        default: return false
        }
    }

    /// `text` without its unsafe characters; the same string when it has none (the usual case).
    static func removed(from text: String) -> String {
        guard text.unicodeScalars.contains(where: isUnsafe) else { return text }
        var kept = String.UnicodeScalarView()
        kept.append(contentsOf: text.unicodeScalars.lazy.filter { !isUnsafe($0) })
        return String(kept)
    }
}
