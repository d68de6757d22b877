/// A named collection of compiled templates that can include one another.
///
/// Input: template texts by name (built-in defaults plus overrides read from files) and
/// the filters the caller adds. Output: rendered text. Pure: no IO (reading override
/// files is `TemplateDirectoryLoader`'s job). Every template is parsed when the set is
/// built, so syntax errors, unknown filters, unknown includes and (when the caller
/// declares its variables) unknown variables fail before anything is rendered.
public struct TemplateSet: Sendable {
    /// Names of the filters every set knows, in the order the docs list them.
    public static let builtInFilterNames: [String] = BuiltInFilters.names

    /// The compiled templates by name.
    let templates: [String: CompiledTemplate]
    /// Built-in filters plus the caller's; the caller's win on a name clash.
    let filters: [String: TemplateFilter]

    /// Compiles a set of templates.
    ///
    /// - Parameters:
    ///   - sources: template text by name; the name is what `include` and `render` use.
    ///   - filters: extra filters by name, on top of `builtInFilterNames` (same name replaces a built-in).
    ///   - declaredVariables: the root names the caller's context will have (`show`, `stories`).
    ///     When given, every variable a template uses must be one of these, a loop variable
    ///     in scope, or `loop` inside a loop, or loading fails with the template's file and line.
    ///     When nil (and there is no `sampleContext`), variables are only checked while rendering.
    ///   - sampleContext: a context shaped like the real ones (an `.object`). Its keys are
    ///     declared variables too, and every field a template reads must exist in it: a list's
    ///     items count together, a `null` accepts any field. So `{{ story.titel }}` fails at
    ///     load time even in a branch today's episode does not take.
    /// - Throws: `TemplateError` for the first mistake found, templates checked in name order.
    public init(
        sources: [String: TemplateSource],
        filters: [String: TemplateFilter] = [:],
        declaredVariables: Set<String>? = nil,
        sampleContext: TemplateValue? = nil
    ) throws {
        var allFilters = BuiltInFilters.table
        for (name, filter) in filters { allFilters[name] = filter }
        var compiled: [String: CompiledTemplate] = [:]
        for name in sources.keys.sorted() {
            let source = sources[name]!
            compiled[name] = try TemplateParser.parse(name: name, source: source)
        }
        let checker = TemplateChecker(
            templates: compiled, filterNames: Set(allFilters.keys),
            argumentCounts: BuiltInFilters.argumentCounts.filter { filters[$0.key] == nil },
            declaredVariables: Self.declaredScope(names: declaredVariables, sample: sampleContext))
        for name in compiled.keys.sorted() {
            try checker.check(compiled[name]!)
        }
        self.templates = compiled
        self.filters = allFilters
    }

    /// Compiles built-in defaults with overrides laid over them: an override replaces
    /// the default of the same name and may add new templates (partials); defaults it
    /// does not name stay as they are.
    ///
    /// - Parameters:
    ///   - defaults: built-in template texts by name (errors name them as `built-in template 'name'`).
    ///   - overrides: templates read from files, usually by `TemplateDirectoryLoader`.
    ///   - filters: extra filters, as in `init(sources:filters:declaredVariables:)`.
    ///   - declaredVariables: as in `init(sources:filters:declaredVariables:sampleContext:)`.
    ///   - sampleContext: as in `init(sources:filters:declaredVariables:sampleContext:)`.
    /// - Throws: `TemplateError` for the first mistake found.
    public init(
        defaults: [String: String],
        overrides: [String: TemplateSource] = [:],
        filters: [String: TemplateFilter] = [:],
        declaredVariables: Set<String>? = nil,
        sampleContext: TemplateValue? = nil
    ) throws {
        var sources = defaults.mapValues { TemplateSource(text: $0) }
        for (name, source) in overrides { sources[name] = source }
        try self.init(
            sources: sources, filters: filters, declaredVariables: declaredVariables, sampleContext: sampleContext)
    }

    /// Root variables for the checker: names declared alone are of any shape; the sample's
    /// keys bring their shapes.
    private static func declaredScope(names: Set<String>?, sample: TemplateValue?) -> TemplateChecker.Scope? {
        guard names != nil || sample != nil else { return nil }
        var scope: TemplateChecker.Scope = [:]
        for name in names ?? [] { scope[name] = .any }
        if case .object(let fields)? = sample {
            for (name, value) in fields { scope[name] = TemplateShape(sample: value) }
        }
        return scope
    }

    /// Names of all templates in the set, sorted.
    public var templateNames: [String] { templates.keys.sorted() }

    /// The file a template came from, or nil for a built-in default or an unknown name.
    public func path(of name: String) -> String? { templates[name]?.source.path }

    /// Templates that no rendering of `roots` can reach through includes, sorted: an
    /// override file whose name matches nothing (`openning.tmpl`) shows up here, so the
    /// caller can warn about it instead of silently ignoring it.
    ///
    /// - Parameter roots: the templates the caller renders (`script`, `notes`).
    /// - Returns: the names of all other templates that are never included from them.
    public func templatesNotReachable(from roots: [String]) -> [String] {
        var reached: Set<String> = []
        var pending = roots.filter { templates[$0] != nil }
        while let name = pending.popLast() {
            guard reached.insert(name).inserted, let template = templates[name] else { continue }
            pending.append(contentsOf: TemplateChecker.includes(in: template.nodes))
        }
        return templateNames.filter { !reached.contains($0) }
    }

    /// Renders one template.
    ///
    /// - Parameters:
    ///   - name: the template to render.
    ///   - context: an `.object` whose keys are the root variables.
    ///   - seed: picks among `{% choose %}` alternatives; the show stage passes the episode
    ///     date, so a rerun of a day is identical and different days differ.
    /// - Returns: the rendered text, with the whitespace rules of Docs/TEMPLATES.md applied.
    /// - Throws: `TemplateError` naming the file, line and column: unknown template or
    ///   variable, looping over a non-list, printing a list or null, a filter's complaint.
    public func render(_ name: String, context: TemplateValue, seed: String) throws -> String {
        var choices = TemplateChoices()
        return try render(name, context: context, seed: seed, choices: &choices)
    }

    /// Renders one template, going on with the slot rotation of earlier renders: a slot
    /// used in an earlier render with the same `choices` takes its next alternative here.
    /// Render every part of one output (the segments of an episode) with one seed and one
    /// `choices` so that no wording repeats while a slot has alternatives left.
    public func render(_ name: String, context: TemplateValue, seed: String, choices: inout TemplateChoices) throws -> String {
        guard let template = templates[name] else {
            throw TemplateError(
                kind: .unknownTemplate,
                message: "unknown template '\(name)' — known templates: \(templateNames.joined(separator: ", "))",
                location: nil)
        }
        guard case .object(let root) = context else {
            throw TemplateError(
                kind: .typeMismatch,
                message: "the context must be an object of named values, got \(context.kindDescription)",
                location: nil)
        }
        var renderer = TemplateRenderer(set: self, seed: seed, root: root, choices: choices)
        let text = try renderer.render(template)
        choices = renderer.choices
        return text
    }
}
