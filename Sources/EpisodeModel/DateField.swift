/// Which of a commit's two dates `--date` looks at.
///
/// `author`: when the change was written (what `git log` shows first). `committer`: when it
/// landed on the branch (what `git log --since` filters on); for code that goes through review
/// (Gerrit, long pull requests) the two can be days or weeks apart.
public enum DateField: String, CaseIterable, Codable, Equatable, Hashable, Sendable {
    case author
    case committer
}
