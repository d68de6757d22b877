import Testing
@testable import EpisodeIngest

@Suite struct GitLogQueryTests {
    @Test func revisionsComeAfterEndOfOptionsAndBeforeTheSeparator() {
        let arguments = GitLogQuery(repository: "/r", since: "2 weeks ago", until: "yesterday", revisions: ["v1.0..main", "HEAD~20.."]).arguments
        #expect(Array(arguments.prefix(3)) == ["-C", "/r", "--no-pager"])
        #expect(Array(arguments.suffix(4)) == ["--end-of-options", "v1.0..main", "HEAD~20..", "--"])
        #expect(arguments.contains("--since=2 weeks ago"))
        #expect(arguments.contains("--until=yesterday"))
    }

    @Test func pinsTheSettingsThatWouldChangeTheFormat() {
        let arguments = GitLogQuery(repository: ".").arguments
        for required in ["--no-color", "--use-mailmap", "-z", "--raw", "--numstat", "--no-notes", "log.showSignature=false", "i18n.logOutputEncoding=UTF-8"] {
            #expect(arguments.contains(required), "missing \(required)")
        }
    }

    @Test func mailmapFileIsAConfigurationOverride() {
        let arguments = GitLogQuery(repository: ".", mailmapFile: "/m/.mailmap").arguments
        let index = try? #require(arguments.firstIndex(of: "mailmap.file=/m/.mailmap"))
        #expect(index.map { arguments[$0 - 1] } == "-c")
        #expect(index.map { $0 < arguments.firstIndex(of: "log")! } == true)
    }
}
