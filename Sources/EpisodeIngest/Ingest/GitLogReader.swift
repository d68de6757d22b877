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
    /// Commits outside `query.window` are skipped; for a window on the author date, a first cheap
    /// pass picks the commits so that git diffs only those.
    /// - Throws: `GitError` when git is missing, cannot start, fails, is killed, or prints output
    ///   that is not the expected format; whatever `emit` throws (git is then stopped).
    public func read(emit: (Commit) throws -> Void) throws {
        let executable = try GitExecutable.locate(in: environment)
        var arguments = query.arguments
        if let scan = query.authorDateScanArguments, let window = query.window {
            var listing: [UInt8] = []
            try run(executable, scan) { listing.append(contentsOf: $0) }
            let hashes = GitLogReader.hashes(inListing: listing, authoredIn: window)
            if hashes.isEmpty { return }
            arguments = query.arguments(forCommits: hashes) ?? arguments
        }
        let window = query.window
        var parser = MachineLogParser()
        func filtered(_ commit: Commit) throws {
            if let window, !window.contains(commit) { return }
            try emit(commit)
        }
        try run(executable, arguments) { try parser.consume($0, emit: filtered) }
        do {
            try parser.finish(emit: filtered)
        } catch let problem as MachineLogParser.FormatError {
            throw GitError.unexpectedOutput(message: problem.message)
        }
    }

    /// The hashes of a `<hash> <seconds>` listing whose seconds fall in `window`, in listing order.
    static func hashes(inListing listing: [UInt8], authoredIn window: DateWindow) -> [String] {
        var hashes: [String] = []
        for line in listing.split(separator: UInt8(ascii: "\n")) {
            guard let space = line.firstIndex(of: UInt8(ascii: " ")),
                  let seconds = Int64(String(decoding: line[(space + 1)...], as: UTF8.self)), window.contains(seconds) else { continue }
            hashes.append(String(decoding: line[..<space], as: UTF8.self))
        }
        return hashes
    }

    /// Runs git with `arguments`, handing its standard output to `consume` chunk by chunk.
    /// git's exit is awaited through its termination handler rather than `waitUntilExit`, which
    /// polls a run loop and so adds tens of milliseconds to every run.
    private func run(_ executable: String, _ arguments: [String], consume: (UnsafeRawBufferPointer) throws -> Void) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.environment = environment
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        let exited = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in exited.signal() }
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

        do {
            do {
                try DescriptorReader.forEachChunk(of: output.fileHandleForReading.fileDescriptor, consume)
            } catch let failure as DescriptorReader.ReadError {
                throw GitError.launchFailed(executable: executable, reason: "reading its output failed: \(failure.reason)")
            } catch let problem as MachineLogParser.FormatError {
                throw GitError.unexpectedOutput(message: problem.message)
            }
        } catch {
            // Stop git; its output is no longer wanted.
            if process.isRunning { process.terminate() }
            try? output.fileHandleForReading.close()
            exited.wait()
            drained.wait()
            throw error
        }
        exited.wait()
        drained.wait()
        let status = process.terminationStatus
        if process.terminationReason == .uncaughtSignal {
            throw GitError.killed(signal: status, message: errorText.text, arguments: arguments)
        }
        if status != 0 {
            throw GitError.failed(status: status, message: errorText.text, arguments: arguments)
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
