import EpisodeModel
import EpisodeText

/// The indented message and `Notes:` lines, and handing the finished commit on.
extension LogParser {
    mutating func handleMessage(_ line: UnsafeBufferPointer<UInt8>, emit: (Commit) throws -> Void) throws {
        if ByteText.hasPrefix(line, Self.messageIndent) {
            if !message.isEmpty {
                message.append(UInt8(ascii: "\n"))
                if pendingBlank { message.append(UInt8(ascii: "\n")) }
            }
            message.append(contentsOf: ByteText.drop(line, after: Self.messageIndent))
            pendingBlank = false
            return
        }
        if line.isEmpty || ByteText.isBlank(line) {
            if pendingBlank { state = .details }
            pendingBlank = true
            return
        }
        state = .details
        filesClosed = false
        try handleDetails(line, emit: emit)
    }

    mutating func handleNotes(_ line: UnsafeBufferPointer<UInt8>, emit: (Commit) throws -> Void) throws {
        if ByteText.hasPrefix(line, Self.messageIndent) {
            if !notes.isEmpty, notes.last != UInt8(ascii: "\n") { notes.append(UInt8(ascii: "\n")) }
            notes.append(contentsOf: ByteText.drop(line, after: Self.messageIndent))
            notes.append(UInt8(ascii: "\n"))
            return
        }
        state = .details
        filesClosed = false
        try handleDetails(line, emit: emit)
    }

    /// Emits the commit being read, if any, and resets the per-commit state.
    mutating func flushCommit(emit: (Commit) throws -> Void) throws {
        finishPatchFile()
        guard let current = draft.take() else { return }
        let commit = message.withUnsafeBufferPointer { messageBytes in
            notes.withUnsafeBufferPointer { notesBytes in
                current.commit(message: messageBytes, notes: notesBytes)
            }
        }
        message.removeAll(keepingCapacity: true)
        notes.removeAll(keepingCapacity: true)
        pendingBlank = false
        filesClosed = false
        patch.hunkOld = 0
        patch.hunkNew = 0
        patch.inCombinedHunk = false
        patch.file = nil
        patch.filesBefore = nil
        commitCount += 1
        try emit(commit)
    }
}
