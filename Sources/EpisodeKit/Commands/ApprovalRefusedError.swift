/// `episodegen approve` found errors in the script (the check's report is already printed) and
/// approved nothing. Exit status 8, as for `check`.
public struct ApprovalRefusedError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The bundle as the user named it.
    public var bundle: String
    public var errors: Int

    public var description: String {
        let count = errors == 1 ? "1 error" : "\(errors) errors"
        return "\(bundle): not approved: the check found \(count) in script.txt\n  hint: fix the script (episodegen check \(bundle)), or approve it as it is with --force"
    }
}
