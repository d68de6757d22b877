/// The text of one template and the file it came from (nil for built-in defaults), so
/// errors can name the file a user should open.
public struct TemplateSource: Equatable, Sendable {
    public var text: String
    public var path: String?

    public init(text: String, path: String? = nil) {
        self.text = text
        self.path = path
    }
}
