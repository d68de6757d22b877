import EpisodeModel
import EpisodeText

/// `Analysis` as pretty-printed JSON, written straight into bytes by `JSONWriter`.
///
/// Byte-identical to Foundation's `JSONEncoder` with `.sortedKeys`, `.prettyPrinted` and
/// `.withoutEscapingSlashes` on the same value (no final newline), at a fraction of its time
/// and memory: that encoder builds a tree of the whole document first, which on a long history
/// costs more than the analysis itself. Commits are written by the one commit encoding
/// (`JSONWriter.commit`). A test compares both encoders on corpus analyses, so a field added
/// to the model without being added here fails.
public enum AnalysisJSON {
    public static func encode(_ analysis: Analysis) -> [UInt8] {
        var writer = JSONWriter(layout: .pretty)
        writer.bytes.reserveCapacity(analysis.commits.count * 2_500)
        writer.analysis(analysis) { _ in true }
        return writer.bytes
    }

    /// Writes the same bytes as `encode` in pieces of about `chunkSize` bytes, handing each to
    /// `sink` as it fills, so a long history never holds its whole JSON (180 MB for git/git).
    /// Stops at the first error `sink` throws and rethrows it.
    public static func write(_ analysis: Analysis, chunkSize: Int = 1 << 20, to sink: (UnsafeRawBufferPointer) throws -> Void) throws {
        var writer = JSONWriter(layout: .pretty)
        let chunkSize = max(1, chunkSize)
        writer.bytes.reserveCapacity(chunkSize + (chunkSize >> 2))
        var failure: (any Error)?
        writer.analysis(analysis) { writer in
            guard writer.bytes.count >= chunkSize else { return true }
            do {
                try writer.bytes.withUnsafeBytes(sink)
                writer.bytes.removeAll(keepingCapacity: true)
                return true
            } catch {
                failure = error
                return false
            }
        }
        if let failure { throw failure }
        try writer.bytes.withUnsafeBytes(sink)
    }
}

/// The document, streamed: `drain` runs after every element of its arrays and may hand the
/// bytes so far elsewhere; when it returns false, writing stops.
extension JSONWriter {
    mutating func analysis(_ analysis: Analysis, drain: (inout JSONWriter) -> Bool) {
        var going = true
        beginObject()
        key("areas")
        elements(analysis.areas, &going, drain) { $0.areaSummary($1) }
        key("commits")
        elements(analysis.commits, &going, drain) { $0.analyzedCommit($1) }
        key("people")
        elements(analysis.people, &going, drain) { $0.person($1) }
        key("schemaVersion")
        integer(analysis.schemaVersion)
        key("span")
        span(analysis.span)
        key("stories")
        elements(analysis.stories, &going, drain) { $0.story($1) }
        endObject()
    }

    private mutating func elements<Element>(
        _ values: [Element], _ going: inout Bool, _ drain: (inout JSONWriter) -> Bool, _ write: (inout JSONWriter, Element) -> Void
    ) {
        beginArray()
        for value in values where going {
            element()
            write(&self, value)
            going = drain(&self)
        }
        endArray()
    }
}

/// The analysis model, keys in sorted order.
extension JSONWriter {
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
            $0.key("affects") { $0.strings(commit.affects) }
            $0.key("area") { $0.area(commit.area) }
            $0.key("areaSource") { $0.string(commit.areaSource.rawValue) }
            $0.key("authorID") { $0.string(commit.authorID) }
            $0.key("category") { $0.string(commit.category.rawValue) }
            $0.key("coAuthorIDs") { $0.strings(commit.coAuthorIDs) }
            $0.key("commit") { $0.commit(commit.commit) }
            if let conventional = commit.conventional { $0.key("conventional") { $0.conventional(conventional) } }
            $0.key("isBot") { $0.boolean(commit.isBot) }
            $0.key("issueReferences") { $0.array(commit.issueReferences) { $0.issueReference($1) } }
            $0.key("message") { $0.array(commit.message) { $0.messageSentence($1) } }
            $0.key("otherAreas") { $0.array(commit.otherAreas) { $0.area($1) } }
            $0.key("score") { $0.score(commit.score) }
            $0.key("storyID") { $0.string(commit.storyID) }
            $0.key("summary") { $0.string(commit.summary) }
            if let topic = commit.topic { $0.key("topic") { $0.string(topic) } }
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
                        $0.key("signal") { $0.string(reason.signal.rawValue) }
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

    mutating func messageSentence(_ sentence: MessageSentence) {
        object {
            $0.key("length") { $0.integer(sentence.length) }
            $0.key("offset") { $0.integer(sentence.offset) }
            $0.key("role") { $0.string(sentence.role.rawValue) }
            $0.key("text") { $0.string(sentence.text) }
        }
    }

    mutating func span(_ span: Span) {
        object {
            $0.key("days") {
                $0.array(span.days) { writer, day in
                    writer.object {
                        $0.key("commits") { $0.strings(day.commits) }
                        $0.key("day") { $0.string(day.day) }
                    }
                }
            }
            if let first = span.first { $0.key("first") { $0.string(first) } }
            if let last = span.last { $0.key("last") { $0.string(last) } }
        }
    }

    mutating func story(_ story: Story) {
        object {
            $0.key("affects") { $0.strings(story.affects) }
            $0.key("areas") { $0.strings(story.areas) }
            $0.key("authors") { $0.strings(story.authors) }
            $0.key("category") { $0.string(story.category.rawValue) }
            $0.key("commits") { $0.strings(story.commits) }
            $0.key("fixesCrash") { $0.boolean(story.fixesCrash) }
            $0.key("headline") { $0.string(story.headline) }
            $0.key("id") { $0.string(story.id) }
            $0.key("issueReferences") { $0.array(story.issueReferences) { $0.issueReference($1) } }
            $0.key("kind") { $0.string(story.kind.rawValue) }
            $0.key("rank") { $0.integer(story.rank) }
            $0.key("score") { $0.score(story.score) }
            $0.key("summary") { $0.string(story.summary) }
            $0.key("telling") {
                $0.array(story.telling) { writer, told in
                    writer.object {
                        $0.key("commit") { $0.string(told.commit) }
                        $0.key("sentence") { $0.messageSentence(told.sentence) }
                    }
                }
            }
        }
    }
}
