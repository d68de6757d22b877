#!/usr/bin/env bash
# Times episodegen beside a peer doing comparable work, at every size (issue 10), and writes
# the table of Docs/PERFORMANCE.md as Markdown to standard output (progress goes to stderr).
#
# Usage: Scripts/bench-table.sh [runs]          (default 5)
#   SCALED_RUNS=n runs of the 2x-8x rows (default: runs, at most 3)
#   SKIP_BUILD=1  do not run the release build first
#   CORPUS=dir    where the corpus is (default ../shared/corpus, else Tests/Fixtures/corpus)
#   GIT_CLIFF=exe the git-cliff to time against (default: on PATH, else ~/.local/bin/git-cliff;
#                 `pip install git-cliff` installs it); without it those rows use `git log --numstat`
#
# Every pair is timed in the same run, one after the other, so a busy machine slows both;
# each figure is the median wall time of the runs and the largest peak resident set
# (GNU time %M). Repositories for `--repo` are rebuilt here from corpus logs by
# `corpus-replay | git fast-import` in a temporary folder (deleted at the end):
#   tools    golang/tools, half a year (fuller + numstat: real authors, dates, files, counts)
#   summer   git/git, summer 2026 (name-status: real files, made-up counts)
#   gitfull  git/git, whole history (medium: no files in the log; each commit gets 3 made-up
#            files with made-up counts)
# The replay is one line of history, merges joined to the second parent the log names.
set -euo pipefail

runs="${1:-5}"
scaled_runs="${SCALED_RUNS:-$(( runs < 3 ? runs : 3 ))}"
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

if [[ -z "${SKIP_BUILD:-}" ]]; then
    swift build -c release --product episodegen >&2
    swift build -c release --product corpus-replay >&2
fi
corpus="${CORPUS:-$root/../shared/corpus}"
[[ -f "$corpus/golang-tools-2026h1.fuller-numstat.log" ]] || corpus="$root/Tests/Fixtures/corpus"
fulllog_gz="$corpus/git-git-full.medium.log.gz"
if [[ ! -f "$fulllog_gz" ]]; then
    echo "bench-table: $fulllog_gz not found; set CORPUS=dir" >&2
    exit 2
fi
cliff="${GIT_CLIFF:-$(command -v git-cliff || true)}"
[[ -z "$cliff" && -x "$HOME/.local/bin/git-cliff" ]] && cliff="$HOME/.local/bin/git-cliff"

work="$(mktemp -d "${TMPDIR:-/tmp}/episodegen-bench.XXXXXX")"
trap 'rm -rf "$work"' EXIT
export EG="$root/.build/release/episodegen"
export LOG1="$work/git-full.log" TOOLS="$work/tools" SUMMER="$work/summer" GITFULL="$work/gitfull" WORK="$work" CLIFF="$cliff"

# replay NAME LOG [corpus-replay options]: a repository at $work/NAME with LOG's history.
replay() {
    local repo="$work/$1" log="$2"
    shift 2
    git init -q -b main "$repo"
    "$root/.build/release/corpus-replay" "$@" < "$log" | git -C "$repo" fast-import --quiet
    git -C "$repo" reset -q --hard main
    echo "replayed $(git -C "$repo" rev-list --count main) commits into $repo" >&2
}

gzip -dc "$fulllog_gz" > "$LOG1"
# Concatenated copies, each with its hashes changed (the first two hex digits) so all are unique.
for factor in 2 4 8; do
    for ((copy = 0; copy < factor; copy++)); do
        awk -v c="$copy" 'BEGIN { p = sprintf("%02x", c) }
            /^commit [0-9a-f]/ { if (c > 0) $2 = p substr($2, 3) }
            /^Merge: / { if (c > 0) for (i = 2; i <= NF; i++) $i = p substr($i, 3) }
            { print }' "$LOG1"
    done > "$work/git-full-${factor}x.log"
done
replay tools "$corpus/golang-tools-2026h1.fuller-numstat.log"
replay summer "$corpus/git-git-2026-summer.name-status.log"
replay gitfull "$LOG1" --files 3
# Exactly the commits git/git authored on 2026-07-06 (UTC), for the peer of that day.
TZ=UTC git -C "$SUMMER" log --format='%H %ad' --date=format-local:%F | awk '$2 == "2026-07-06" { print $1 }' > "$work/summer-day.hashes"
TZ=UTC git -C "$TOOLS" log --format='%H %ad' --date=format-local:%F | awk '$2 == "2026-05-18" { print $1 }' > "$work/tools-day.hashes"

# measure RUNS COMMAND: runs `sh -c COMMAND` RUNS times, output to /dev/null; sets
# WALL (median seconds) and RSS (largest peak, MB). A failing run stops the script.
measure() {
    local count="$1" command="$2" times=() rss=() record start end
    record="$(mktemp)"
    for ((i = 0; i < count; i++)); do
        start="$(date +%s%N)"
        if ! /usr/bin/time -o "$record" -f '%M' sh -c "$command" > /dev/null 2> "$work/stderr"; then
            echo "bench-table: failed: $command" >&2
            cat "$work/stderr" >&2
            exit 1
        fi
        end="$(date +%s%N)"
        times+=("$(awk -v ns="$((end - start))" 'BEGIN { printf "%.3f", ns / 1e9 }')")
        rss+=("$(tail -1 "$record")")
    done
    rm -f "$record"
    WALL="$(printf '%s\n' "${times[@]}" | sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }')"
    RSS="$(printf '%s\n' "${rss[@]}" | sort -n | tail -1 | awk '{ printf "%.0f", $1 / 1024 }')"
}

