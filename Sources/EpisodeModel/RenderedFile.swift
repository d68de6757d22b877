/// One file of an episode bundle, ready to be written: a name inside the bundle folder and its text.
public struct RenderedFile: Equatable, Sendable {
    public var name: String
    public var contents: String

    public init(name: String, contents: String) {
        self.name = name
        self.contents = contents
    }
}
