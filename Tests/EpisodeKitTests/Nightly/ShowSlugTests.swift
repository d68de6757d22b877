import Testing
@testable import EpisodeKit

@Suite struct ShowSlugTests {
    @Test(arguments: [
        ("Go Tools Daily", "go-tools-daily"), ("The Commit Log", "the-commit-log"), ("  git: the show!  ", "git-the-show"),
        ("Ça va 2", "a-va-2"), ("!!!", "show"), ("", "show"),
    ])
    func folderNameOfAShow(_ name: String, _ slug: String) {
        #expect(ShowSlug.of(name) == slug)
    }
}
