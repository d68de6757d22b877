/// `episodegen check` found errors in the edited script (its report is already printed). Exit status 8.
public struct CheckFailedError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The script as the user named it.
    public var script: String
    public var errors: Int

    public init(script: String, errors: Int) {
        self.script = script
        self.errors = errors
    }

    public var description: String {
        "\(script): the check found \(errors == 1 ? "1 error" : "\(errors) errors"); fix them or check the text against the commits"
    }
}
