/// The script as a WebVTT transcript (`transcript.vtt`, `text/vtt`): one cue a sentence, timed by
/// a `ScriptTimeline`. Pure.
public enum TranscriptRenderer {
    public static let fileName = "transcript.vtt"

    public static func render(_ timeline: ScriptTimeline) -> String {
        var text = "WEBVTT\n"
        var number = 0
        for paragraph in timeline.paragraphs {
            for cue in paragraph.cues {
                number += 1
                text += "\n\(number)\n\(timestamp(cue.start)) --> \(timestamp(cue.end))\n\(escape(cue.text))\n"
            }
        }
        return text
    }

    /// `HH:MM:SS.mmm`.
    static func timestamp(_ seconds: Double) -> String {
        let milliseconds = Int((max(0, seconds) * 1000).rounded())
        let h = milliseconds / 3_600_000, m = milliseconds / 60_000 % 60, s = milliseconds / 1000 % 60, ms = milliseconds % 1000
        func pad(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(pad(h, 2)):\(pad(m, 2)):\(pad(s, 2)).\(pad(ms, 3))"
    }

    /// Cue text cannot hold `&`, `<` or `-->` raw (WebVTT reads them as markup or a timing line).
    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
    }
}
