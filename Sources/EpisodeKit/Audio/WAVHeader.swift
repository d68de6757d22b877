/// Reads how long a WAV file plays from its header: the `data` chunk's size over the `fmt `
/// chunk's byte rate. Pure.
public enum WAVHeader {
    /// Seconds, or `nil` when `bytes` is not a RIFF/WAVE file with a `fmt ` chunk before its `data` chunk.
    public static func durationSeconds(of bytes: [UInt8]) -> Double? {
        guard bytes.count >= 12, bytes[0..<4].elementsEqual("RIFF".utf8), bytes[8..<12].elementsEqual("WAVE".utf8) else { return nil }
        var offset = 12
        var byteRate: UInt32? = nil
        while offset + 8 <= bytes.count {
            let id = bytes[offset..<offset + 4]
            let size = Int(littleEndian(bytes, at: offset + 4))
            let body = offset + 8
            if id.elementsEqual("fmt ".utf8), size >= 16, body + 12 <= bytes.count {
                byteRate = littleEndian(bytes, at: body + 8)
            } else if id.elementsEqual("data".utf8) {
                guard let byteRate, byteRate > 0 else { return nil }
                // A writer that streamed the file may leave the size at its maximum: trust the bytes there are.
                let length = min(size, bytes.count - body)
                return Double(length) / Double(byteRate)
            }
            offset = body + size + (size & 1)
        }
        return nil
    }

    private static func littleEndian(_ bytes: [UInt8], at offset: Int) -> UInt32 {
        UInt32(bytes[offset]) | UInt32(bytes[offset + 1]) << 8 | UInt32(bytes[offset + 2]) << 16 | UInt32(bytes[offset + 3]) << 24
    }
}
