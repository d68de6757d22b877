/// What a sentence of a commit message does for a narrator.
public enum MessageRole: String, Codable, Equatable, Hashable, Sendable, CaseIterable {
    /// What went wrong before the change, and for whom ("It read garbage from the TLS slot and crashed.").
    case problem
    /// What the change starts from, naming no failure outright: how a thing behaves or what it
    /// cannot do ("EnclosingSignature can return nil when there are duplicate declarations.").
    /// A narrator says it as context, never as "what was going wrong".
    case background
    /// What the change does ("Use getg_safe instead.").
    case change
    /// What is better afterwards ("Now the check runs in linear time.").
    case effect
    /// Why a revert was made ("Reason for revert: breaks the windows builders.").
    case revertReason
    /// A measured result ("The benchmark is 20% faster.", "allocations down from 3 to 1").
    case measurement
    /// Who or what is affected: platforms, architectures, build modes, tools, versions.
    case affected
}

/// One sentence of a commit body, verbatim, with the role it plays and where it stands.
public struct MessageSentence: Codable, Equatable, Hashable, Sendable {
    public var role: MessageRole
    /// The sentence as written, its line breaks folded into spaces (for a revert reason, the
    /// text after `Reason for revert:`).
    public var text: String
    /// UTF-8 offset of the sentence's first byte in the commit's `body`.
    public var offset: Int
    /// UTF-8 length of the sentence in the body (line breaks and all).
    public var length: Int

    public init(role: MessageRole, text: String, offset: Int, length: Int) {
        self.role = role
        self.text = text
        self.offset = offset
        self.length = length
    }
}
