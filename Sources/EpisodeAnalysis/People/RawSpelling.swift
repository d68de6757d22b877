/// A name and e-mail exactly as met in the input, before the mailmap: the memo key of `IdentityResolver.resolve`.
struct RawSpelling: Hashable {
    var name: String
    var email: String
}
