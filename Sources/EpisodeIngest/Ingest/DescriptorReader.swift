#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads an open file descriptor to its end in 1 MiB chunks, handing each to a streaming parser
/// as it arrives: nothing is kept between chunks. This is IO. Used for git's output pipe and for
/// a piped or saved log.
public enum DescriptorReader {
    /// Why reading failed: the system's words for `errno`.
    public struct ReadError: Error, Equatable, Sendable {
        public var reason: String
    }

    static let chunkSize = 1 << 20

    /// Calls `body` with every chunk until the end of input; a read interrupted by a signal is retried.
    /// - Throws: `ReadError` when `read` fails; whatever `body` throws.
    public static func forEachChunk(of descriptor: Int32, _ body: (UnsafeRawBufferPointer) throws -> Void) throws {
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: chunkSize, alignment: 16)
        defer { buffer.deallocate() }
        while true {
            let count = read(descriptor, buffer.baseAddress, chunkSize)
            if count < 0 {
                if errno == EINTR { continue }
                throw ReadError(reason: String(cString: strerror(errno)))
            }
            if count == 0 { return }
            try body(UnsafeRawBufferPointer(rebasing: buffer[0..<count]))
        }
    }
}
