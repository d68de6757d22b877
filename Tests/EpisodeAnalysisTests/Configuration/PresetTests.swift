import Foundation
import Testing
@testable import EpisodeAnalysis
import EpisodeModel
import EpisodeTestSupport

/// The shipped presets are plain configuration; these check they say what a Go show needs.
@Suite struct PresetTests {
    typealias C = CommitBuilder

    static func preset(_ name: String) throws -> ShowConfiguration {
        let root = TestCorpus.packageRoot
        let data = try Data(contentsOf: root.appendingPathComponent("Inputs/config/" + name))
        return try ShowConfigurationLoader.load(data, file: "Inputs/config/" + name)
    }

    @Test(arguments: [
        ("runtime: fix a deadlock in the scheduler", [String](), "runtime", "the runtime"),
        ("runtime/pprof: add goroutine labels", [], "runtime", "the runtime"),
        ("cmd/compile: inline more closures", [], "compiler", "the compiler"),
        ("cmd/compile/internal/ssa: fold constant shifts", [], "compiler", "the compiler"),
        ("go/types, types2: report better errors", [], "typechecker", "the type checker"),
        ("cmd/link: put runtime.text first", [], "linker", "the linker"),
        ("cmd/asm: accept more arm64 forms", [], "assembler", "the assembler and object files"),
        ("cmd/internal/obj/riscv: add vector instructions", [], "assembler", "the assembler and object files"),
        ("cmd/go: report the module path", [], "gocommand", "the go command"),
        ("cmd/dist: build with the bootstrap toolchain", [], "build", "the build and bootstrap"),
        ("net/http: close idle connections", [], "net/http", "the HTTP package"),
        ("hash/maphash: add Comparable", [], "hash/maphash", "the maphash package"),
        ("doc/next: describe the new flag", [], "docs", "the docs and release notes"),
        ("all: fix typos", ["src/runtime/proc.go", "src/os/file.go"], "runtime", "the runtime"),
        ("crypto/tls: reject short keys", [], "crypto/tls", "the TLS package"),
    ])
    func goPresetNamesTheAreas(subject: String, files: [String], area: String, spoken: String) throws {
        let configuration = try PresetTests.preset("go.json")
        let commit = C.commit(C.hash("f0"), message: subject, files: files.map { ($0, 1, 1) })
        let analyzed = Analyzer(configuration: configuration).analyze([commit]).commits[0]
        #expect(analyzed.area == Area(id: area, spokenName: spoken))
    }

    @Test func goPresetWeighsTheCoreAreas() throws {
        let configuration = try PresetTests.preset("go.json")
        let runtime = C.commit(C.hash("f1"), message: "runtime: fix crash in the scheduler")
        let http = C.commit(C.hash("f2"), message: "net/http: fix crash in the server")
        let analysis = Analyzer(configuration: configuration).analyze([http, runtime])
        #expect(analysis.commits[1].score.total > analysis.commits[0].score.total)
        #expect(analysis.commits[1].score.reasons.contains { $0.signal == .area })
        #expect(analysis.stories[0].commits == [runtime.hash])
    }
}
