/// One parsed template: its source (for error locations) and its node tree.
struct CompiledTemplate: Sendable {
    let name: String
    let source: TemplateSource
    let nodes: [TemplateNode]

    /// The public location of a position in this template.
    func location(_ position: SourcePosition) -> TemplateLocation {
        CompiledTemplateInfo(name: name, path: source.path).location(position)
    }
}
