import Testing
@testable import EpisodeAnalysis
import EpisodeModel

/// What users see, from golang/tools and git/git subjects and files.
@Suite struct UserSurfaceTests {
    static func surface(_ summary: String, _ paths: [String]) -> UserSurface {
        let files = paths.map { FileChange(path: $0, additions: 5, deletions: 1) }
        return UserSurface(summary: summary, files: files, layouts: files.map { FileLayout.classify($0.path) })
    }

    @Test func subjectNamesASurface() {
        #expect(UserSurfaceTests.surface("add MoveType setting", []).surface == "subject says \"setting\"")
        #expect(UserSurfaceTests.surface("add --forked filter for --list mode", []).surface == "names the option --forked")
    }

    @Test func filesDefineASurface() {
        #expect(UserSurfaceTests.surface("report missing sql.Rows.Err calls", ["gopls/internal/settings/analysis.go"]).surface
            == "changes gopls/internal/settings/analysis.go")
        #expect(UserSurfaceTests.surface("remove -port flag", ["gopls/internal/cmd/usage/serve.hlp"]).surface == "subject says \"flag\"")
        // A compiler's insides are not its command line.
        #expect(UserSurfaceTests.surface("fold constant shifts", ["src/cmd/compile/internal/ssa/rewrite.go"]).surface == nil)
    }

    @Test func documentationPagesWithTheCode() {
        let documented = UserSurfaceTests.surface("add writestring", ["gopls/internal/analysis/writestring/writestring.go", "gopls/doc/analyzers.md"])
        #expect(documented.documentationPage == "gopls/doc/analyzers.md")
        // Docs alone, release notes, and an internal package's notes are not a documented change.
        #expect(UserSurfaceTests.surface("clarify", ["gopls/doc/settings.md"]).documentationPage == nil)
        #expect(UserSurfaceTests.surface("note", ["gopls/main.go", "gopls/doc/release/v0.22.0.md", "CHANGELOG.md"]).documentationPage == nil)
        #expect(UserSurfaceTests.surface("sdk", ["internal/mcp/mcp.go", "internal/mcp/README.md"]).documentationPage == nil)
    }

    /// A design document or a contributors' guide tells how the project is built, not what users meet.
    @Test func contributorPagesAreNotUserDocumentation() {
        let code = "gopls/internal/protocol/form.go"
        #expect(UserSurfaceTests.surface("add kind", [code, "gopls/doc/design/integrating-interactive-refactoring.md"]).documentationPage == nil)
        #expect(UserSurfaceTests.surface("add exporter", [code, "gopls/doc/contributing.md"]).documentationPage == nil)
        #expect(UserSurfaceTests.surface("explain", ["src/main.rs", "CONTRIBUTING.md", "docs/development/setup.md"]).documentationPage == nil)
        // A user page beside a contributors' page still counts.
        #expect(UserSurfaceTests.surface("revert", [code, "gopls/doc/contributing.md", "gopls/doc/daemon.md"]).documentationPage == "gopls/doc/daemon.md")
    }
}
