/// A spelling of a person as met in the input, after the mailmap.
struct Spelling: Equatable, Sendable {
    var original: String
    var name: String
    var email: String
    var identity: Int?
    var isBot: Bool
}
