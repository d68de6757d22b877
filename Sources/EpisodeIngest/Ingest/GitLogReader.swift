import Foundation
import EpisodeModel

/// Runs `git log` through Foundation's `Process` in the machine format and streams the commits
/// as git prints them. This is IO: it starts a process and reads its pipes.
///
/// Standard output is read in 1 MiB chunks (`DescriptorReader`) and parsed as it arrives; standard error is drained
/// on another thread so a chatty git can never fill its pipe and stall. When git exits non-zero,
/// the reader throws `GitError.failed` with git's standard error, verbatim.
public struct GitLogReader: Sendable {
    public var query: GitLogQuery
    /// The environment git runs in; its `PATH` is where git is looked for.
    public var environment: [String: String]

    public init(query: GitLogQuery, environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.query = query
        self.environment = environment
    }

    /// Runs git and calls `emit` for every commit, newest first (git's order), as soon as it is complete.
    /// Commits outside `query.window` are skipped.
    /// - Throws: `GitError` when git is missing, cannot start, fails, is killed, or prints output
    ///   that is not the expected format; whatever `emit` throws (git is then stopped).
    public func read(emit: (Commit) throws -> Void) throws {
        let executable = try GitExecutable.locate(in: environment)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = query.arguments
        process.environment = environment
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw GitError.launchFailed(executable: executable, reason: "\(error)")
        }

        let errorText = ErrorCollector()
        let drained = DispatchSemaphore(value: 0)
        let errorHandle = errors.fileHandleForReading
        Thread.detachNewThread {
            errorText.set(errorHandle.readDataToEndOfFile())
            drained.signal()
        }

        let window = query.window
        var parser = MachineLogParser()
        func filtered(_ commit: Commit) throws {
            if let window, !window.contains(commit) { return }
            try emit(commit)
        }
        do {
            do {
                try DescriptorReader.forEachChunk(of: output.fileHandleForReading.fileDescriptor) { chunk in
                    try parser.consume(chunk, emit: filtered)
                }
            } catch let failure as DescriptorReader.ReadError {
                throw GitError.launchFailed(executable: executable, reason: "reading its output failed: \(failure.reason)")
            } catch let problem as MachineLogParser.FormatError {
                throw GitError.unexpectedOutput(message: problem.message)
            }
        } catch {
            // Stop git; its output is no longer wanted.
            if process.isRunning { process.terminate() }
            try? output.fileHandleForReading.close()
            process.waitUntilExit()
            drained.wait()
            throw error
        }
        process.waitUntilExit()
        drained.wait()
        let status = process.terminationStatus
        if process.terminationReason == .uncaughtSignal {
            throw GitError.killed(signal: status, message: errorText.text, arguments: query.arguments)
        }
        if status != 0 {
            throw GitError.failed(status: status, message: errorText.text, arguments: query.arguments)
        }
        do {
            try parser.finish(emit: filtered)
        } catch let problem as MachineLogParser.FormatError {
            throw GitError.unexpectedOutput(message: problem.message)
        }
    }
}

/// Holds git's standard error, written by the draining thread and read after it finished.
private final class ErrorCollector: @unchecked Sendable {
    private let lock = NSLock()
    private var data = Data()

    func set(_ value: Data) {
        lock.lock()
        data = value
        lock.unlock()
    }

    var text: String {
        lock.lock()
        defer { lock.unlock() }
        return String(decoding: data, as: UTF8.self)
    }
}
