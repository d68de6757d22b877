import EpisodeModel

/// When each sentence of an approved script is said: timed by the speaking rate, or stretched to a
/// measured audio length. The transcript and the chapters are both read off it. Pure.
public struct ScriptTimeline: Equatable, Sendable {
    /// A sentence and its time span, in seconds from the start.
    public struct Cue: Equatable, Sendable {
        public var text: String
        public var start: Double
        public var end: Double
    }

    /// A paragraph of the script: its cues, and the draft segment it came from (`nil` for new text).
    public struct Paragraph: Equatable, Sendable {
        public var segment: Int?
        public var cues: [Cue]
    }

    public var paragraphs: [Paragraph]
    /// The end of the last cue.
    public var duration: Double

    /// - Parameters:
    ///   - script: the approved script.txt, possibly edited.
    ///   - episode: its draft, to know which segment each paragraph came from.
    ///   - wordsPerMinute: the speaking rate when there is no audio.
    ///   - audioSeconds: the measured length of the audio; every time is scaled so the last cue ends there.
    public init(script: String, episode: Episode, wordsPerMinute: Double, audioSeconds: Double? = nil) {
        let report = ScriptChecker(wordsPerMinute: wordsPerMinute).report(script: script, against: episode)
        let rate = wordsPerMinute > 0 ? wordsPerMinute : ShowConfiguration().wordsPerMinute
        var paragraphs: [Paragraph] = []
        var clock = 0.0
        for (paragraph, match) in zip(ScriptParagraph.paragraphs(of: script), report.paragraphs) {
            var cues: [Cue] = []
            for sentence in SentenceTools.sentences(in: paragraph.text) {
                // A sentence with no spoken word (a stray dash) still gets a moment on screen.
                let seconds = max(0.5, Double(SentenceTools.wordCount(sentence)) * 60 / rate)
                cues.append(Cue(text: sentence, start: clock, end: clock + seconds))
                clock += seconds
            }
            paragraphs.append(Paragraph(segment: match.segment, cues: cues))
        }
        if let audioSeconds, audioSeconds > 0, clock > 0 {
            let scale = audioSeconds / clock
            for index in paragraphs.indices {
                for cue in paragraphs[index].cues.indices {
                    paragraphs[index].cues[cue].start *= scale
                    paragraphs[index].cues[cue].end *= scale
                }
            }
            clock = audioSeconds
        }
        self.paragraphs = paragraphs
        self.duration = clock
    }
}
