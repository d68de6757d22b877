import Testing
@testable import EpisodeAnalysis
import EpisodeModel

@Suite struct AreaClassifierTests {
    typealias C = CommitBuilder

    func classify(_ commit: Commit, _ configuration: ShowConfiguration = ShowConfiguration()) -> AreaClassifier.Decision {
        AreaClassifier(configuration: configuration).classify(commit, convention: ConventionParser.parse(commit))
    }

    @Test func subjectPrefixGivesTheArea() {
        let decision = classify(C.commit(C.hash("e1"), message: "gopls/internal/mcp: fix reporting in go_diagnostics tool",
                                         files: [("gopls/internal/mcp/diagnostics.go", 10, 2)]))
        #expect(decision.area.id == "gopls/internal/mcp")
        #expect(decision.source == .subjectPrefix)
        #expect(decision.area.spokenName == "the gopls mcp code")
    }

    @Test func severalPrefixesGiveOtherAreas() {
        let decision = classify(C.commit(C.hash("e2"), message: "go/analysis, gopls: remove the bug subcommand"))
        #expect(decision.area.id == "go/analysis")
        #expect(decision.otherAreas.map(\.id) == ["gopls"])
    }

    @Test func configurationRulesComeFirstAndNameTheArea() {
        let configuration = ShowConfiguration(
            areaRules: [
                AreaRule(area: "linker", spokenName: "the linker", subjects: ["^cmd/link(/[^:]*)?:"]),
                AreaRule(area: "runtime", paths: ["src/runtime/**"]),
            ],
            spokenNames: ["runtime": "the runtime"]
        )
        let linker = classify(C.commit(C.hash("e3"), message: "cmd/link: put runtime.text first", files: [("src/runtime/symtab.go", 1, 1)]), configuration)
        #expect(linker.area == Area(id: "linker", spokenName: "the linker"))
        #expect(linker.source == .configuration)
        let runtime = classify(C.commit(C.hash("e4"), message: "all: fix typos", files: [("src/runtime/proc.go", 1, 1)]), configuration)
        #expect(runtime.area == Area(id: "runtime", spokenName: "the runtime"))
        let unconfigured = classify(C.commit(C.hash("e5"), message: "cmd/link: put runtime.text first"))
        #expect(unconfigured.area.spokenName == "the cmd link code")
    }

    @Test func conventionalScopeAndTypeGiveTheArea() {
        let scoped = classify(C.commit(C.hash("e6"), message: "fix(changelog)!: keep the order of commits"))
        #expect(scoped.area.id == "changelog")
        #expect(scoped.source == .conventionalScope)
        let docs = classify(C.commit(C.hash("e7"), message: "docs: fix a link", files: [("website/blog/x.md", 1, 1)]))
        #expect(docs.area.id == "docs")
    }

    @Test(arguments: [
        (["README.md", "website/docs/usage.md"], "docs", AreaSource.fileLayout),
        (["Documentation/git-log.adoc"], "docs", .fileLayout),
        ([".github/workflows/ci.yml"], "build", .fileLayout),
        (["Cargo.toml", "Cargo.lock"], "build", .fileLayout),
        (["go/ssa/builder_test.go", "go/ssa/testdata/a.go"], "tests", .fileLayout),
        (["t/t5516-fetch-push.sh"], "tests", .fileLayout),
        (["git-cliff-core/src/changelog.rs", "git-cliff-core/src/commit.rs", "git-cliff-core/tests/x.rs"], "git-cliff-core", .commonDirectory),
        (["main.go", "util.go"], "misc", .fallback),
    ])
    func filesGiveTheAreaWithoutConvention(paths: [String], area: String, source: AreaSource) {
        let decision = classify(C.commit(C.hash("e8"), message: "Make things better", files: paths.map { ($0, 1, 1) }))
        #expect(decision.area.id == area)
        #expect(decision.source == source)
    }

    @Test func topicMergeTakesTheAreaItsSubjectsName() {
        let merge = C.commit(C.hash("e9"), message: """
        Merge branch 'kh/doc-trailers'

        Documentation for 'git interpret-trailers' has been updated.

        * kh/doc-trailers:
          doc: interpret-trailers: document comment line treatment
          doc: interpret-trailers: explain key format
        """, parents: ["2f6614658f", "4515c86fd9"])
        let decision = classify(merge)
        #expect(decision.area.id == "docs")
        #expect(decision.source == .topicBranch)
    }
}

extension AreaClassifierTests {
    @Test(arguments: [
        ("cmd/link", "cmd link"),
        ("git-cliff-core", "git cliff core"),
        ("go.mod", "go mod"),
        ("gopls/internal/golang/stubmethods", "golang stubmethods"),
        ("go/analysis/passes/modernize/internal/x", "modernize x"),
    ])
    func generatedNamesAreSpeakable(id: String, spoken: String) {
        #expect(SpokenNames.generated(id) == spoken)
    }

