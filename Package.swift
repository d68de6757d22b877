// swift-tools-version:6.0
import PackageDescription

// Stages are separate targets so the compiler keeps data flowing one way:
// EpisodeModel <- EpisodeIngest, EpisodeAnalysis, EpisodeTemplates <- EpisodeShow <- EpisodeKit <- episodegen.
let package = Package(
    name: "episodegen",
    products: [
        .library(name: "EpisodeKit", targets: ["EpisodeKit"]),
        .executable(name: "episodegen", targets: ["episodegen"]),
    ],
    targets: [
        .target(name: "EpisodeModel"),
        .target(name: "EpisodeIngest", dependencies: ["EpisodeModel"]),
        .target(name: "EpisodeAnalysis", dependencies: ["EpisodeModel"]),
        .target(name: "EpisodeTemplates"),
        .target(name: "EpisodeShow", dependencies: ["EpisodeModel", "EpisodeTemplates"]),
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
        .testTarget(name: "EpisodeIngestTests", dependencies: ["EpisodeIngest", "EpisodeTestSupport"]),
        .testTarget(name: "EpisodeAnalysisTests", dependencies: ["EpisodeAnalysis", "EpisodeIngest", "EpisodeTestSupport"]),
        .testTarget(name: "EpisodeTemplatesTests", dependencies: ["EpisodeTemplates"]),
        .testTarget(name: "EpisodeShowTests", dependencies: ["EpisodeShow", "EpisodeAnalysis", "EpisodeIngest", "EpisodeTestSupport"], exclude: ["Goldens"]),
        .testTarget(name: "EpisodeKitTests", dependencies: ["EpisodeKit", "EpisodeTestSupport"]),
    ]
)
