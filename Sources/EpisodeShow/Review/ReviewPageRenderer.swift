import Foundation
import EpisodeModel

/// The review page (`review.html`): one self-contained file an editor opens from disk. The
/// script on the left, each sentence clickable to show the commits behind it; the stories the
/// script left out, ranked; length; and `check`'s findings on the draft in place. Pure.
///
/// No network and no external files: the styles and the script are inline, the data is JSON in a
/// `<script type="application/json">` block (escaped by `HTMLEscaping.scriptJSON`), and the page's
/// script only ever sets `textContent`, so commit text cannot become markup.
public enum ReviewPageRenderer {
    public static let fileName = "review.html"

    /// - Throws: an `EncodingError` if the data cannot be encoded as JSON.
    public static func render(_ episode: Episode, analysis: Analysis) throws -> String {
        let data = ReviewDataBuilder.build(episode: episode, analysis: analysis)
        let report = ScriptChecker().report(script: ScriptRenderer.render(episode), against: episode)
        var html = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'">
            <title>Review: \(HTMLEscaping.text(episode.showName)), \(HTMLEscaping.text(episode.date))</title>
            <style>\(ReviewPageAssets.style)</style>
            </head>
            <body>

            """
        html += header(episode, report: report)
        html += "<main>\n<section id=\"script\" aria-label=\"Script\">\n<h2>Script</h2>\n"
        html += script(episode, report: report)
        html += "</section>\n<aside id=\"panel\">\n"
        html += """
            <section id="commits" aria-live="polite">
            <h2>Behind the sentence</h2>
            <p id="hint">Click a sentence to see the commits behind it.</p>
            <div id="commit-list"></div>
            </section>

            """
        html += leftOut(episode, analysis: analysis)
        html += "</aside>\n</main>\n"
        let json = try EpisodeJSONRenderer.text(of: data)
        html += "<script type=\"application/json\" id=\"review-data\">\n\(HTMLEscaping.scriptJSON(json))</script>\n"
        html += "<script>\(ReviewPageAssets.script)</script>\n</body>\n</html>\n"
        return html
    }

    private static func header(_ episode: Episode, report: CheckReport) -> String {
        let errors = report.findings.filter { $0.severity == .error }.count
        let warnings = report.findings.count - errors
        let minutes = episode.durationSeconds / 60, seconds = episode.durationSeconds % 60
        return """
            <header>
            <h1>\(HTMLEscaping.text(episode.title))</h1>
            <p class="meta">\(HTMLEscaping.text(episode.showName)) · \(HTMLEscaping.text(episode.writtenDate))</p>
            <p class="meta"><span id="word-count">\(episode.wordCount) words</span> · <span id="duration">\(minutes) min \(seconds) s (\(episode.duration))</span> · <span id="check-summary">check: \(errors) \(errors == 1 ? "error" : "errors"), \(warnings) \(warnings == 1 ? "warning" : "warnings")</span></p>
            </header>

            """
    }

    /// Each segment as a paragraph of clickable sentences, its check findings under it.
    private static func script(_ episode: Episode, report: CheckReport) -> String {
        var findingsBySegment: [Int: [CheckFinding]] = [:]
        var unplaced: [CheckFinding] = []
        for finding in report.findings {
            if let match = report.paragraphs.first(where: { $0.line <= finding.line && finding.line <= $0.lastLine }), let segment = match.segment {
                findingsBySegment[segment, default: []].append(finding)
            } else {
                unplaced.append(finding)
            }
        }
        var html = findingList(unplaced)
        var id = 0
        for (index, segment) in episode.segments.enumerated() {
            html += "<div class=\"segment\" data-kind=\"\(segment.kind.rawValue)\">\n<p>"
            // The same split as `ReviewDataBuilder`, so sentence N here is `data.sentences[N]`.
            html += SentenceTools.sentences(in: segment.text).map { sentence in
                defer { id += 1 }
                return "<span class=\"sentence\" id=\"sentence-\(id)\" data-sentence=\"\(id)\" tabindex=\"0\" role=\"button\">\(HTMLEscaping.text(sentence))</span>"
            }.joined(separator: " ")
            html += "</p>\n" + findingList(findingsBySegment[index] ?? []) + "</div>\n"
        }
        return html
    }

    private static func findingList(_ findings: [CheckFinding]) -> String {
        guard !findings.isEmpty else { return "" }
        var html = "<ul class=\"findings\">\n"
        for finding in findings {
            let place = "line \(finding.line)" + (finding.column.map { ", column \($0)" } ?? "")
            html += "<li class=\"finding \(finding.severity.rawValue)\">\(finding.severity.rawValue) (\(place)): \(HTMLEscaping.text(finding.message))</li>\n"
        }
        return html + "</ul>\n"
    }

    /// Stories not told in full, in rank order, with their scores.
    private static func leftOut(_ episode: Episode, analysis: Analysis) -> String {
        let scores = Dictionary(analysis.stories.map { ($0.id, $0.score.total) }, uniquingKeysWith: { first, _ in first })
        let stories = episode.stories.filter { !$0.toldInFull }.sorted { $0.rank < $1.rank }
        var html = "<section id=\"left-out\">\n<h2>Left out of the script (\(stories.count))</h2>\n"
        guard !stories.isEmpty else { return html + "<p>Every story is told in full.</p>\n</section>\n" }
        html += "<ol>\n"
        for story in stories {
            let score = String(format: "%.1f", scores[story.id] ?? 0)
            let commits = story.commits.count == 1 ? "1 commit" : "\(story.commits.count) commits"
            html += "<li value=\"\(story.rank)\"><span class=\"headline\">\(HTMLEscaping.text(story.headline))</span> "
            html += "<span class=\"who\">\(HTMLEscaping.text(story.authors.joined(separator: ", ")))</span> "
            html += "<span class=\"score\">rank \(story.rank), score \(score), \(commits)</span></li>\n"
        }
        return html + "</ol>\n</section>\n"
    }
}
