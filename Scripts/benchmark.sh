#!/usr/bin/env bash
# Measures how fast `episodegen commits` (and the bare parser, parse-bench) turn the whole
# history of git/git into JSON Lines.
#
# Usage: Scripts/benchmark.sh [runs]     (default 5 runs)
#   LOG=/path/to/log  use another input instead of the unpacked corpus file
#   SKIP_BUILD=1      do not run the release build first
#
# Builds parse-bench and episodegen in release mode, unpacks ../shared/corpus/git-git-full.medium.log.gz to a
# temporary file when needed, runs the bench N times with /usr/bin/time and prints the median
# wall time (nanosecond clock around each run) and the peak resident memory (GNU time %M). `cat` of the same file is timed as a floor.
set -euo pipefail

runs="${1:-5}"
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

if [[ -z "${SKIP_BUILD:-}" ]]; then
    swift build -c release --product parse-bench >&2
    swift build -c release --product episodegen >&2
fi

log="${LOG:-}"
cleanup=""
if [[ -z "$log" ]]; then
    corpus="$root/../shared/corpus/git-git-full.medium.log.gz"
    if [[ ! -f "$corpus" ]]; then
        echo "benchmark: $corpus not found; set LOG=path/to/git.log" >&2
        exit 2
    fi
    log="$(mktemp "${TMPDIR:-/tmp}/git-full.XXXXXX.log")"
    cleanup="$log"
    gzip -dc "$corpus" > "$log"
fi
trap '[[ -n "$cleanup" ]] && rm -f "$cleanup"' EXIT

# measure NAME COMMAND...: runs COMMAND < log > /dev/null $runs times; prints median wall and max RSS.
measure() {
    local name="$1"
    shift
    local times=() rss=() out record
    record="$(mktemp)"
    for ((i = 0; i < runs; i++)); do
        local start end
        start="$(date +%s%N)"
        /usr/bin/time -o "$record" -f '%M' "$@" < "$log" > /dev/null 2> /dev/null || true
        end="$(date +%s%N)"
        out="$(tail -1 "$record")"
        times+=("$(awk -v ns="$((end - start))" 'BEGIN { printf "%.3f", ns / 1e9 }')")
        rss+=("$out")
    done
    rm -f "$record"
    local median max
    median="$(printf '%s\n' "${times[@]}" | sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }')"
    max="$(printf '%s\n' "${rss[@]}" | sort -n | tail -1)"
    printf '%-28s median wall %6.3f s   peak RSS %7.1f MB   (runs: %s)\n' \
        "$name" "$median" "$(awk -v k="$max" 'BEGIN { print k / 1024 }')" "${times[*]}"
}

echo "input: $log ($(wc -c < "$log") bytes, $(grep -c '^commit ' "$log") commits)"
echo "machine: $(nproc) cores, load: $(uptime | sed 's/.*load average: //'), $(date -u '+%Y-%m-%d %H:%M UTC')"
measure "cat (floor)" cat
measure "parse-bench" .build/release/parse-bench
measure "episodegen commits" .build/release/episodegen commits
