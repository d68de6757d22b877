import Foundation
import Testing
import EpisodeModel
@testable import EpisodeIngest
import EpisodeTestSupport

@Suite struct GitLogReaderErrorTests {
    let fixture = FixtureRepository.shared

    func failure(_ query: GitLogQuery, environment: [String: String]) -> GitError? {
        do {
            try GitLogReader(query: query, environment: environment).read { _ in }
            return nil
        } catch {
            return error as? GitError
        }
    }

    @Test func notARepositoryCarriesGitsMessageAndStatus() throws {
        let folder = fixture.repository.root.appendingPathComponent("not-a-repo-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let error = try #require(failure(GitLogQuery(repository: folder.path), environment: fixture.repository.environment))
        guard case .failed(let status, let message, _) = error else {
            Issue.record("expected .failed, got \(error)")
            return
        }
        #expect(status == 128)
        #expect(message.contains("not a git repository"))
        #expect(error.description.contains("fatal: not a git repository"))
    }

    @Test func badRevisionCarriesGitsMessage() throws {
        let error = try #require(failure(
            GitLogQuery(repository: fixture.repository.path, revisions: ["no-such-branch"]), environment: fixture.repository.environment))
        #expect(error.status == 128)
        #expect(error.description.contains("bad revision 'no-such-branch'"))
    }

    @Test func revisionThatLooksLikeAnOptionIsNotTakenAsOne() throws {
        let error = try #require(failure(
            GitLogQuery(repository: fixture.repository.path, revisions: ["--output=/tmp/x"]), environment: fixture.repository.environment))
        #expect(error.description.contains("--output=/tmp/x"))
    }

    @Test func gitMissingFromPathIsAClearError() throws {
        let empty = fixture.repository.root.appendingPathComponent("empty-bin-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        var environment = fixture.repository.environment
        environment["PATH"] = empty.path
        let error = try #require(failure(GitLogQuery(repository: fixture.repository.path), environment: environment))
        #expect(error == .notFound(path: empty.path))
        #expect(error.description.contains("git was not found on PATH"))
        #expect(error.status == nil)
    }

    /// A stand-in `git` that writes 2 MB to standard error and 2 MB to standard output, then fails:
    /// if standard error were not drained while standard output is read, this would hang.
    @Test(.timeLimit(.minutes(1))) func largeStandardErrorDoesNotDeadlock() throws {
        let bin = fixture.repository.root.appendingPathComponent("fake-bin-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        let script = bin.appendingPathComponent("git")
        try """
            #!/bin/sh
            head -c 2000000 /dev/zero | tr '\\000' e >&2
            head -c 2000000 /dev/zero | tr '\\000' o
            exit 3

            """.write(to: script, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script.path)
        var environment = fixture.repository.environment
        environment["PATH"] = bin.path + ":" + (environment["PATH"] ?? "")
        do {
            try GitLogReader(query: GitLogQuery(repository: fixture.repository.path), environment: environment).read { _ in }
            Issue.record("expected an error")
        } catch let error as GitError {
            guard case .failed(let status, let message, _) = error else {
                Issue.record("expected .failed, got \(error)")
                return
            }
            #expect(status == 3)
            #expect(message.utf8.count == 2_000_000)
        } catch {
            // The fake's stdout is not the machine format: a format error is also acceptable only if git had succeeded.
            Issue.record("unexpected error \(error)")
        }
    }
}
