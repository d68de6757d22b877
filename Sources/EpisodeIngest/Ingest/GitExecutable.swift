import Foundation

/// Finds the `git` executable the way a shell would: the first `git` in `PATH` that can be executed.
public enum GitExecutable {
    /// - Parameter environment: the environment whose `PATH` is searched.
    /// - Returns: the absolute path of git.
    /// - Throws: `GitError.notFound` when no folder of `PATH` holds an executable `git`.
    public static func locate(in environment: [String: String]) throws -> String {
        if let git = ExecutableSearch.locate("git", in: environment) { return git }
        throw GitError.notFound(path: environment["PATH"] ?? "")
    }
}
