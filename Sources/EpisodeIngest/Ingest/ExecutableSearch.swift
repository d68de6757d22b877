import Foundation

/// Finds a program the way a shell would: the first executable file of that name in `PATH`.
public enum ExecutableSearch {
    /// - Returns: the absolute path, or `nil` when no folder of `environment["PATH"]` holds it.
    public static func locate(_ name: String, in environment: [String: String]) -> String? {
        let path = environment["PATH"] ?? ""
        for folder in path.split(separator: ":", omittingEmptySubsequences: true) {
            let candidate = folder.hasSuffix("/") ? "\(folder)\(name)" : "\(folder)/\(name)"
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate, isDirectory: &isDirectory), !isDirectory.boolValue,
                access(candidate, X_OK) == 0
            {
                return candidate
            }
        }
        return nil
    }
}
