import EpisodeModel
import EpisodeText

/// The commit being read: header fields as they arrive, turned into a `Commit` at its end.
///
/// The message and notes bytes live in the parser's reusable buffers and are passed to
/// `commit(message:notes:)`, so each String is built once from them.
struct CommitDraft {
    var hash: String
    /// 1-based line of the `commit <hash>` (or `--oneline`) line, for messages about this commit.
    var line: Int
    var parents: [String] = []
    var author: Signature?
    var committer: Signature?
    var decorations: [String] = []
    var files: [FileChange] = []
    var diffSummary: DiffSummary?
    /// The subject of a `--oneline` commit, which has no message block.
    var onelineSubject: String?
    var hasNotes = false

    init(hash: String, line: Int) {
        self.hash = hash
        self.line = line
    }

    consuming func commit(message: UnsafeBufferPointer<UInt8>, notes: UnsafeBufferPointer<UInt8>) -> Commit {
        var subject = onelineSubject ?? ""
        var body = ""
        var trailers: [Trailer] = []
        if onelineSubject == nil {
            let parts = MessageSplitter.split(message)
            (subject, body, trailers) = (parts.subject, parts.body, parts.trailers)
        }
        var notesText: String?
        if hasNotes {
            var end = notes.count
            while end > 0, notes[end - 1] == 0x0A { end -= 1 }
            notesText = TextDecoding.string(ByteText.slice(notes, 0, end))
        }
        return Commit(
            hash: hash,
            parents: parents,
            author: author,
            committer: committer,
            subject: subject,
            body: body,
            trailers: trailers,
            decorations: decorations,
            notes: notesText,
            files: files,
            diffSummary: diffSummary
        )
    }
}
