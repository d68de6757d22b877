#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A large byte buffer in front of a file descriptor, flushed with write(2): one system call per
/// megabyte instead of one per commit, and no `Data` copies.
public struct FileDescriptorOutput {
    public let descriptor: Int32
    /// Flush once the buffer holds this many bytes.
    public let threshold: Int
    public var buffer: [UInt8]

    public init(descriptor: Int32, threshold: Int = 1 << 20) {
        self.descriptor = descriptor
        self.threshold = threshold
        self.buffer = []
        buffer.reserveCapacity(threshold + (threshold >> 2))
    }

    /// Flushes when the buffer is over the threshold; call after appending.
    public mutating func flushIfFull() throws {
        if buffer.count >= threshold { try flush() }
    }

    public mutating func append(_ text: String) {
        buffer.append(contentsOf: text.utf8)
    }

    /// Writes everything buffered, retrying partial writes and interrupted calls.
    /// - Throws: `OutputError` with the system's reason when write(2) fails.
    public mutating func flush() throws {
        try buffer.withUnsafeBytes { try Self.writeAll($0, to: descriptor) }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Writes all of `bytes` to `descriptor`, retrying partial writes and interrupted calls.
    /// Shared with `BundleWriter`, so both writers handle short writes the same way.
    /// - Throws: `OutputError` with the system's reason when write(2) fails.
    static func writeAll(_ bytes: UnsafeRawBufferPointer, to descriptor: Int32) throws {
        var offset = 0
        while offset < bytes.count {
            let written = write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                throw OutputError(message: String(cString: strerror(errno)))
            }
            offset += written
        }
    }
}
