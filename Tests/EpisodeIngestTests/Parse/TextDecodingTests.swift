@testable import EpisodeIngest
import EpisodeTestSupport
import Testing

/// The hand-written UTF-8 check agrees with the standard library, and invalid lines fall back to Windows-1252.
@Suite struct TextDecodingTests {
    @Test func validityCheckAgreesWithTheStandardLibrary() {
        var generator = SplitMix(seed: 7)
        let pieces: [[UInt8]] = [
            Array("plain ascii text ".utf8), Array("é".utf8), Array("😀".utf8), Array("\u{FFFD}".utf8),
            [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82], [0x80], [0xFF], [0xF0, 0x9F, 0x98],
        ]
        for _ in 0..<3000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int(generator.next() % 6) {
                bytes += pieces[Int(generator.next() % UInt64(pieces.count))]
            }
            let expected = String(validating: bytes, as: UTF8.self) != nil
            let actual = bytes.withUnsafeBufferPointer { TextDecoding.isValidUTF8($0) }
            #expect(actual == expected, "\(bytes)")
        }
    }

    @Test func onlyTheInvalidLinesAreReadAsWindows1252() {
        let bytes: [UInt8] = Array("café\n".utf8) + [0x63, 0x61, 0x66, 0xE9, 0x20, 0x80, 0x93, 0x81, 0x0A] + Array("naïve".utf8)
        let text = bytes.withUnsafeBufferPointer { TextDecoding.string($0) }
        #expect(text == "café\ncafé €“\u{81}\nnaïve")
    }
}
