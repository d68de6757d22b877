/// One parsed template: its source (for error locations) and its node tree.
struct CompiledTemplate: Sendable {
    let name: String
    let source: TemplateSource
    let nodes: [TemplateNode]

    /// The public location of a position in this template.
    func location(_ position: SourcePosition) -> TemplateLocation {
        TemplateLocation(template: name, path: source.path, line: position.line, column: position.column)
    }
}
