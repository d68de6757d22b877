import Testing
@testable import EpisodeAnalysis

@Suite struct GlobTests {
    @Test(arguments: [
        ("*.md", "README.md", true),
        ("*.md", "gopls/doc/features/mcp.md", true),
        ("*.md", "gopls/doc/features/mcp.go", false),
        ("src/runtime/*", "src/runtime/proc.go", true),
        ("src/runtime/*", "src/runtime/internal/atomic/atomic.go", false),
        ("src/runtime/**", "src/runtime/internal/atomic/atomic.go", true),
        ("**/testdata/**", "go/ssa/testdata/src/a.go", true),
        ("**/testdata/**", "testdata/a.go", true),
        ("src/cmd/compile/**", "src/cmd/compile", false),
        ("file_?.go", "file_a.go", true),
        ("file_?.go", "file_ab.go", false),
        ("*_[lw]*.go", "exec_linux.go", true),
        ("*_[!lw]*.go", "exec_linux.go", false),
        ("*_[a-d]*.go", "exec_darwin.go", true),
    ])
    func matchesPaths(pattern: String, path: String, expected: Bool) throws {
        #expect(try Glob(pattern).matches(path) == expected)
    }

    @Test func escapedBracketsMatchLiterally() throws {
        let glob = try Glob("*\\[bot\\]", caseInsensitive: true)
        #expect(glob.matches("dependabot[bot]"))
        #expect(glob.matches("Renovate[Bot]"))
        #expect(!glob.matches("robot"))
    }

    @Test(arguments: ["", "src/[abc", "[]", "trailing\\"])
    func rejectsBadPatterns(pattern: String) {
        #expect(throws: Glob.SyntaxError.self) { try Glob(pattern) }
    }
}
