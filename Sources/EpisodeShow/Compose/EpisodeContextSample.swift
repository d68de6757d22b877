import EpisodeTemplates

/// A context shaped exactly like the real ones, with placeholder values: the episode
/// templates are checked against it when they load, so a misspelt field fails at once
/// with its file and line, even in a branch today's episode would not take.
/// Docs/EPISODE-VARIABLES.md documents every field; a test checks that real contexts
/// have the same shape.
enum EpisodeContextSample {
    static let story: TemplateValue = [
        "id": "commit:0000000", "author": "Person A", "firstName": "Person", "otherAuthors": ["Person B"],
        "area": "the parser", "action": "fixed a crash", "summary": "fix a crash", "sentence": "",
        "reason": "It crashed on empty input.", "reasonVerbatim": true, "category": "fix", "kind": "single",
        "others": ["added a test"], "unnamedCommits": 0, "issuesFixed": 1, "breaking": false, "commits": 2, "rank": 1,
        "problem": "It crashed on empty input.", "problemVerbatim": true, "problemBefore": "", "effect": "Empty files now load.", "changeRest": "checks the length first.", "changeImperative": "check the length first.",
        "measurement": "Loading is 20% faster.", "revertReason": "", "fixesCrash": true, "hasWhy": true, "affects": ["Windows"], "depth": "full",
        "problemTold": false, "problemAction": "", "background": "", "moreEffect": "",
        "othersInFull": [], "unnamedInFull": 0,
        "companions": [["action": "added a test", "kind": "problem", "text": "It was untested.", "changeRest": "adds a test.", "changeImperative": ""]],
        "brief": false, "newArea": true, "sameAction": false, "more": 0, "continues": false, "continued": false, "countHandled": false,
    ]

    static let root: TemplateValue = [
        "show": ["name": "The Commit Log"],
        "span": ["several": false, "days": 1, "when": "today", "from": "", "to": ""],
        "date": ["spoken": "Monday, June eighth, 2026", "written": "Monday, June 8, 2026", "iso": "2026-06-08", "weekday": "Monday"],
        "day": [
            "total": 3, "commits": 2, "people": 1, "bots": 1, "botNames": ["dependabot"], "areas": ["the parser"], "areaCount": 1,
            "mostly": "fix", "mostlyPhrase": "fixes", "issuesFixed": 2, "fixes": 2, "areasCoverMost": false,
            "topPerson": ["name": "Person A", "firstName": "Person", "commits": 2],
        ],
        "lead": story,
        "story": story,
        "person": ["name": "Person A", "firstName": "Person", "wroteLead": false, "commits": 2, "stories": [story]],
        "roundup": ["stories": [story]],
        "more": [
            "commits": 1, "stories": 1, "areas": [["name": "the parser", "commits": 1]], "otherCommits": 0,
            "names": ["Person C"], "otherPeople": 0,
        ],
        "focus": [
            "areas": ["the parser"], "fixes": 1, "affects": ["Windows"], "affectsPeople": ["Person"], "crash": true,
            "crashArea": "the parser", "crashAuthor": "Person",
        ],
        "notes": [
            "lead": ["headline": "parser: fix a crash", "title": "Fix a crash"],
            "stories": [["headline": "parser: fix a crash", "authors": ["Person A"]]],
            "theme": "A crash fix in the parser", "mix": "two fixes", "told": ["Person A fixed a crash"],
        ],
    ]
}
