import Foundation
import Testing
import EpisodeModel
@testable import EpisodeIngest
import EpisodeTestSupport

@Suite struct GitLogReaderStreamingTests {
    /// A stand-in `git` prints one commit and the start of the next, then waits until the first
    /// commit has been emitted (the test creates a flag file in `emit`) before it finishes. A reader
    /// that buffered git's whole output would never emit in time, and the stand-in would fail.
    @Test(.timeLimit(.minutes(1))) func emitsCommitsWhileGitIsStillRunning() throws {
        let repository = FixtureRepository.shared.repository
        let bin = repository.root.appendingPathComponent("slow-bin-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        let flag = bin.appendingPathComponent("first-commit-seen")
        let one = String(repeating: "1", count: 40)
        let two = String(repeating: "2", count: 40)
        func record(_ hash: String, _ subject: String) -> String {
            "\\036\(hash)\\000\\000Name\\000n@example.org\\0002023-11-14T22:13:20+00:00\\000Name\\000n@example.org\\0002023-11-14T22:13:20+00:00\\000\\000\(subject)\\n\\000\\000"
        }
        let script = bin.appendingPathComponent("git")
        try """
            #!/bin/sh
            printf '\(record(one, "first"))\\036\(two)\\000'
            i=0
            while [ ! -e '\(flag.path)' ]; do
              i=$((i+1)); [ $i -gt 200 ] && exit 9
              sleep 0.05
            done
            printf '\\000Name\\000n@example.org\\0002023-11-14T22:13:20+00:00\\000Name\\000n@example.org\\0002023-11-14T22:13:20+00:00\\000\\000second\\n\\000\\000'

            """.write(to: script, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script.path)
        var environment = repository.environment
        environment["PATH"] = bin.path + ":" + (environment["PATH"] ?? "")
        var subjects: [String] = []
        try GitLogReader(query: GitLogQuery(repository: repository.path), environment: environment).read { commit in
            subjects.append(commit.subject)
            if subjects.count == 1 { _ = FileManager.default.createFile(atPath: flag.path, contents: Data()) }
        }
        #expect(subjects == ["first", "second"])
    }
}
