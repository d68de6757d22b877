/// How often each `{% choose %}` slot has been used, carried from one render to the next
/// so that several renders (the segments of one episode) rotate through a slot's
/// alternatives together instead of each starting over at the same one.
public struct TemplateChoices: Sendable, Equatable {
    /// Uses so far, by slot name.
    public private(set) var occurrences: [String: Int] = [:]

    public init() {}

    /// The occurrence index of the next use of `slot`, counting it as used.
    mutating func next(_ slot: String) -> Int {
        let occurrence = occurrences[slot, default: 0]
        occurrences[slot] = occurrence + 1
        return occurrence
    }
}
