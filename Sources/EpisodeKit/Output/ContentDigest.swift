/// FNV-1a, 64 bits: a fast fingerprint of a file's bytes, to tell whether a person changed a file
/// since episodegen wrote it. Not a security measure. Pure.
public enum ContentDigest {
    /// `fnv1a64:` and sixteen lowercase hex digits.
    public static func of<Bytes: Sequence>(_ bytes: Bytes) -> String where Bytes.Element == UInt8 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return "fnv1a64:" + String(repeating: "0", count: 16 - hex.count) + hex
    }
}
