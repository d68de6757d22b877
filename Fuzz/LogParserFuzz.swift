import EpisodeIngest

/// libFuzzer entry: the human `git log` parser and the machine-format parser read arbitrary
/// bytes, split into two chunks at a position taken from the first byte, and must never crash
/// or hang. Built by Scripts/fuzz.sh, not by SwiftPM.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLogParser(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
    guard let start, count > 0 else { return 0 }
    let bytes = UnsafeRawBufferPointer(start: start, count: count)
    let split = Int(bytes[0]) * count / 256
    var parser = LogParser()
    var commits = 0
    try? parser.consume(UnsafeRawBufferPointer(rebasing: bytes[..<split])) { _ in commits += 1 }
    try? parser.consume(UnsafeRawBufferPointer(rebasing: bytes[split...])) { _ in commits += 1 }
    try? parser.finish { _ in commits += 1 }
    var machine = MachineLogParser()
    try? machine.consume(UnsafeRawBufferPointer(rebasing: bytes[..<split])) { _ in commits += 1 }
    try? machine.consume(UnsafeRawBufferPointer(rebasing: bytes[split...])) { _ in commits += 1 }
    try? machine.finish { _ in commits += 1 }
    return 0
}
