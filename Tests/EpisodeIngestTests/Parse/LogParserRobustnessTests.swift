import EpisodeIngest
import EpisodeTestSupport
import EpisodeModel
import Testing

/// Damaged logs never crash the parser, and how the input is chunked never changes the result.
@Suite struct LogParserRobustnessTests {
    /// Bytes that steer the parser: line ends, escapes, graph characters, NUL, invalid UTF-8, BOM halves.
    static let awkwardBytes: [UInt8] = [0x0A, 0x0D, 0x1B, 0x5B, 0x00, 0xFF, 0xFE, 0x2A, 0x7C, 0x2F, 0x5C, 0x20, 0x09, 0x22, 0x40, 0x2B, 0x2D, 0xC3, 0xE2]

    @Test(arguments: LogParserCorpusTests.corpus.map(\.file))
    func damagedLogsParseTheSameInAnyChunking(file: String) throws {
        var original = Array(try ParseTestSupport.corpusBytes(file).prefix(40_000))
        while original.last != 0x0A { original.removeLast() }
        var generator = SplitMix(seed: UInt64(file.utf8.count))
        for round in 0..<40 {
            var bytes = original
            for _ in 0..<(round * 10) {
                let position = Int(generator.next() % UInt64(bytes.count))
                switch generator.next() % 3 {
                case 0: bytes.insert(Self.awkwardBytes[Int(generator.next() % UInt64(Self.awkwardBytes.count))], at: position)
                case 1: bytes.remove(at: position)
                default: bytes[position] = UInt8(truncatingIfNeeded: generator.next())
                }
            }
            if round % 8 == 7 { bytes = Array(bytes.prefix(Int(generator.next() % UInt64(bytes.count)))) }
            let whole = ParseTestSupport.parse(bytes)
            let chunkSize = 1 + Int(generator.next() % 97)
            let chunked = ParseTestSupport.parse(bytes, chunkSize: chunkSize)
            #expect(chunked.commits == whole.commits, "\(file) round \(round) chunk \(chunkSize)")
            #expect(chunked.issues == whole.issues, "\(file) round \(round) chunk \(chunkSize)")
            if round == 0 {
                #expect(whole.issues.isEmpty, "\(file)")
                #expect(!whole.commits.isEmpty, "\(file)")
            }
            var json: [UInt8] = []
            for commit in whole.commits { CommitJSONLines.append(commit, to: &json) }
            #expect(json.filter { $0 == 0x0A }.count == whole.commits.count)
        }
    }
}
