#!/usr/bin/env bash
# Builds the libFuzzer targets in Fuzz/ with the toolchain's fuzzer and address sanitizer and
# runs each for a bounded time. Not part of `swift build`: the sources are compiled here with
# swiftc, one module at a time. See Docs/HARDENING.md.
#
#   Scripts/fuzz.sh [SECONDS] [TARGET...]     TARGET: log-parser, configuration, template
#
# SECONDS is the time per target (default 60; 0 only builds). Findings (crash-*, timeout-*, oom-*) are written
# to .build/fuzz/artifacts/TARGET/; the grown corpus is kept in .build/fuzz/corpus/TARGET/.
# FUZZ_SKIP_BUILD=1 reuses the binaries of the last build (to run targets side by side).
# Exit status: 0 when no target found anything, 1 when one did, 2 when the build failed.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
seconds=${1:-60}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(log-parser configuration template)
build="$root/.build/fuzz"
mkdir -p "$build/modules"
flags=(-sanitize=fuzzer,address -parse-as-library -O -g -swift-version 6 -package-name episodegen)

# compile_module NAME: one object and one .swiftmodule for Sources/NAME.
compile_module() {
    local name=$1
    local sources=()
    while IFS= read -r file; do sources+=("$file"); done < <(find "$root/Sources/$name" -name '*.swift' | sort)
    swiftc "${flags[@]}" -wmo -module-name "$name" -I "$build/modules" \
        -emit-module -emit-module-path "$build/modules/$name.swiftmodule" \
        -c "${sources[@]}" -o "$build/modules/$name.o"
}

# link TARGET ENTRY MODULE...: the fuzzer binary for one target.
link() {
    local target=$1 entry=$2
    shift 2
    local objects=()
    for module in "$@"; do objects+=("$build/modules/$module.o"); done
    swiftc "${flags[@]}" -I "$build/modules" "$root/Fuzz/$entry" "${objects[@]}" -o "$build/fuzz-$target"
}

# seeds TARGET: the starting inputs, copied from the repository's fixtures and inputs.
seeds() {
    local target=$1 dir="$build/seeds/$1"
    rm -rf "$dir"
    mkdir -p "$dir"
    case $target in
    log-parser)
        # The start of every corpus log (the whole files are megabytes) and the sample.
        for file in "$root"/Tests/Fixtures/corpus/*.log "$root/Inputs/sample.log"; do
            head -c 16384 "$file" >"$dir/$(basename "$file")"
        done
        # The machine format, when this is a git checkout.
        git -C "$root" log -n 20 -z --raw --numstat --no-abbrev \
            --format='%x1e%H%x00%P%x00%aN%x00%aE%x00%aI%x00%cN%x00%cE%x00%cI%x00%D%x00%B%x00' \
            >"$dir/machine.bin" 2>/dev/null || rm -f "$dir/machine.bin"
        ;;
    configuration) cp "$root"/Inputs/config/*.json "$dir/" ;;
    template) cp "$root"/Inputs/templates/*.tmpl "$dir/" ;;
    esac
}

if [ "${FUZZ_SKIP_BUILD:-0}" != 1 ]; then
echo "building fuzz targets in $build"
# Chained with && because `set -e` does not apply inside a command tested by `||`.
compile_module EpisodeText &&
    compile_module EpisodeModel &&
    compile_module EpisodeIngest &&
    compile_module EpisodeAnalysis &&
    compile_module EpisodeTemplates &&
    link log-parser LogParserFuzz.swift EpisodeText EpisodeModel EpisodeIngest &&
    link configuration ConfigurationFuzz.swift EpisodeText EpisodeModel EpisodeAnalysis &&
    link template TemplateFuzz.swift EpisodeTemplates ||
    { echo "fuzz build failed" >&2; exit 2; }
fi

[ "$seconds" -gt 0 ] || exit 0
found=0
for target in "${targets[@]}"; do
    case $target in
    log-parser) max_len=65536 ;;
    configuration | template) max_len=8192 ;;
    *) echo "unknown target $target (log-parser, configuration, template)" >&2; exit 2 ;;
    esac
    seeds "$target"
    artifacts="$build/artifacts/$target"
    mkdir -p "$build/corpus/$target" "$artifacts"
    echo "fuzzing $target for $seconds s"
    if ! "$build/fuzz-$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len="$max_len" \
        -print_final_stats=1 -artifact_prefix="$artifacts/" "$build/corpus/$target" "$build/seeds/$target"; then
        echo "$target: finding written to $artifacts/" >&2
        found=1
    fi
done
exit $found
