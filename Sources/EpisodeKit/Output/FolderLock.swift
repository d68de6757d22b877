#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// An exclusive lock on a folder, held through `flock(2)` on a lock file inside it. The kernel
/// drops it when the process ends, however it ends, so a killed run never leaves a stale lock.
/// This is IO.
public final class FolderLock {
    /// The lock file's name in the folder; it stays there, empty.
    public static let fileName = ".episodegen.lock"

    private let descriptor: Int32

    /// Takes the lock without waiting.
    /// - Parameter folder: an existing folder.
    /// - Throws: `FolderLockedError` (exit 9) when another run holds it, `BundleWriteError.fileSystem`
    ///   when the lock file cannot be opened.
    public init(folder: String) throws {
        let path = folder + "/" + Self.fileName
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw BundleWriteError.fileSystem(path: path, reason: String(cString: strerror(errno))) }
        while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            if errno == EINTR { continue }
            let busy = errno == EWOULDBLOCK
            let reason = String(cString: strerror(errno))
            close(descriptor)
            if busy { throw FolderLockedError(folder: folder) }
            throw BundleWriteError.fileSystem(path: path, reason: reason)
        }
        self.descriptor = descriptor
    }

    deinit { close(descriptor) }
}
