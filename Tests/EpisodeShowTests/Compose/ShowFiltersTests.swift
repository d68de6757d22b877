import Testing
import EpisodeTemplates
@testable import EpisodeShow

/// The `actions` filter on lists of actions the show really builds from the corpus.
@Suite struct ShowFiltersTests {
    @Test(arguments: [
        // git.git: odb: compute object hash / compat object ID in `odb_write_object_ext()`.
        (["computed object hash in odb write object ext", "compat object ID in odb write object ext"],
         "computed object hash and compat object ID in odb write object ext"),
        // golang/tools: internal/graph: add SCCs, use in cmd/digraph (and its siblings).
        (["added SCCs, used in the cmd slash digraph package", "ShortestPath, used in the cmd slash digraph package",
          "Reachable, used in the cmd slash digraph package"],
         "added SCCs, ShortestPath and Reachable, used in the cmd slash digraph package"),
        // git.git: refs: add "update", "delete" and "create" subcommands, one commit each.
        (["added the \"update\" subcommand", "the \"delete\" subcommand", "the \"create\" subcommand"],
         "added the \"update\", \"delete\" and \"create\" subcommands"),
        (["added the MoveType setting", "the Other option"], "added the MoveType setting and the Other option"),
        // Nothing shared: joined as they are.
        (["fixed a flaky test", "removed the unused interval field"], "fixed a flaky test and removed the unused interval field"),
        // A shared last word is no phrase ("... in the tests" vs "... in the docs" share too little).
        (["added tests", "updated tests"], "added tests and updated tests"),
        // The same action twice is said once.
        (["used strbuf add uint", "used strbuf add uint"], "used strbuf add uint"),
        (["used size t for header lengths"], "used size t for header lengths"),
    ] as [([String], String)])
    func actionsSayASharedEndingOnce(actions: [String], expected: String) throws {
        let value = try ShowFilters.actions(.list(actions.map { .string($0) }), [])
        #expect(value == .string(expected))
    }

    @Test func quotedMakesInnerQuotesSingle() throws {
        // git.git: t: "GIT_TEST_LONG=Yes make test" is broken (a summary without a verb of its own).
        #expect(try ShowFilters.quoted(.string("\"GIT_TEST_LONG equals Yes make test\" is broken"), [])
            == .string("\"'GIT_TEST_LONG equals Yes make test' is broken\""))
        #expect(try ShowFilters.quoted(.string("hydration error"), []) == .string("\"hydration error\""))
    }

    @Test func actionsNeedsAListOfStrings() {
        #expect(throws: TemplateFilterError.self) { try ShowFilters.actions(.string("x"), []) }
    }
}
