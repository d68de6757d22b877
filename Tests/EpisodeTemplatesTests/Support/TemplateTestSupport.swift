import EpisodeTemplates

/// Renders one template text named `main` (with optional partials) for a test.
func renderMain(
    _ text: String,
    context: TemplateValue = [:],
    partials: [String: String] = [:],
    seed: String = "2026-06-08",
    filters: [String: TemplateFilter] = [:]
) throws -> String {
    var defaults = partials
    defaults["main"] = text
    let set = try TemplateSet(defaults: defaults, filters: filters)
    return try set.render("main", context: context, seed: seed)
}

/// The error a closure throws, as a `TemplateError`, or nil when it throws nothing.
func templateError(_ body: () throws -> Void) -> TemplateError? {
    do {
        try body()
        return nil
    } catch let error as TemplateError {
        return error
    } catch {
        return TemplateError(kind: .syntax, message: "not a TemplateError: \(error)", location: nil)
    }
}

/// A context shaped like a small episode, for tests of loops and conditions.
let sampleContext: TemplateValue = [
    "show": ["name": "Go Tools Daily"],
    "count": 3,
    "stories": [
        ["title": "a fix in the MCP server", "author": "Madeline Kalil", "changes": 1],
        ["title": "generic methods in SSA", "author": "Alan Donovan", "changes": 3],
        ["title": "a test of go packages", "author": "qmuntal", "changes": 1],
    ],
    "people": ["Madeline Kalil", "Alan Donovan", "qmuntal"],
    "nobody": [],
    "lead": ["author": "Madeline Kalil", "area": ["spoken": "the gopls MCP server"]],
    "quiet": false,
    "missing": nil,
]
