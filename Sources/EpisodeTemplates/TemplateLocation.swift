/// Where something is in a template: the template's name, the file it came from (nil for
/// a built-in default) and a 1-based line and column.
public struct TemplateLocation: Equatable, Sendable, CustomStringConvertible {
    /// The template's name in its set (`script`, `person`).
    public var template: String
    /// The file the template was read from; nil for templates given as text (the defaults).
    public var path: String?
    /// 1-based line.
    public var line: Int
    /// 1-based column, counted in characters.
    public var column: Int

    public init(template: String, path: String?, line: Int, column: Int) {
        self.template = template
        self.path = path
        self.line = line
        self.column = column
    }

    /// The file a user should open: the path, or `built-in template 'name'`.
    public var fileDescription: String {
        path ?? "built-in template '\(template)'"
    }

    /// `path:line:column`, the form editors and terminals understand.
    public var description: String {
        "\(fileDescription):\(line):\(column)"
    }
}
