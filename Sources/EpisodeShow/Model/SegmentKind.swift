/// The part of the script a segment plays, in the order a show runs.
public enum SegmentKind: String, Codable, Equatable, Hashable, Sendable, CaseIterable {
    /// Show name and spoken date.
    case greeting
    /// How much landed, from how many people, what kind of work, where.
    case framing
    /// The top-ranked story: who, what, why.
    case lead
    /// One more story told in full, when it is not grouped under a person.
    case story
    /// One person's stories told together, biggest first.
    case person
    /// Small changes (docs, tests, cleanup) in a sentence or two, naming everyone.
    case roundup
    /// What was not told in full, summed up with counts by area, and the people not named yet (bots are counted in the framing).
    case more
    /// Who should care about today's changes.
    case focus
    /// The closing line.
    case signoff
}
