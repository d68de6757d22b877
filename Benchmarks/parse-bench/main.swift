// parse-bench: reads a git log on stdin, parses it and writes JSON Lines to stdout.
// It is the parser's half of `episodegen commits`, used to measure speed and memory
// (Scripts/benchmark.sh). Issues go to stderr; the exit code is 3 when there were any.
import EpisodeIngest
import EpisodeModel

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

let chunkSize = 1 << 20
var output: [UInt8] = []
output.reserveCapacity(chunkSize + (64 << 10))
var parser = LogParser()

func flush(_ bytes: inout [UInt8]) {
    bytes.withUnsafeBytes { raw in
        var offset = 0
        while offset < raw.count {
            let written = write(1, raw.baseAddress! + offset, raw.count - offset)
            if written <= 0 {
                if written < 0, errno == EINTR { continue }
                exit(1)
            }
            offset += written
        }
    }
    bytes.removeAll(keepingCapacity: true)
}

let emit = { (commit: Commit) in
    CommitJSONLines.append(commit, to: &output)
    if output.count >= chunkSize { flush(&output) }
}

do {
    try DescriptorReader.forEachChunk(of: 0) { chunk in try parser.consume(chunk, emit: emit) }
} catch {
    // A failed read(2) ends the input, as it did before; `emit` throws nothing.
}
try! parser.finish(emit: emit)
flush(&output)
var report: [UInt8] = []
for issue in parser.issues {
    report.append(contentsOf: "parse-bench: <stdin>:\(issue.line): \(issue.message)\n".utf8)
}
report.withUnsafeBytes { _ = write(2, $0.baseAddress, $0.count) }
exit(parser.issues.isEmpty && (parser.commitCount > 0 || parser.lineCount == 0) ? 0 : 3)
