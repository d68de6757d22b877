import Foundation
import EpisodeAnalysis

/// libFuzzer entry: the show configuration loader reads arbitrary bytes as JSON and must either
/// load them or throw a `ConfigurationError`, never crash or hang. Built by Scripts/fuzz.sh.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzConfiguration(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
    guard let start else { return 0 }
    let data = Data(bytes: start, count: count)
    _ = try? ShowConfigurationLoader.load(data, file: "fuzz.json")
    return 0
}
