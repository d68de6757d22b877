import Foundation

/// A WebVTT file read by a small parser of the format's grammar (the parts episodegen writes):
/// the `WEBVTT` signature line, then cues separated by blank lines, each an optional identifier,
/// a `HH:MM:SS.mmm --> HH:MM:SS.mmm` timing line and one or more payload lines. Throws on anything else.
public struct WebVTTDocument: Equatable {
    public struct Cue: Equatable {
        public var identifier: String?
        public var start: Double
        public var end: Double
        public var text: String
    }

    public struct Malformed: Error, CustomStringConvertible {
        public var line: Int
        public var reason: String
        public var description: String { "WebVTT line \(line): \(reason)" }
    }

    public var cues: [Cue]

    public init(parsing text: String) throws {
        var lines = text.components(separatedBy: "\n")
        if lines.last == "" { lines.removeLast() }
        guard let first = lines.first, first == "WEBVTT" || first.hasPrefix("WEBVTT ") || first.hasPrefix("WEBVTT\t") else {
            throw Malformed(line: 1, reason: "does not start with WEBVTT")
        }
        var cues: [Cue] = []
        var index = 1
        while index < lines.count {
            guard lines[index].isEmpty else { throw Malformed(line: index + 1, reason: "expected a blank line before a cue") }
            while index < lines.count, lines[index].isEmpty { index += 1 }
            guard index < lines.count else { break }
            var identifier: String? = nil
            if !lines[index].contains("-->") {
                identifier = lines[index]
                index += 1
            }
            guard index < lines.count else { throw Malformed(line: index, reason: "a cue identifier without a timing line") }
            let (start, end) = try Self.timing(lines[index], line: index + 1)
            index += 1
            var payload: [String] = []
            while index < lines.count, !lines[index].isEmpty {
                guard !lines[index].contains("-->") else { throw Malformed(line: index + 1, reason: "\"-->\" in a cue's text") }
                payload.append(lines[index])
                index += 1
            }
            guard !payload.isEmpty else { throw Malformed(line: index, reason: "a cue without text") }
            cues.append(Cue(identifier: identifier, start: start, end: end, text: payload.joined(separator: "\n")))
        }
        self.cues = cues
    }

    private static func timing(_ text: String, line: Int) throws -> (Double, Double) {
        let parts = text.components(separatedBy: " --> ")
        guard parts.count == 2, let start = timestamp(parts[0]), let end = timestamp(parts[1]) else {
            throw Malformed(line: line, reason: "not a timing line: \(text)")
        }
        guard start <= end else { throw Malformed(line: line, reason: "the cue ends before it starts") }
        return (start, end)
    }

    /// `HH:MM:SS.mmm` or `MM:SS.mmm`.
    private static func timestamp(_ text: String) -> Double? {
        let pieces = text.split(separator: ":", omittingEmptySubsequences: false)
        guard (2...3).contains(pieces.count), let last = pieces.last else { return nil }
        let secondParts = last.split(separator: ".", omittingEmptySubsequences: false)
        guard secondParts.count == 2, secondParts[0].count == 2, secondParts[1].count == 3,
              let seconds = Int(secondParts[0]), let milliseconds = Int(secondParts[1]), seconds < 60 else { return nil }
        var total = Double(seconds) + Double(milliseconds) / 1000
        guard let minutes = Int(pieces[pieces.count - 2]), pieces[pieces.count - 2].count == 2, minutes < 60 else { return nil }
        total += Double(minutes) * 60
        if pieces.count == 3 {
            guard let hours = Int(pieces[0]), pieces[0].count >= 2 else { return nil }
            total += Double(hours) * 3600
        }
        return total
    }
}
