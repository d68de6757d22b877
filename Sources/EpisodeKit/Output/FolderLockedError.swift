/// Another episodegen run is writing the same folder (the same show, or the same bundle). Exit 9:
/// this run stops without writing, and the other one finishes its work.
public struct FolderLockedError: Error, Equatable, Sendable, CustomStringConvertible {
    public var folder: String

    public var description: String {
        "another episodegen run is writing \(folder); this run stops without writing (run it again once that one has finished)"
    }
}
