// corpus-replay: reads a git log on stdin (any format episodegen parses) and writes a
// `git fast-import` stream to stdout that rebuilds a repository of the same shape: authors,
// committers, dates with their offsets, messages, merges where the log names a second
// parent, tags from `--decorate`, and files changed by exactly the added and deleted line
// counts the log gives. Used by Scripts/bench-repo.sh to time `--repo` on real-shaped
// histories; nothing it builds is committed.
//
// Usage: corpus-replay [--files N] < log | git fast-import
//   --files N  give a commit that lists no files N made-up files (the medium format has none),
//              with small made-up counts; files listed without counts (--name-status) get them too.
//
// The replay is one line of history, oldest commit first; a merge's second parent is the
// commit the log names when it came earlier. Each file's lines are numbered, so a change
// deletes its first lines and appends new ones and git's diff counts exactly those.
import EpisodeIngest
import EpisodeKit
import EpisodeModel


/// The fast-import stream being written, and each file's lines as a numbered span
/// `[first, end)`: a change drops lines from the front and appends new ones.
struct Replay {
    var output = FileDescriptorOutput(descriptor: 1)
    var files: [String: (first: Int, end: Int)] = [:]

    mutating func emit(_ text: String) { output.append(text) }

    mutating func data(_ text: String) {
        emit("data \(text.utf8.count)\n")
        emit(text)
        emit("\n")
    }

    mutating func change(path: String, added: Int, deleted: Int) {
        var span = files[path] ?? (0, 0)
        span.first = min(span.end, span.first + deleted)
        span.end += added
        files[path] = span
        var content = ""
        content.reserveCapacity((span.end - span.first) * (path.utf8.count + 8))
        for line in span.first..<span.end { content += "\(path) \(line)\n" }
        emit("M 100644 inline \(path)\n")
        data(content)
    }

    func length(of path: String) -> Int { files[path].map { $0.end - $0.first } ?? 0 }
}

/// A stable small number from text, so made-up files and counts are the same every run.
func stableNumber(_ text: String) -> Int {
    var value: UInt32 = 2_166_136_261
    for byte in text.utf8 { value = (value ^ UInt32(byte)) &* 16_777_619 }
    return Int(value % 1_000_003)
}

func identity(_ signature: Signature?, fallback: Signature?, notBefore: Int64 = 0) -> String {
    let chosen = signature ?? fallback ?? Signature(name: "Unknown", email: "unknown@example.com")
    let seconds = max(notBefore, chosen.date?.seconds ?? fallback?.date?.seconds ?? 0)
    let minutes = chosen.date?.utcOffsetMinutes ?? fallback?.date?.utcOffsetMinutes ?? 0
    let offset = abs(minutes)
    let zone = (minutes < 0 ? "-" : "+") + twoDigits(offset / 60) + twoDigits(offset % 60)
    let plain = { (text: String) in text.filter { $0 != "<" && $0 != ">" && $0 != "\n" } }
    let name = chosen.name.isEmpty ? "Unknown" : plain(chosen.name)
    return "\(name) <\(plain(chosen.email))> \(seconds) \(zone)"
}

func twoDigits(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }

func main() throws {
    var madeUpFiles = 0
    let arguments = Array(CommandLine.arguments.dropFirst())
    if let index = arguments.firstIndex(of: "--files"), index + 1 < arguments.count, let count = Int(arguments[index + 1]) {
        madeUpFiles = count
    }
    var parser = LogParser()
    var commits: [Commit] = []
    try DescriptorReader.forEachChunk(of: 0) { chunk in try parser.consume(chunk) { commits.append($0) } }
    try parser.finish { commits.append($0) }
    commits.reverse()

    var replay = Replay()
    var marks: [Substring: Int] = [:]
    // Committer dates never go back along the replayed line, as in a real history, where
    // `git log --since` stops walking at the first commit older than its limit. A log without
    // committers (medium) gets the latest author date so far: a topic's commits land when merged.
    var landed: Int64 = 0
    for (index, commit) in commits.enumerated() {
        let mark = index + 1
        marks[commit.hash.prefix(7)] = mark
        replay.emit("commit refs/heads/main\nmark :\(mark)\n")
        replay.emit("author \(identity(commit.author, fallback: commit.committer))\n")
        replay.emit("committer \(identity(commit.committer, fallback: commit.author, notBefore: landed))\n")
        landed = max(landed, (commit.committer ?? commit.author)?.date?.seconds ?? 0)
        var message = commit.subject
        if !commit.body.isEmpty { message += "\n\n" + commit.body }
        if !commit.trailers.isEmpty { message += "\n\n" + commit.trailers.map { "\($0.key): \($0.value)" }.joined(separator: "\n") }
        replay.data(message + "\n")
        if index > 0 { replay.emit("from :\(index)\n") }
        if commit.parents.count > 1, let second = marks[commit.parents[1].prefix(7)], second < index {
            replay.emit("merge :\(second)\n")
        }
        if commit.files.isEmpty, !commit.isMerge, madeUpFiles > 0 {
            let seed = stableNumber(commit.hash)
            for number in 0..<madeUpFiles {
                let path = "area\((seed + number * 7) % 40)/file\((seed / 40 + number) % 25).c"
                let added = 1 + (seed + number) % 20
                // Made-up files stay near 60 lines, so a whole history's blobs stay small.
                let deleted = replay.length(of: path) > 60 ? added + seed % 3 : (seed / 3 + number) % 8
                replay.change(path: path, added: added, deleted: deleted)
            }
        }
        for file in commit.files {
            if let old = file.oldPath, old != file.path, file.kind == .renamed {
                replay.emit("D \(old)\n")
                replay.files[file.path] = replay.files.removeValue(forKey: old)
            }
            if file.kind == .deleted {
                replay.emit("D \(file.path)\n")
                replay.files[file.path] = nil
                continue
            }
            let seed = stableNumber(commit.hash + file.path)
            let added = file.additions ?? (file.isBinary ? 1 : 1 + seed % 12)
            let deleted = file.deletions ?? (file.isBinary ? 1 : seed % 5)
            replay.change(path: file.path, added: added, deleted: deleted)
        }
        replay.emit("\n")
        for decoration in commit.decorations where decoration.hasPrefix("tag: ") {
            replay.emit("reset refs/tags/\(decoration.dropFirst(5))\nfrom :\(mark)\n\n")
        }
        try replay.output.flushIfFull()
    }
    try replay.output.flush()
}

try main()
