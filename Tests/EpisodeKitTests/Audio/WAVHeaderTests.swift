import Foundation
import Testing
@testable import EpisodeKit

@Suite struct WAVHeaderTests {
    /// A PCM WAV header (mono, 16 bits, `rate` samples a second) and `samples` silent samples.
    static func wav(rate: UInt32, samples: Int, dataSize: UInt32? = nil, extraChunk: Bool = false) -> [UInt8] {
        func le32(_ value: UInt32) -> [UInt8] { (0..<4).map { UInt8((value >> (8 * $0)) & 0xff) } }
        func le16(_ value: UInt16) -> [UInt8] { [UInt8(value & 0xff), UInt8(value >> 8)] }
        let data = [UInt8](repeating: 0, count: samples * 2)
        var fmt = Array("fmt ".utf8) + le32(16) + le16(1) + le16(1) + le32(rate) + le32(rate * 2) + le16(2) + le16(16)
        if extraChunk { fmt += Array("LIST".utf8) + le32(3) + [1, 2, 3, 0] }
        let body = Array("WAVE".utf8) + fmt + Array("data".utf8) + le32(dataSize ?? UInt32(data.count)) + data
        return Array("RIFF".utf8) + le32(UInt32(body.count)) + body
    }

    @Test func durationIsTheDataOverTheByteRate() throws {
        #expect(WAVHeader.durationSeconds(of: Self.wav(rate: 22050, samples: 44100)) == 2)
        #expect(WAVHeader.durationSeconds(of: Self.wav(rate: 8000, samples: 4000, extraChunk: true)) == 0.5)
    }

    @Test func aStreamedHeaderWithAnUnknownSizeCountsTheBytesThere() {
        #expect(WAVHeader.durationSeconds(of: Self.wav(rate: 22050, samples: 22050, dataSize: 0x7fff_ffff)) == 1)
    }

    @Test func otherFilesHaveNoDuration() {
        #expect(WAVHeader.durationSeconds(of: Array("not a wav file at all".utf8)) == nil)
        #expect(WAVHeader.durationSeconds(of: []) == nil)
        var noFormat = Self.wav(rate: 22050, samples: 10)
        noFormat.replaceSubrange(12..<16, with: Array("junk".utf8))
        #expect(WAVHeader.durationSeconds(of: noFormat) == nil)
    }
}
