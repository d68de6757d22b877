extension StringProtocol {
    /// Each of `characters` replaced by `replacement`, compared as whole characters.
    package func replacingCharacters(_ characters: Set<Character>, with replacement: String) -> String {
        var result = ""
        for character in self {
            if characters.contains(character) { result += replacement } else { result.append(character) }
        }
        return result
    }
}
