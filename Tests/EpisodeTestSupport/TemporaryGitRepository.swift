import Foundation

/// A git repository in a fresh temporary folder, built with the real `git`. HOME and the config
/// search paths point into the folder so the user's own git configuration cannot leak in.
public final class TemporaryGitRepository: @unchecked Sendable {
    public let root: URL
    public let path: String

    /// The environment every git call (and the code under test) gets.
    public let environment: [String: String]

    public init(branch: String = "main") throws {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("episodegen-tests-\(UUID().uuidString)")
        root = base
        path = base.appendingPathComponent("repo").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        var environment: [String: String] = [:]
        environment["PATH"] = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        environment["HOME"] = base.path
        environment["XDG_CONFIG_HOME"] = base.path
        environment["GIT_CONFIG_NOSYSTEM"] = "1"
        environment["LC_ALL"] = "C"
        environment["TZ"] = "UTC"
        self.environment = environment
        try git(["init", "-q", "-b", branch])
    }

    deinit { try? FileManager.default.removeItem(at: root) }

    /// Runs git in the repository; returns its standard output.
    @discardableResult
    public func git(_ arguments: [String], extraEnvironment: [String: String] = [:]) throws -> String {
        let data = try gitData(arguments, extraEnvironment: extraEnvironment)
        return String(decoding: data, as: UTF8.self)
    }

    public func gitData(_ arguments: [String], extraEnvironment: [String: String] = [:]) throws -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", path] + arguments
        process.environment = environment.merging(extraEnvironment) { $1 }
        let output = Pipe()
        let errors = FileManager.default.temporaryDirectory.appendingPathComponent("git-stderr-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: errors.path, contents: nil)
        let errorHandle = try FileHandle(forWritingTo: errors)
        defer { try? FileManager.default.removeItem(at: errors) }
        process.standardOutput = output
        process.standardError = errorHandle
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try errorHandle.close()
        guard process.terminationStatus == 0 else {
            let message = (try? String(contentsOf: errors, encoding: .utf8)) ?? ""
            throw TestGitFailure(arguments: arguments, message: message)
        }
        return data
    }

    public func write(_ relativePath: String, _ contents: String) throws {
        try write(relativePath, Data(contents.utf8))
    }

    public func write(_ relativePath: String, _ data: Data) throws {
        let url = URL(fileURLWithPath: path).appendingPathComponent(relativePath)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
    }

    /// Commits everything staged (after `git add -A`) with fixed identities and dates; returns the full hash.
    @discardableResult
    public func commit(
        _ message: String, author: (name: String, email: String) = ("Test Author", "author@example.org"),
        authorDate: String, committerDate: String? = nil, addAll: Bool = true, allowEmpty: Bool = false
    ) throws -> String {
        if addAll { try git(["add", "-A"]) }
        var arguments = ["-c", "user.name=Test Committer", "-c", "user.email=committer@example.org", "commit", "-q", "-m", message]
        if allowEmpty { arguments.append("--allow-empty") }
        try git(arguments, extraEnvironment: identity(author: author, authorDate: authorDate, committerDate: committerDate))
        return try head()
    }

    public func identity(author: (name: String, email: String), authorDate: String, committerDate: String?) -> [String: String] {
        [
            "GIT_AUTHOR_NAME": author.name, "GIT_AUTHOR_EMAIL": author.email, "GIT_AUTHOR_DATE": authorDate,
            "GIT_COMMITTER_NAME": "Test Committer", "GIT_COMMITTER_EMAIL": "committer@example.org",
            "GIT_COMMITTER_DATE": committerDate ?? authorDate,
        ]
    }

    public func head() throws -> String { try git(["rev-parse", "HEAD"]).trimmingCharacters(in: .whitespacesAndNewlines) }
}
