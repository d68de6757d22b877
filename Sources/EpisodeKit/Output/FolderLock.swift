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
    /// Tries 10 ms apart before giving up: 0.3 s in all.
    private static let retries = 30

    /// Takes the lock, waiting at most 0.3 s.
    /// - Parameter folder: an existing folder.
    /// - Throws: `FolderLockedError` (exit 9) when another run holds it, `BundleWriteError.fileSystem`
    ///   when the lock file cannot be opened.
    public init(folder: String) throws {
        let path = folder + "/" + Self.fileName
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw BundleWriteError.fileSystem(path: path, reason: String(cString: strerror(errno))) }
        var attempts = 0
        while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            if errno == EINTR { continue }
            // A child process being spawned holds a copy of a just-released lock until its exec
            // closes it: give that a moment before calling the lock taken.
            if errno == EWOULDBLOCK, attempts < Self.retries {
                attempts += 1
                usleep(10_000)
                continue
            }
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
