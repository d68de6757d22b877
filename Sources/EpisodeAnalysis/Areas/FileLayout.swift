/// Built-in defaults for layouts everyone uses: which files are docs, build or tests. Pure.
public enum FileLayout: String, Sendable, CaseIterable {
    case docs, build, tests

    static let docExtensions: Set<String> = ["md", "markdown", "adoc", "asciidoc", "rst", "texi", "pod"]
    static let docDirectories: Set<String> = ["doc", "docs", "Documentation", "documentation", "man", "website"]
    static let docBasenames: Set<String> = ["README", "CHANGELOG", "CHANGES", "NEWS", "AUTHORS", "CONTRIBUTING", "LICENSE", "COPYING"]
    static let buildBasenames: Set<String> = [
        "Makefile", "GNUmakefile", "makefile", "Package.swift", "Package.resolved", "go.mod", "go.sum", "go.work", "go.work.sum",
        "Cargo.toml", "Cargo.lock", "package.json", "package-lock.json", "yarn.lock", "pnpm-lock.yaml", "CMakeLists.txt",
        "meson.build", "meson_options.txt", "configure.ac", "Dockerfile", "Jenkinsfile", ".travis.yml", ".gitlab-ci.yml",
        "azure-pipelines.yml", "build.gradle", "pom.xml", "setup.py", "pyproject.toml", "requirements.txt", "codecov.yml",
        "rust-toolchain", "rust-toolchain.toml", "deny.toml", "clippy.toml", "rustfmt.toml", ".editorconfig", "config.mak.uname",
        "config.mak.in", "BUILD", "BUILD.bazel", "WORKSPACE", "flake.nix", "flake.lock",
    ]
    static let buildDirectories: Set<String> = [".github", ".circleci", ".buildkite", "ci", "contrib/buildsystems"]
    static let buildExtensions: Set<String> = ["mk", "cmake", "bazel", "bzl"]
    static let testDirectories: Set<String> = ["Tests", "tests", "test", "testdata", "__tests__", "testing", "spec", "fixtures"]

    /// Files that pin dependencies: a change to them is build work wherever they are.
    static let dependencyManifests: Set<String> = [
        "go.mod", "go.sum", "Cargo.toml", "Cargo.lock", "package.json", "package-lock.json", "yarn.lock", "pnpm-lock.yaml",
        "Package.swift", "Package.resolved", "Gemfile", "Gemfile.lock", "requirements.txt", "pyproject.toml", "poetry.lock",
    ]

    /// The class every file shares, or `nil` when they differ, one is ordinary source, or there are none.
    /// - Parameter layouts: each file's `classify(_:)`.
    public static func shared(_ layouts: [FileLayout?]) -> FileLayout? {
        guard let first = layouts.first, let layout = first else { return nil }
        return layouts.allSatisfy { $0 == layout } ? layout : nil
    }

    /// The layout class of one path, or `nil` for ordinary source files.
    public static func classify(_ path: String) -> FileLayout? {
        let segments = path.split(separator: "/").map(String.init)
        guard let basename = segments.last else { return nil }
        let directories = segments.dropLast()
        let stem = basename.split(separator: ".", omittingEmptySubsequences: false).first.map(String.init) ?? basename
        let fileExtension = basename.contains(".") ? String(basename.split(separator: ".").last!).lowercased() : ""

        if directories.contains(where: testDirectories.contains) || (directories.first == "t")
            || stem.hasSuffix("_test") || basename.hasPrefix("test_") || stem.hasSuffix("Tests") || stem.hasSuffix("Test")
            || basename.contains(".test.") || basename.contains(".spec.") {
            return .tests
        }
        // A dependency manifest is build work even in the docs site (`website/package.json`).
        if dependencyManifests.contains(basename) { return .build }
        if directories.contains(where: docDirectories.contains) { return .docs }
        if buildBasenames.contains(basename) || buildExtensions.contains(fileExtension)
            || directories.first.map(buildDirectories.contains) == true || path.hasPrefix(".github/") {
            return .build
        }
        if docExtensions.contains(fileExtension) || docBasenames.contains(stem) { return .docs }
        return nil
    }
}
