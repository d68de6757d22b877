#!/usr/bin/env python3
"""Pastes the current go-tools-2026-06-08 golden into README.md and Docs/EPISODE.md, where tests
(ReadmeExcerptTests, CorpusGoldenTests) check the quotes. Run after re-recording the goldens and
reading them. Docs/CLI.md's check report is printed by CheckCommandTests when it differs."""
import pathlib, re

root = pathlib.Path(__file__).resolve().parent.parent
golden = root / "Tests/EpisodeShowTests/Goldens/go-tools-2026-06-08"
script = (golden / "script.txt").read_text().split("\n")
notes = (golden / "notes.md").read_text().split("\n")

def indented(lines):
    return "\n".join(("    " + line) if line else "" for line in lines)

readme = (root / "README.md").read_text()
def excerpt(name, lines, text):
    # The block after the marker: indented lines and the blank lines between them.
    pattern = re.compile(r"(<!-- excerpt: " + re.escape(name) + r" -->\n)((?:    .*\n|\n(?=    ))*)")
    return pattern.sub(lambda m: m.group(1) + indented(lines) + "\n", text, count=1)
readme = excerpt("script.txt", script[:7], readme)
stories = notes.index("## Stories")
readme = excerpt("notes.md", notes[:stories + 4], readme)
(root / "README.md").write_text(readme)

episode = (root / "Docs/EPISODE.md").read_text()
quote = "\n>\n".join("> " + line for line in script if line)
start = episode.index("> ", episode.index("preset's pronunciations"))
end = episode.index("\n\nAnd the top of its notes:", start)
episode = episode[:start] + quote + episode[end:]
top = "\n".join(notes[:stories + 5]) + "\n..."
start = episode.index("```markdown\n", end) + len("```markdown\n")
close = episode.index("\n```", start)
episode = episode[:start] + top + episode[close:]
(root / "Docs/EPISODE.md").write_text(episode)
