import EpisodeModel

/// `Analysis` as pretty-printed JSON, written straight into bytes.
///
/// Byte-identical to Foundation's `JSONEncoder` with `.sortedKeys`, `.prettyPrinted` and
/// `.withoutEscapingSlashes` on the same value (no final newline), at a fraction of its time
/// and memory: that encoder builds a tree of the whole document first, which on a long history
/// costs more than the analysis itself. Keys are written in sorted (byte) order per type, `nil`
/// fields are left out, as the synthesized `Codable` conformances do. A test compares both
/// encoders on corpus analyses, so a field added to the model without being added here fails.
public enum AnalysisJSON {
    public static func encode(_ analysis: Analysis) -> [UInt8] {
        var writer = Writer()
        writer.document(analysis)
        return writer.bytes
    }

    /// Writes the same bytes as `encode` in pieces of about `chunkSize` bytes, handing each to
    /// `sink` as it fills, so a long history never holds its whole JSON (180 MB for git/git).
    /// Stops at the first error `sink` throws and rethrows it.
    public static func write(_ analysis: Analysis, chunkSize: Int = 1 << 20, to sink: (UnsafeRawBufferPointer) throws -> Void) throws {
        try withoutActuallyEscaping(sink) { sink in
            var writer = Writer(chunkSize: chunkSize, sink: sink)
            writer.document(analysis)
            try writer.finish()
        }
    }

    /// Pretty-printing writer: two spaces per level, `"key" : value`, and an empty array or
    /// object as its brackets around one empty line.
    struct Writer {
        var bytes: [UInt8] = []
        /// For each open array or object, innermost last, whether it has no member yet; its
        /// count is the depth.
        private var empty: [Bool] = []
        /// Where full chunks go when streaming; `nil` keeps every byte in `bytes`.
        private let sink: ((UnsafeRawBufferPointer) throws -> Void)?
        private let chunkSize: Int
        /// The sink's first error; once set, arrays stop writing elements.
        private var failure: (any Error)?

        init() {
            sink = nil
            chunkSize = .max
        }

        init(chunkSize: Int, sink: @escaping (UnsafeRawBufferPointer) throws -> Void) {
            self.sink = sink
            self.chunkSize = max(1, chunkSize)
            bytes.reserveCapacity(self.chunkSize + (self.chunkSize >> 2))
        }

        mutating func document(_ analysis: Analysis) {
            object {
                $0.key("areas") { $0.array(analysis.areas) { $0.areaSummary($1) } }
                $0.key("commits") { $0.array(analysis.commits) { $0.analyzedCommit($1) } }
                $0.key("people") { $0.array(analysis.people) { $0.person($1) } }
                $0.key("schemaVersion") { $0.integer(analysis.schemaVersion) }
                $0.key("stories") { $0.array(analysis.stories) { $0.story($1) } }
            }
        }

        /// Hands the rest to the sink, or throws what it threw before.
        mutating func finish() throws {
            if let failure { throw failure }
            try drain()
        }

        /// Between array elements: a chunk that filled goes to the sink.
        private mutating func drainIfFull() {
            guard bytes.count >= chunkSize, failure == nil else { return }
            do { try drain() } catch { failure = error }
        }

        private mutating func drain() throws {
            guard let sink else { return }
            try bytes.withUnsafeBytes { try sink($0) }
            bytes.removeAll(keepingCapacity: true)
        }

        mutating func object(_ members: (inout Writer) -> Void) {
            open(0x7B)
            members(&self)
            close(0x7D)
        }

        mutating func array<Element>(_ elements: [Element], _ write: (inout Writer, Element) -> Void) {
            open(0x5B)
            for element in elements {
                if failure != nil { break }
                startMember()
                write(&self, element)
                drainIfFull()
            }
            close(0x5D)
        }

        mutating func key(_ name: StaticString, _ value: (inout Writer) -> Void) {
            startMember()
            bytes.append(0x22)
            name.withUTF8Buffer { bytes.append(contentsOf: $0) }
            bytes.append(contentsOf: [0x22, 0x20, 0x3A, 0x20])
            value(&self)
        }

        private mutating func open(_ bracket: UInt8) {
            bytes.append(bracket)
            empty.append(true)
        }

        private mutating func close(_ bracket: UInt8) {
            if empty.removeLast() { bytes.append(0x0A) }
            newline()
            bytes.append(bracket)
        }

