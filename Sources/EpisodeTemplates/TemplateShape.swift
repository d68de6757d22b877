/// What the checker knows about a variable before rendering: learned from a sample
/// context, it lets a misspelled field (`story.titel`) fail when the set loads, even in a
/// branch that today's episode does not take.
indirect enum TemplateShape: Hashable, Sendable {
    /// Nothing known (a root only declared by name, a `null` in the sample, a filter's result).
    case any
    /// A string, number or boolean, with its kind for messages ("a string").
    case scalar(String)
    case list(TemplateShape)
    /// Every field the value has; the show stage builds objects of one kind with the same keys.
    case object([String: TemplateShape])

    /// The shape of a sample value; a list's items are merged, so a field present in any item counts.
    init(sample: TemplateValue) {
        switch sample {
        case .null: self = .any
        case .string, .number, .bool: self = .scalar(sample.kindDescription)
        case .list(let items):
            self = .list(items.reduce(nil as TemplateShape?) { merged, item in
                merged.map { $0.merged(with: TemplateShape(sample: item)) } ?? TemplateShape(sample: item)
            } ?? .any)
        case .object(let fields): self = .object(fields.mapValues(TemplateShape.init(sample:)))
        }
    }

    /// The loosest shape that fits both: a value that is an object in one sample and
    /// `null` in another is an object (templates test it with `if` first).
    func merged(with other: TemplateShape) -> TemplateShape {
        switch (self, other) {
        case (.any, _): return other
        case (_, .any): return self
        case (.list(let a), .list(let b)): return .list(a.merged(with: b))
        case (.object(let a), .object(let b)): return .object(a.merging(b) { $0.merged(with: $1) })
        case (.scalar(let a), .scalar(let b)) where a == b: return self
        default: return .any
        }
    }

    /// `loop` inside a for-loop.
    static let loop = TemplateShape(sample: TemplateRenderer.loopVariable(offset: 0, count: 1))
}
