import Foundation
import EpisodeIngest

/// Renders SSML to a WAV file with `espeak-ng -m -f FILE -w OUT`. IO: runs a program.
struct SpeechSynthesizer {
    static let programName = "espeak-ng"

    let executable: String

    /// The synthesizer in `environment`'s `PATH`, or `nil` when it is not installed.
    static func find(in environment: [String: String]) -> SpeechSynthesizer? {
        ExecutableSearch.locate(programName, in: environment).map(SpeechSynthesizer.init(executable:))
    }

    /// Speaks `ssml` into `output` and returns the audio's length, read from the WAV header.
    /// - Throws: `AudioError.synthesisFailed` when the program fails or its output is not a WAV file.
    func render(ssml: String, to output: URL) throws -> Double {
        let input = output.deletingLastPathComponent().appendingPathComponent(".episodegen-tmp-\(getpid())-speech.ssml")
        defer { try? FileManager.default.removeItem(at: input) }
        do {
            try Data(ssml.utf8).write(to: input)
        } catch {
            throw AudioError.synthesisFailed(reason: "cannot write \(input.path): \(error.localizedDescription)")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["-m", "-f", input.path, "-w", output.path]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw AudioError.synthesisFailed(reason: "cannot run \(executable): \(error.localizedDescription)")
        }
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            try? FileManager.default.removeItem(at: output)
            let detail = message.trimmingCharacters(in: .whitespacesAndNewlines)
            throw AudioError.synthesisFailed(reason: "exit status \(process.terminationStatus)" + (detail.isEmpty ? "" : ": \(detail)"))
        }
        guard let bytes = FileManager.default.contents(atPath: output.path), let seconds = WAVHeader.durationSeconds(of: Array(bytes)) else {
            try? FileManager.default.removeItem(at: output)
            throw AudioError.synthesisFailed(reason: "\(output.lastPathComponent) is not a WAV file")
        }
        return seconds
    }
}
