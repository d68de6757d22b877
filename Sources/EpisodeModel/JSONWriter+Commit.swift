import EpisodeText

/// The one encoding of a `Commit` (keys sorted, `nil` fields left out, as its synthesized
/// `Codable` writes them), used by both the `commits` JSON Lines and the `analyze` JSON.
/// Written with the closure-free steps, and inlinable so that `CommitJSONLines` compiles it
/// together with its caller: it runs once per commit of a whole history.
extension JSONWriter {
    @inlinable
    public mutating func commit(_ commit: Commit) {
        beginObject()
        if let author = commit.author {
            key("author")
            signature(author)
        }
        key("body")
        string(commit.body)
        if let committer = commit.committer {
            key("committer")
            signature(committer)
        }
        key("decorations")
        strings(commit.decorations)
        if let summary = commit.diffSummary {
            key("diffSummary")
            beginObject()
            key("deletions")
            integer(summary.deletions)
            key("filesChanged")
            integer(summary.filesChanged)
            key("insertions")
            integer(summary.insertions)
            endObject()
        }
        key("files")
        beginArray()
        for file in commit.files {
            element()
            fileChange(file)
        }
        endArray()
        key("hash")
        string(commit.hash)
        if let notes = commit.notes {
            key("notes")
            string(notes)
        }
        key("parents")
        strings(commit.parents)
        key("subject")
        string(commit.subject)
        key("trailers")
        beginArray()
        for trailer in commit.trailers {
            element()
            beginObject()
            key("key")
            string(trailer.key)
            key("value")
            string(trailer.value)
            endObject()
        }
        endArray()
        endObject()
    }

    @inlinable
    mutating func signature(_ signature: Signature) {
        beginObject()
        if let date = signature.date {
            key("date")
            beginObject()
            if let seconds = date.seconds {
                key("seconds")
                integer(seconds)
            }
            key("text")
            string(date.text)
            if let offset = date.utcOffsetMinutes {
                key("utcOffsetMinutes")
                integer(offset)
            }
            endObject()
        }
        key("email")
        string(signature.email)
        key("name")
        string(signature.name)
        endObject()
    }

    @inlinable
    mutating func fileChange(_ file: FileChange) {
        beginObject()
        if let additions = file.additions {
            key("additions")
            integer(additions)
        }
        if let changed = file.changedLines {
            key("changedLines")
            integer(changed)
        }
        if let deletions = file.deletions {
            key("deletions")
            integer(deletions)
        }
        key("isBinary")
        boolean(file.isBinary)
        if let kind = file.kind {
            key("kind")
            string(kind.rawValue)
        }
        if let oldPath = file.oldPath {
            key("oldPath")
            string(oldPath)
        }
        key("path")
        string(file.path)
        if let similarity = file.similarity {
            key("similarity")
            integer(similarity)
        }
        endObject()
    }
}
