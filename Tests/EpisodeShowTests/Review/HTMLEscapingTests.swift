import Foundation
import Testing
@testable import EpisodeShow

@Suite struct HTMLEscapingTests {
    @Test func textEscapesEveryMarkupCharacter() {
        #expect(HTMLEscaping.text("<a href=\"x\">Tom & 'Jerry'</a>") == "&lt;a href=&quot;x&quot;&gt;Tom &amp; &apos;Jerry&apos;&lt;/a&gt;")
        #expect(HTMLEscaping.text("René ✓") == "René ✓")
    }

    @Test func scriptJSONCannotCloseTheScriptElementAndStillDecodes() throws {
        let hostile = ["subject": "</script><script>alert(1)</script> & <!-- x -->", "line": "a\u{2028}b"]
        let json = String(decoding: try JSONEncoder().encode(hostile), as: UTF8.self)
        let embedded = HTMLEscaping.scriptJSON(json)
        #expect(!embedded.contains("<"))
        #expect(!embedded.contains(">"))
        #expect(!embedded.contains("&"))
        #expect(embedded.contains("\\u003cscript\\u003e"))
        #expect(try JSONDecoder().decode([String: String].self, from: Data(embedded.utf8)) == hostile)
    }
}
