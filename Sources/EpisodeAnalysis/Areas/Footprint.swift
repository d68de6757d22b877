import EpisodeModel

/// What a commit's files say about its size and spread, with bulk files discounted:
/// vendored code, test data, generated files, lock files and pure renames do not count, so
/// a mass rename or a vendored update cannot win on size alone. Pure.
struct Footprint: Sendable {
    /// Lines added plus half the lines deleted (rounded up) in counted files; `--stat` totals count
    /// fully; for formats without line counts, 20 per counted file.
    var magnitude = 0
    var countedFiles = 0
    var discountedFiles = 0
    var discountedLines = 0
    var directories = 0
    var touchesTests = false
    var touchesOther = false
    var mostlyRenamed = false
    var hasLineCounts = false

    static let lockFiles: Set<String> = ["go.sum", "Cargo.lock", "yarn.lock", "package-lock.json", "pnpm-lock.yaml", "Package.resolved",
                                         "Gemfile.lock", "poetry.lock", "composer.lock", "flake.lock"]
    static let bulkDirectories: Set<String> = ["vendor", "third_party", "thirdparty", "node_modules", "testdata", "fixtures", "snapshots"]

    /// - Parameter layouts: each file's `FileLayout.classify(_:)`.
    init(_ files: [FileChange], layouts: [FileLayout?]) {
        var directories = Set<String>()
        var renamed = 0
        for (file, layout) in zip(files, layouts) {
            // Deleted lines weigh half: removing code is rarely as newsworthy as writing it.
            let lines = (file.additions ?? 0) + ((file.deletions ?? 0) + 1) / 2 + (file.changedLines ?? 0)
            if file.additions != nil || file.deletions != nil || file.changedLines != nil { hasLineCounts = true }
            let isRename = (file.kind == .renamed || file.kind == .copied || file.oldPath != nil) && (file.similarity ?? 100) >= 90
            if isRename { renamed += 1 }
            switch layout {
            case .tests?: touchesTests = true
            default: touchesOther = true
            }
            if Footprint.isBulk(file.path) || isRename || file.isBinary {
                discountedFiles += 1
                discountedLines += lines
                continue
            }
            countedFiles += 1
            magnitude += lines
            let segments = file.path.split(separator: "/")
            directories.insert(segments.dropLast().joined(separator: "/"))
        }
        if !hasLineCounts { magnitude = countedFiles * 20 }
        self.directories = directories.count
        mostlyRenamed = files.count >= 10 && renamed * 2 >= files.count
    }

    /// Vendored, generated, lock and test-data files.
    static func isBulk(_ path: String) -> Bool {
        let segments = path.split(separator: "/").map(String.init)
        guard let basename = segments.last else { return false }
        if segments.dropLast().contains(where: bulkDirectories.contains) { return true }
        if lockFiles.contains(basename) { return true }
        return basename.hasSuffix(".pb.go") || basename.hasSuffix("_gen.go") || basename.hasPrefix("zz_generated")
            || basename.contains(".generated.") || basename.hasSuffix(".min.js") || basename.hasSuffix(".snap")
    }

    var sizeDetail: String {
        let counted = hasLineCounts ? "\(magnitude) weighted lines in \(countedFiles) file\(countedFiles == 1 ? "" : "s")" : "\(countedFiles) file\(countedFiles == 1 ? "" : "s") (no line counts)"
        guard discountedFiles > 0 else { return counted }
        return counted + "; \(discountedFiles) vendored, generated, test-data or renamed file\(discountedFiles == 1 ? "" : "s") not counted"
    }
}
