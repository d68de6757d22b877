import Foundation

/// What one in-process run of the command line left: its exit status and both output streams.
struct CommandRun {
    var status: Int32
    var output: Data
    var error: String
    var outputText: String { String(decoding: output, as: UTF8.self) }
}
