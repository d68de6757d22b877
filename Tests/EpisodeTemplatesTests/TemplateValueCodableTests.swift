import Foundation
import Testing
import EpisodeTemplates

@Suite struct TemplateValueCodableTests {
    @Test func jsonRoundTripKeepsEveryCase() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data = try encoder.encode(sampleContext)
        let decoded = try JSONDecoder().decode(TemplateValue.self, from: data)
        #expect(decoded == sampleContext)
    }

    @Test func encodesAsPlainJSON() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let value: TemplateValue = ["a": [1, 2.5, "x", true, nil]]
        let text = String(decoding: try encoder.encode(value), as: UTF8.self)
        #expect(text == #"{"a":[1,2.5,"x",true,null]}"#)
    }

    @Test func decodesBooleansAndNumbersApart() throws {
        let value = try JSONDecoder().decode(TemplateValue.self, from: Data(#"[true, 1, 0, false]"#.utf8))
        #expect(value == [true, 1, 0, false])
    }
}