        private mutating func startMember() {
            if empty[empty.count - 1] {
                empty[empty.count - 1] = false
            } else {
                bytes.append(0x2C)
            }
            newline()
        }

        private mutating func newline() {
            bytes.append(0x0A)
            for _ in 0..<(empty.count * 2) { bytes.append(0x20) }
        }

        /// Runs of bytes that need no escape are copied whole: most text has none.
        mutating func string(_ text: String) {
            bytes.append(0x22)
            var text = text
            text.withUTF8 { utf8 in
                var start = 0
                for index in 0..<utf8.count {
                    let byte = utf8[index]
                    guard byte < 0x20 || byte == 0x22 || byte == 0x5C else { continue }
                    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<index]))
                    escape(byte)
                    start = index + 1
                }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start...]))
            }
            bytes.append(0x22)
        }

        private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

        private mutating func escape(_ byte: UInt8) {
            switch byte {
            case 0x22: bytes.append(contentsOf: [0x5C, 0x22])
            case 0x5C: bytes.append(contentsOf: [0x5C, 0x5C])
            case 0x08: bytes.append(contentsOf: [0x5C, 0x62])
            case 0x09: bytes.append(contentsOf: [0x5C, 0x74])
            case 0x0A: bytes.append(contentsOf: [0x5C, 0x6E])
            case 0x0C: bytes.append(contentsOf: [0x5C, 0x66])
            case 0x0D: bytes.append(contentsOf: [0x5C, 0x72])
            default:
                bytes.append(contentsOf: [0x5C, 0x75, 0x30, 0x30, Writer.hexDigits[Int(byte >> 4)], Writer.hexDigits[Int(byte & 0x0F)]])
            }
        }

        mutating func integer<Number: BinaryInteger>(_ value: Number) {
            bytes.append(contentsOf: String(value).utf8)
        }

        /// Foundation writes a whole number without `.0`, and otherwise what `description` gives.
        mutating func number(_ value: Double) {
            var text = value.description
            if text.hasSuffix(".0") { text.removeLast(2) }
            bytes.append(contentsOf: text.utf8)
        }

        mutating func boolean(_ value: Bool) {
            bytes.append(contentsOf: (value ? "true" : "false").utf8)
        }

        mutating func strings(_ values: [String]) {
            array(values) { $0.string($1) }
        }

        // MARK: The model, keys in sorted order

        mutating func area(_ area: Area) {
            object {
                $0.key("id") { $0.string(area.id) }
                $0.key("spokenName") { $0.string(area.spokenName) }
            }
        }

        mutating func areaSummary(_ summary: AreaSummary) {
            object {
                $0.key("area") { $0.area(summary.area) }
                $0.key("commits") { $0.strings(summary.commits) }
                $0.key("people") { $0.strings(summary.people) }
            }
        }

        mutating func analyzedCommit(_ commit: AnalyzedCommit) {
            object {
                $0.key("area") { $0.area(commit.area) }
                $0.key("areaSource") { $0.string(commit.areaSource.rawValue) }
                $0.key("authorID") { $0.string(commit.authorID) }
                $0.key("category") { $0.string(commit.category.rawValue) }
                $0.key("coAuthorIDs") { $0.strings(commit.coAuthorIDs) }
                $0.key("commit") { $0.commit(commit.commit) }
                if let conventional = commit.conventional { $0.key("conventional") { $0.conventional(conventional) } }
                $0.key("isBot") { $0.boolean(commit.isBot) }
                $0.key("issueReferences") { $0.array(commit.issueReferences) { $0.issueReference($1) } }
                $0.key("otherAreas") { $0.array(commit.otherAreas) { $0.area($1) } }
                $0.key("score") { $0.score(commit.score) }
                $0.key("storyID") { $0.string(commit.storyID) }
                $0.key("summary") { $0.string(commit.summary) }
                if let topic = commit.topic { $0.key("topic") { $0.string(topic) } }
            }
        }

        mutating func commit(_ commit: Commit) {
            object {
                if let author = commit.author { $0.key("author") { $0.signature(author) } }
                $0.key("body") { $0.string(commit.body) }
                if let committer = commit.committer { $0.key("committer") { $0.signature(committer) } }
                $0.key("decorations") { $0.strings(commit.decorations) }
                if let summary = commit.diffSummary {
                    $0.key("diffSummary") {
                        $0.object {
                            $0.key("deletions") { $0.integer(summary.deletions) }
                            $0.key("filesChanged") { $0.integer(summary.filesChanged) }
                            $0.key("insertions") { $0.integer(summary.insertions) }
                        }
                    }
                }
                $0.key("files") { $0.array(commit.files) { $0.fileChange($1) } }
                $0.key("hash") { $0.string(commit.hash) }
                if let notes = commit.notes { $0.key("notes") { $0.string(notes) } }
                $0.key("parents") { $0.strings(commit.parents) }
                $0.key("subject") { $0.string(commit.subject) }
                $0.key("trailers") {
                    $0.array(commit.trailers) { writer, trailer in
                        writer.object {
                            $0.key("key") { $0.string(trailer.key) }
                            $0.key("value") { $0.string(trailer.value) }
                        }
                    }
                }
            }
        }

        mutating func signature(_ signature: Signature) {
            object {
                if let date = signature.date {
                    $0.key("date") {
                        $0.object {
                            if let seconds = date.seconds { $0.key("seconds") { $0.integer(seconds) } }
                            $0.key("text") { $0.string(date.text) }
                            if let offset = date.utcOffsetMinutes { $0.key("utcOffsetMinutes") { $0.integer(offset) } }
                        }
                    }
                }
                $0.key("email") { $0.string(signature.email) }
                $0.key("name") { $0.string(signature.name) }
            }
        }

        mutating func fileChange(_ file: FileChange) {
            object {
                if let additions = file.additions { $0.key("additions") { $0.integer(additions) } }
                if let changed = file.changedLines { $0.key("changedLines") { $0.integer(changed) } }
                if let deletions = file.deletions { $0.key("deletions") { $0.integer(deletions) } }
                $0.key("isBinary") { $0.boolean(file.isBinary) }
                if let kind = file.kind { $0.key("kind") { $0.string(kind.rawValue) } }
                if let oldPath = file.oldPath { $0.key("oldPath") { $0.string(oldPath) } }
                $0.key("path") { $0.string(file.path) }
                if let similarity = file.similarity { $0.key("similarity") { $0.integer(similarity) } }
            }
        }

        mutating func conventional(_ header: ConventionalCommit) {
            object {
                $0.key("breaking") { $0.boolean(header.breaking) }
                $0.key("description") { $0.string(header.description) }
                if let scope = header.scope { $0.key("scope") { $0.string(scope) } }
                $0.key("type") { $0.string(header.type) }
            }
        }

        mutating func issueReference(_ reference: IssueReference) {
            object {
                $0.key("number") { $0.integer(reference.number) }
                $0.key("relation") { $0.string(reference.relation) }
                if let repository = reference.repository { $0.key("repository") { $0.string(repository) } }
            }
        }

        mutating func score(_ score: Score) {
            object {
                $0.key("reasons") {
                    $0.array(score.reasons) { writer, reason in
                        writer.object {
                            $0.key("detail") { $0.string(reason.detail) }
                            $0.key("points") { $0.number(reason.points) }
                            $0.key("signal") { $0.string(reason.signal) }
                        }
                    }
                }
                $0.key("total") { $0.number(score.total) }
            }
        }

        mutating func person(_ person: Person) {
            object {
                $0.key("aliases") { $0.strings(person.aliases) }
                $0.key("coAuthored") { $0.strings(person.coAuthored) }
                $0.key("commits") { $0.strings(person.commits) }
                $0.key("email") { $0.string(person.email) }
                $0.key("id") { $0.string(person.id) }
                $0.key("isBot") { $0.boolean(person.isBot) }
                $0.key("name") { $0.string(person.name) }
            }
        }

        mutating func story(_ story: Story) {
            object {
                $0.key("areas") { $0.strings(story.areas) }
                $0.key("authors") { $0.strings(story.authors) }
                $0.key("category") { $0.string(story.category.rawValue) }
                $0.key("commits") { $0.strings(story.commits) }
                $0.key("headline") { $0.string(story.headline) }
                $0.key("id") { $0.string(story.id) }
                $0.key("issueReferences") { $0.array(story.issueReferences) { $0.issueReference($1) } }
                $0.key("kind") { $0.string(story.kind.rawValue) }
                $0.key("rank") { $0.integer(story.rank) }
                $0.key("score") { $0.score(story.score) }
                $0.key("summary") { $0.string(story.summary) }
            }
        }
    }
}