seconds() { awk -v s="$1" 'BEGIN { if (s < 1) printf "%.0f ms", s * 1000; else printf "%.2f s", s }'; }

# row WHAT RUNS EPISODEGEN PEER-NAME PEER: one table row, both timed now; leaves
# episodegen's time in OURS.
row() {
    local what="$1" count="$2" ours="$3" peer_name="$4" peer="$5" our_wall our_rss
    echo "timing: $what" >&2
    measure "$count" "$ours"
    our_wall="$WALL" our_rss="$RSS" OURS="$WALL"
    measure "$count" "$peer"
    printf '| %s | `%s` | %s, %s MB | %s: `%s` | %s, %s MB | %s |\n' "$what" "$ours" "$(seconds "$our_wall")" "$our_rss" \
        "$peer_name" "$peer" "$(seconds "$WALL")" "$RSS" "$(awk -v a="$our_wall" -v b="$WALL" 'BEGIN { printf "%.2f", a / b }')"
}

# scaled WHAT FACTOR COMMAND BASE-WALL: a row against FACTOR times the 1x time (linear cost).
scaled() {
    local what="$1" factor="$2" command="$3" base="$4"
    echo "timing: $what" >&2
    measure "$scaled_runs" "$command"
    printf '| %s | `%s` | %s, %s MB | %sx the 1x time | %s | %s |\n' "$what" "$command" "$(seconds "$WALL")" "$RSS" "$factor" \
        "$(seconds "$(awk -v b="$base" -v f="$factor" 'BEGIN { print b * f }')")" "$(awk -v a="$WALL" -v b="$base" -v f="$factor" 'BEGIN { printf "%.2f", a / (b * f) }')"
}

if [[ -n "$cliff" ]]; then
    range_peer_name="git-cliff $("$cliff" --version | awk '{ print $2 }')"
    # git-cliff reads the repository it is started in (its --repository alone fails to find it).
    range_peer() { echo "cd $1 && \$CLIFF $2"; }
else
    echo "bench-table: git-cliff not found; timing git log --numstat instead" >&2
    range_peer_name="git log --numstat (no git-cliff)"
    range_peer() { echo "git -C $1 log --numstat $2"; }
fi

echo "Measured $(date -u '+%Y-%m-%d %H:%M UTC') at commit $(git rev-parse --short HEAD), $(nproc) cores, load average before: $(uptime | sed 's/.*load average: //'), $runs runs per figure."
echo
echo "| run | episodegen | time, peak memory | peer | time, peak memory | ratio |"
echo "|---|---|---|---|---|---|"
printlog='git -C $GITFULL log'
row "\`commits\`, git/git whole history piped (81,966 commits)" "$runs" '$EG commits --input $LOG1' "git log printing it" "$printlog"
commits1="$OURS"
row "\`analyze\`, same input" "$runs" '$EG analyze --input $LOG1' "git log printing it" "$printlog"
analyze1="$OURS"
row "the script, same input" "$runs" '$EG --input $LOG1' "git log printing it" "$printlog"
script1="$OURS"
for factor in 2 4 8; do
    scaled "\`commits\`, ${factor}x that input" "$factor" "\$EG commits --input \$WORK/git-full-${factor}x.log" "$commits1"
    scaled "\`analyze\`, ${factor}x" "$factor" "\$EG analyze --input \$WORK/git-full-${factor}x.log" "$analyze1"
    scaled "the script, ${factor}x" "$factor" "\$EG --input \$WORK/git-full-${factor}x.log" "$script1"
done
row "\`--repo\` golang/tools, one day (2026-05-18, $(wc -l < "$work/tools-day.hashes") commits)" "$runs" \
    '$EG --repo $TOOLS --date 2026-05-18 --time-zone UTC' "git log --numstat of exactly that day" \
    'git -C $TOOLS log --numstat --no-walk=unsorted $(cat $WORK/tools-day.hashes)'
row "\`--repo\` git/git summer, one day (2026-07-06, $(wc -l < "$work/summer-day.hashes") commits)" "$runs" \
    '$EG --repo $SUMMER --date 2026-07-06 --time-zone UTC' "git log --numstat of exactly that day" \
    'git -C $SUMMER log --numstat --no-walk=unsorted $(cat $WORK/summer-day.hashes)'
row "\`--repo\` golang/tools, a release-sized range (75 commits)" "$runs" \
    '$EG --repo $TOOLS HEAD~150..HEAD~75' "$range_peer_name" "$(range_peer '$TOOLS' 'HEAD~150..HEAD~75')"
row "\`--repo\` golang/tools, whole replayed history ($(git -C "$TOOLS" rev-list --count HEAD) commits)" "$runs" \
    '$EG --repo $TOOLS' "$range_peer_name" "$(range_peer '$TOOLS' '')"
row "\`--repo\` git/git, whole replayed history ($(git -C "$GITFULL" rev-list --count HEAD) commits)" "$scaled_runs" \
    '$EG --repo $GITFULL' "$range_peer_name" "$(range_peer '$GITFULL' '')"
echo
echo "Load average after: $(uptime | sed 's/.*load average: //')."
