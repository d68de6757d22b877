// swift-tools-version:6.0
import PackageDescription

// Stages are separate targets so the compiler keeps data flowing one way:
// EpisodeModel <- EpisodeIngest, EpisodeEditorial, EpisodeTemplates <- EpisodeShow <- EpisodeKit <- episodegen.
let package = Package(
    name: "episodegen",
    products: [
        .library(name: "EpisodeKit", targets: ["EpisodeKit"]),
        .executable(name: "episodegen", targets: ["episodegen"]),
    ],
    targets: [
        .target(name: "EpisodeModel"),
        .target(name: "EpisodeIngest", dependencies: ["EpisodeModel"]),
        .target(name: "EpisodeEditorial", dependencies: ["EpisodeModel"]),
        .target(name: "EpisodeTemplates"),
        .target(name: "EpisodeShow", dependencies: ["EpisodeModel", "EpisodeTemplates"]),
        .target(
            name: "EpisodeKit",
            dependencies: ["EpisodeModel", "EpisodeIngest", "EpisodeEditorial", "EpisodeTemplates", "EpisodeShow"]
        ),
        .executableTarget(name: "episodegen", dependencies: ["EpisodeKit"]),
        .executableTarget(name: "parse-bench", dependencies: ["EpisodeIngest"], path: "Benchmarks/parse-bench"),
        .testTarget(name: "EpisodeIngestTests", dependencies: ["EpisodeIngest"]),
        .testTarget(name: "EpisodeEditorialTests", dependencies: ["EpisodeEditorial", "EpisodeIngest"]),
        .testTarget(name: "EpisodeTemplatesTests", dependencies: ["EpisodeTemplates"]),
        .testTarget(name: "EpisodeShowTests", dependencies: ["EpisodeShow", "EpisodeEditorial", "EpisodeIngest"], exclude: ["Goldens"]),
        .testTarget(name: "EpisodeKitTests", dependencies: ["EpisodeKit"]),
    ]
)
