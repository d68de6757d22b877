/// The script as SSML for text-to-speech engines: `<speak>`, a `<p>` per segment with an
/// `<s>` per sentence, `<break>` pauses between segments (longer around the lead and before
/// the sign-off), `<emphasis>` where templates marked it, XML escaping everywhere. Pure.
public enum SSMLRenderer {
    public static func render(_ episode: Episode) -> String {
        var lines = ["<?xml version=\"1.0\" encoding=\"UTF-8\"?>", "<speak version=\"1.1\" xmlns=\"http://www.w3.org/2001/10/synthesis\" xml:lang=\"en-US\">"]
        for (index, segment) in episode.segments.enumerated() {
            if index > 0 { lines.append("  <break time=\"\(pause(before: segment.kind))\"/>") }
            lines.append("  <p>")
            for sentence in sentences(of: segment) { lines.append("    <s>\(sentence)</s>") }
            lines.append("  </p>")
        }
        lines.append("</speak>")
        return lines.joined(separator: "\n") + "\n"
    }

    static func pause(before kind: SegmentKind) -> String {
        switch kind {
        case .lead, .signoff: return "1000ms"
        case .framing: return "500ms"
        default: return "750ms"
        }
    }

    /// The segment's sentences, escaped, with emphasis spans wrapped.
    static func sentences(of segment: Segment) -> [String] {
        let scalars = Array(segment.text.unicodeScalars)
        var starts = Set<Int>()
        var ends = Set<Int>()
        for span in segment.emphasis where span.length > 0 && span.start >= 0 && span.start + span.length <= scalars.count {
            starts.insert(span.start)
            ends.insert(span.start + span.length)
        }
        var result: [String] = []
        var current = ""
        var open = false
        var index = 0
        while index < scalars.count {
            if ends.contains(index), open { current += "</emphasis>"; open = false }
            if starts.contains(index), !open { current += "<emphasis level=\"moderate\">"; open = true }
            let scalar = scalars[index]
            current += escape(scalar)
            // A sentence ends where `SentenceTools` would end it (not after "e.g."), outside an emphasis.
            if ".!?".unicodeScalars.contains(scalar), index + 1 < scalars.count, scalars[index + 1] == " ", !open,
               endsSentence(scalars, at: index) {
                result.append(current)
                current = ""
                index += 2
                continue
            }
            index += 1
        }
        if open { current += "</emphasis>" }
        if !current.isEmpty { result.append(current) }
        return result
    }

    /// The same rule as `SentenceTools.sentences`: the word ending at `index` is no abbreviation
    /// and the next word starts like a sentence (a capital, a digit, a quote or a parenthesis).
    static func endsSentence(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        var start = index
        while start > 0, scalars[start - 1] != " " { start -= 1 }
        var word = String.UnicodeScalarView()
        word.append(contentsOf: scalars[start...index])
        if SentenceTools.abbreviations.contains(String(word).lowercased()) { return false }
        guard index + 2 < scalars.count else { return true }
        let next = Character(scalars[index + 2])
        return next.isUppercase || next.isNumber || next == "\"" || next == "'" || next == "("
    }

    static func escape(_ scalar: Unicode.Scalar) -> String {
        MarkupEscaping.escape(scalar) ?? String(scalar)
    }
}
