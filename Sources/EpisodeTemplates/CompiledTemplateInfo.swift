/// The name and path of the template being parsed, for error locations.
struct CompiledTemplateInfo: Sendable {
    let name: String
    let path: String?

    func location(_ position: SourcePosition) -> TemplateLocation {
        TemplateLocation(template: name, path: path, line: position.line, column: position.column)
    }
}
