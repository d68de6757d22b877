import Foundation

/// Finds the `git` executable the way a shell would: the first `git` in `PATH` that can be executed.
public enum GitExecutable {
    /// - Parameter environment: the environment whose `PATH` is searched.
    /// - Returns: the absolute path of git.
    /// - Throws: `GitError.notFound` when no folder of `PATH` holds an executable `git`.
    public static func locate(in environment: [String: String]) throws -> String {
        let path = environment["PATH"] ?? ""
        for folder in path.split(separator: ":", omittingEmptySubsequences: true) {
            let candidate = folder.hasSuffix("/") ? "\(folder)git" : "\(folder)/git"
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate, isDirectory: &isDirectory), !isDirectory.boolValue,
                access(candidate, X_OK) == 0
            {
                return candidate
            }
        }
        throw GitError.notFound(path: path)
    }
}