    /// Area ids of the corpus that nobody names: git-cliff's scopes and git.git's prefixes.
    @Test(arguments: [
        ("docs", "the docs"), ("cmd/link", "the cmd link code"), ("remote", "the remote code"),
        ("sparse-index", "the sparse index code"), ("builtin/refs", "the builtin refs code"),
        ("t/unit-tests", "the unit tests"), ("t/perf", "the perf tests"), ("t/helper", "the test helpers"),
        ("t3420-rebase-autostash", "the rebase autostash tests"), ("t1410-reflog.sh", "the reflog tests"),
        ("test-tool", "the test tool"), ("fixtures", "the test fixtures"),
        ("contributing", "the contributing guide"), ("CodingGuidelines", "the coding guidelines"),
        ("Documentation/git-range-diff", "the git range diff docs"), ("diff-format.adoc", "the diff format docs"),
        ("website", "the website"), ("object-file.c", "the object file code"), ("compat/posix.h", "the compat posix code"),
        ("Rust", "Rust"), ("go.mod", "go mod"),
    ])
    func unnamedAreasGetNaturalSpokenNames(id: String, spoken: String) {
        #expect(!spoken.contains("slash") && !spoken.contains(" dot "))
        #expect(SpokenNames.spoken(id, configured: [:]) == spoken)
        #expect(SpokenNames.spoken(id, configured: [id: "the \(id) package"]) == "the \(id) package")
    }

    /// A path under a root the configuration names is said by its last part and the root's noun.
    @Test(arguments: [
        ("go/ssa", "the ssa package"), ("cmd/stress", "the stress command"),
        ("gopls/internal/golang/stubmethods", "the stubmethods package"), ("go/packages", "the go packages package"),
        ("remote", "the remote code"),
    ])
    func configuredPathRootsNameTheirPackages(id: String, spoken: String) {
        #expect(SpokenNames.spoken(id, configured: [:], pathRoots: ["go": "package", "gopls": "package", "cmd": "command"]) == spoken)
    }
}

/// Reverts, project-wide changes and configured areas, with real subjects and files.
extension AreaClassifierTests {
    /// golang/go's revert of a hash/maphash change: the area is the package, not the folder `src/hash`.
    @Test func revertTakesTheRevertedChangesArea() throws {
        let commit = C.commit(C.hash("r1"), message: "Revert \"hash/maphash: add Comparable\"\n\nThis reverts CL 609761.",
                              files: [("src/hash/maphash/maphash.go", 0, 40), ("src/hash/maphash/maphash_test.go", 0, 30)])
        #expect(classify(commit).area.id == "hash/maphash")
        #expect(classify(commit).source == .subjectPrefix)
        let go = try PresetTests.preset("go.json")
        #expect(classify(commit, go).area.id == "hash/maphash")
    }

    /// golang/tools' go directive bump, from the corpus: `all:` and four modules' go.mod files.
    static let goDirectiveFiles: [(String, Int, Int)] = [
        ("cmd/auth/go.mod", 1, 1), ("go.mod", 1, 1), ("gopls/doc/assets/go.mod", 1, 1), ("gopls/go.mod", 1, 1),
    ]

    @Test func allPrefixIsTheWholeProject() {
        let decision = classify(C.commit(C.hash("p1"), message: "all: upgrade go directive to at least 1.25.0 [generated]",
                                         files: AreaClassifierTests.goDirectiveFiles))
        #expect(decision.area == Area(id: "project", spokenName: "the whole project"))
    }

    @Test func versionBumpInEveryModuleIsTheWholeProject() {
        // Without conventions only the files speak: the same manifest in four folders.
        let decision = classify(C.commit(C.hash("p2"), message: "all: upgrade go directive to at least 1.25.0 [generated]",
                                         files: AreaClassifierTests.goDirectiveFiles), ShowConfiguration(detectConventions: false))
        #expect(decision.area.id == "project")
        // golang/tools' `x/tools: delete obsolete code` reaches into go, gopls, internal and refactor.
        let wide = classify(C.commit(C.hash("p3"), message: "delete obsolete code", files: [
            ("go/ssa/util.go", 0, 20), ("gopls/internal/util/safetoken/safetoken.go", 0, 10),
            ("internal/astutil/util.go", 0, 34), ("refactor/eg/eg.go", 1, 1),
        ]))
        #expect(wide.area.id == "project")
        let narrow = classify(C.commit(C.hash("p4"), message: "gopls: fix typos", files: [("gopls/go.mod", 1, 1), ("gopls/main.go", 1, 1)]))
        #expect(narrow.area.id == "gopls")
    }

    /// The go-tools preset names the dependency area; it wins over `all:` and over the folders.
    @Test func configuredAreaWinsOverPrefixAndFolders() throws {
        let preset = try PresetTests.preset("go-tools.json")
        let bump = classify(C.commit(C.hash("p5"), message: "all: upgrade go directive to at least 1.25.0 [generated]",
                                     files: AreaClassifierTests.goDirectiveFiles), preset)
        #expect(bump.area.id == "build")
        #expect(bump.source == .configuration)
        let settings = classify(C.commit(C.hash("p6"), message: "gopls/internal/settings: add MoveType setting",
                                         files: [("gopls/internal/settings/settings.go", 20, 1), ("gopls/doc/settings.md", 12, 0)]), preset)
        #expect(settings.area == Area(id: "gopls/settings", spokenName: "the gopls settings"))
    }
}
