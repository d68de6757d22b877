/// The mistakes both the load-time checker and the renderer find in variables and loops,
/// worded once so a template author reads the same message whichever finds it first.
extension TemplateError {
    /// `{{ stroy.title }}`: a root name that is not in scope.
    static func unknownVariable(_ name: String, knownHere known: [String], at location: TemplateLocation) -> TemplateError {
        TemplateError(
            kind: .unknownVariable, message: "unknown variable '\(name)' — known here: \(known.joined(separator: ", "))",
            location: location)
    }

    /// `{{ lead.authr }}`: an object without that field; `walked` is the path up to it.
    static func noField(_ field: String, in walked: String, fields: [String], at location: TemplateLocation) -> TemplateError {
        TemplateError(
            kind: .unknownVariable,
            message: "'\(walked)' has no field '\(field)' — its fields: \(fields.sorted().joined(separator: ", "))",
            location: location)
    }

    /// `{{ stories.title }}`: a field of a list, where only an index fits.
    static func listNeedsIndex(_ segment: String, in walked: String, at location: TemplateLocation) -> TemplateError {
        TemplateError(
            kind: .typeMismatch,
            message: "'\(walked)' is a list, so '.\(segment)' must be an index like '.0'; use '| count' or '| first' for more",
            location: location)
    }

    /// `{{ lead.author.name }}`: a field of a string, number, boolean or null (`kind` as "a string").
    static func scalarHasNoField(_ field: String, in walked: String, kind: String, at location: TemplateLocation) -> TemplateError {
        TemplateError(kind: .typeMismatch, message: "'\(walked)' is \(kind), so it has no field '\(field)'", location: location)
    }

    /// `{% for x in lead %}` over something that is not a list (`kind` as "an object").
    static func loopNeedsList(
        _ variable: String, _ sequence: TemplateExpression, got kind: String, at location: TemplateLocation
    ) -> TemplateError {
        TemplateError(
            kind: .typeMismatch,
            message: "'for \(variable) in \(TemplateRenderer.describe(sequence))' needs a list, got \(kind)",
            location: location)
    }
}
