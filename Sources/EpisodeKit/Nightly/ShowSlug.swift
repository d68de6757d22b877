/// The folder name of a show under the nightly output folder: its name in lowercase ASCII
/// letters and digits, other runs of characters as one `-` ("Go Tools Daily" → `go-tools-daily`).
/// The default show, "The Commit Log", is `the-commit-log`. Pure.
enum ShowSlug {
    /// Used when a name has no ASCII letter or digit at all.
    static let fallback = "show"

    static func of(_ showName: String) -> String {
        var slug = ""
        var pendingDash = false
        for scalar in showName.unicodeScalars {
            let character = Character(scalar)
            if scalar.isASCII, character.isLetter || character.isNumber {
                if pendingDash, !slug.isEmpty { slug.append("-") }
                pendingDash = false
                slug.append(character.lowercased())
            } else {
                pendingDash = true
            }
        }
        return slug.isEmpty ? fallback : slug
    }
}
