// swift-tools-version:6.0
import PackageDescription

// Stages are separate targets so the compiler keeps data flowing one way:
// EpisodeModel <- EpisodeIngest, EpisodeAnalysis, EpisodeTemplates <- EpisodeShow <- EpisodeKit <- episodegen.
// EpisodeText (text and byte helpers, package-internal) sits under all of them.
let package = Package(
    name: "episodegen",
    products: [
        .library(name: "EpisodeKit", targets: ["EpisodeKit"]),
        .executable(name: "episodegen", targets: ["episodegen"]),
    ],
    targets: [
        .target(name: "EpisodeText"),
        .target(name: "EpisodeModel", dependencies: ["EpisodeText"]),
        .target(name: "EpisodeIngest", dependencies: ["EpisodeModel", "EpisodeText"]),
        .target(name: "EpisodeAnalysis", dependencies: ["EpisodeModel", "EpisodeText"]),
        .target(name: "EpisodeTemplates"),
        // The default templates ship as resources; Inputs/templates is a link to the same folder.
        .target(name: "EpisodeShow", dependencies: ["EpisodeModel", "EpisodeText", "EpisodeTemplates"], resources: [.copy("DefaultTemplates")]),
        .target(
            name: "EpisodeKit",
            dependencies: ["EpisodeModel", "EpisodeIngest", "EpisodeAnalysis", "EpisodeTemplates", "EpisodeShow"]
        ),
        .executableTarget(name: "episodegen", dependencies: ["EpisodeKit"]),
        .executableTarget(name: "parse-bench", dependencies: ["EpisodeIngest"], path: "Benchmarks/parse-bench"),
        // Rebuilds a repository from a corpus log through `git fast-import`, for Scripts/bench-repo.sh.
        .executableTarget(name: "corpus-replay", dependencies: ["EpisodeIngest", "EpisodeKit"], path: "Benchmarks/corpus-replay"),
        // Helpers shared by the test targets: temporary git repositories and the corpus's location.
        .target(name: "EpisodeTestSupport", path: "Tests/EpisodeTestSupport"),
        .testTarget(name: "EpisodeTextTests", dependencies: ["EpisodeText", "EpisodeModel"]),
        .testTarget(name: "EpisodeIngestTests", dependencies: ["EpisodeIngest", "EpisodeTestSupport"]),
        .testTarget(name: "EpisodeAnalysisTests", dependencies: ["EpisodeAnalysis", "EpisodeIngest", "EpisodeTestSupport"]),
        .testTarget(name: "EpisodeTemplatesTests", dependencies: ["EpisodeTemplates"]),
        .testTarget(name: "EpisodeShowTests", dependencies: ["EpisodeShow", "EpisodeAnalysis", "EpisodeIngest", "EpisodeTestSupport"], exclude: ["Goldens"]),
        .testTarget(name: "EpisodeKitTests", dependencies: ["EpisodeKit", "EpisodeTestSupport"]),
    ]
)
