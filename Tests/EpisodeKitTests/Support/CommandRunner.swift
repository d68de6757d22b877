import Foundation
import EpisodeKit

#if canImport(Glibc)
    import Glibc
#endif

/// Runs the command line in-process with temporary files as its standard streams.
enum CommandRunner {
    static func run(
        _ arguments: [String], standardInput: Data = Data(), inputIsTerminal: Bool = false, errorIsTerminal: Bool = false,
        environment: [String: String], now: Date = Date(), currentDirectory: String = FileManager.default.currentDirectoryPath
    ) throws -> CommandRun {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("episodegen-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let inputURL = folder.appendingPathComponent("stdin")
        try standardInput.write(to: inputURL)
        let outputURL = folder.appendingPathComponent("stdout")
        let errorURL = folder.appendingPathComponent("stderr")
        let input = open(inputURL.path, O_RDONLY)
        let output = open(outputURL.path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        let error = open(errorURL.path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        let status = EpisodeCommandLine.run(
            arguments: arguments, environment: environment,
            streams: StandardStreams(input: input, output: output, error: error, inputIsTerminal: inputIsTerminal, errorIsTerminal: errorIsTerminal),
            now: now, currentDirectory: currentDirectory)
        close(input)
        close(output)
        close(error)
        return CommandRun(
            status: status, output: try Data(contentsOf: outputURL),
            error: String(decoding: try Data(contentsOf: errorURL), as: UTF8.self))
    }
}
