/// An expression inside `{{ }}` or a tag.
indirect enum TemplateExpression: Sendable {
    case literal(TemplateValue)
    /// A dotted variable path: `story.lead.author`; numeric segments index lists.
    case path([String], SourcePosition)
    /// `input | name: arguments`.
    case filter(TemplateExpression, name: String, arguments: [TemplateExpression], SourcePosition)
    case not(TemplateExpression)
    case and(TemplateExpression, TemplateExpression)
    case or(TemplateExpression, TemplateExpression)
    case comparison(ComparisonOperator, TemplateExpression, TemplateExpression, SourcePosition)
}

/// `==`, `!=`, `<`, `<=`, `>`, `>=`.
enum ComparisonOperator: String, Sendable, CaseIterable {
    case equal = "=="
    case notEqual = "!="
    case less = "<"
    case lessOrEqual = "<="
    case greater = ">"
    case greaterOrEqual = ">="
}
