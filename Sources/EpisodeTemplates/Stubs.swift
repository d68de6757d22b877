// Temporary stand-ins so the public API builds before the engine lands.
struct CompiledTemplate: Sendable { let source: TemplateSource }
enum BuiltInFilters {
    static let names: [String] = ["capitalized", "lowercased", "uppercased", "join", "count", "default", "plural", "first", "last"]
    static let table: [String: TemplateFilter] = [:]
}
enum TemplateParser {
    static func parse(name: String, source: TemplateSource) throws -> CompiledTemplate { CompiledTemplate(source: source) }
}
struct TemplateChecker {
    let templates: [String: CompiledTemplate]; let filterNames: Set<String>; let declaredVariables: Set<String>?
    func check(_ template: CompiledTemplate) throws {}
}
struct TemplateRenderer {
    init(set: TemplateSet, seed: String, root: [String: TemplateValue]) {}
    mutating func render(_ template: CompiledTemplate) throws -> String {
        throw TemplateError(kind: .syntax, message: "rendering is not implemented yet", location: nil)
    }
}
