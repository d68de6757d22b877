import EpisodeText

/// The one encoding of a `Commit` (keys sorted, `nil` fields left out, as its synthesized
/// `Codable` writes them), used by both the `commits` JSON Lines and the `analyze` JSON.
extension JSONWriter {
    package mutating func commit(_ commit: Commit) {
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
}
