#!/usr/bin/env bash
# Lint benchmark: builds tongban in release mode, generates a synthetic registry (1,000 matters x 99
# regions, about 100,000 files, by default), then measures `tongban lint` against a bare libyaml
# pass over the same files (`tongban-bench`, the benchmark's own executable: same walk, same reads,
# same parallelism, only libyaml's event loop). Reports the best of RUNS runs of each, after one warm-up run.
#
# Environment: MATTERS (1000), REGIONS (99), RUNS (3), BENCH_DIR (${TMPDIR:-/tmp}/tongban-bench),
# BENCH_ENFORCE=1 to exit 1 when a target is missed (lint within 2x of the bare pass, peak RSS < 300 MB).
set -euo pipefail

cd "$(dirname "$0")/.."
MATTERS=${MATTERS:-1000}
REGIONS=${REGIONS:-99}
RUNS=${RUNS:-3}
BENCH_DIR=${BENCH_DIR:-${TMPDIR:-/tmp}/tongban-bench}
REGISTRY="$BENCH_DIR/registry-$MATTERS-$REGIONS"
TIME=/usr/bin/time

if [ ! -x "$TIME" ]; then
    echo "run.sh: $TIME is missing (Debian: apt-get install time)" >&2
    exit 2
fi

echo "== building tongban (release)"
swift build -c release --product tongban >&2
swift build -c release --product tongban-bench >&2
BIN="$(swift build -c release --show-bin-path)/tongban"
BENCH="$(swift build -c release --show-bin-path)/tongban-bench"

if [ ! -f "$REGISTRY/.complete" ]; then
    echo "== generating $MATTERS matters x $REGIONS regions into $REGISTRY"
    mkdir -p "$BENCH_DIR"
    python3 Benchmarks/generate_registry.py --out "$REGISTRY" --matters "$MATTERS" --regions "$REGIONS"
    touch "$REGISTRY/.complete"
fi
FILES=$(find "$REGISTRY" -name '*.yaml' -type f | wc -l)
BYTES=$(find "$REGISTRY" -name '*.yaml' -type f -printf '%s\n' | awk '{ s += $1 } END { print s }')

# measure NAME CMD...: runs CMD once to warm the page cache, then RUNS times under /usr/bin/time -v;
# sets NAME_wall (best wall seconds), NAME_cpu (best user + system seconds) and NAME_rss (largest
# peak RSS in KiB). CPU time is reported too because wall time on a shared machine varies a lot.
measure() {
    local name=$1; shift
    local out="$BENCH_DIR/$name.out" log="$BENCH_DIR/$name.time"
    "$@" > "$out" 2>&1 || true
    local best="" cpu="" rss=0
    for _ in $(seq "$RUNS"); do
        "$TIME" -v -o "$log" "$@" > "$out" 2>&1 || true
        local wall kb used
        used=$(awk -F': ' '/User time|System time/ { s += $2 } END { print s }' "$log")
        wall=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s }' "$log")
        kb=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$log")
        if [ -z "$best" ] || awk -v a="$wall" -v b="$best" 'BEGIN { exit !(a < b) }'; then best=$wall; fi
        if [ -z "$cpu" ] || awk -v a="$used" -v b="$cpu" 'BEGIN { exit !(a < b) }'; then cpu=$used; fi
        if [ "$kb" -gt "$rss" ]; then rss=$kb; fi
        echo "   $name run: ${wall}s wall, ${used}s CPU, peak RSS $((kb * 1024 / 1000000)) MB" >&2
    done
    printf -v "${name}_wall" '%s' "$best"
    printf -v "${name}_cpu" '%s' "$cpu"
    printf -v "${name}_rss" '%s' "$rss"
}

echo "== bare libyaml pass (tongban-bench)"
measure bare "$BENCH" "$REGISTRY"
echo "   $(cat "$BENCH_DIR/bare.out")"
echo "== lint (tongban lint --format json)"
measure lint "$BIN" lint --format json "$REGISTRY"
SUMMARY=$(python3 -c 'import json, sys; r = json.load(open(sys.argv[1])); s = r["summary"]; print("%d files checked, %d errors, %d warnings" % (r["files"], s["errors"], s["warnings"]))' "$BENCH_DIR/lint.out" 2>/dev/null || echo "lint output unreadable, see $BENCH_DIR/lint.out")

ratio=$(awk -v l="$lint_wall" -v b="$bare_wall" 'BEGIN { printf "%.2f", l / b }')
cpu_ratio=$(awk -v l="$lint_cpu" -v b="$bare_cpu" 'BEGIN { printf "%.2f", l / b }')
lint_fps=$(awk -v f="$FILES" -v t="$lint_wall" 'BEGIN { printf "%.0f", f / t }')
bare_fps=$(awk -v f="$FILES" -v t="$bare_wall" 'BEGIN { printf "%.0f", f / t }')

echo
echo "registry:        $FILES files, $((BYTES / 1000000)) MB ($MATTERS matters x $REGIONS regions), $(nproc) cores"
echo "lint:            ${lint_wall}s wall, ${lint_cpu}s CPU, $lint_fps files/s, peak RSS $((lint_rss * 1024 / 1000000)) MB, $SUMMARY"
echo "bare libyaml:    ${bare_wall}s wall, ${bare_cpu}s CPU, $bare_fps files/s, peak RSS $((bare_rss * 1024 / 1000000)) MB"
echo "lint / bare:     ${ratio}x wall (target <= 2x), ${cpu_ratio}x CPU"
echo "load average:    $(cut -d' ' -f1-3 /proc/loadavg) (other work on the machine slows both passes)"
echo "best of $RUNS runs after a warm-up; logs in $BENCH_DIR"

missed=0
awk -v r="$ratio" 'BEGIN { exit !(r > 2) }' && { echo "target missed: lint is more than 2x the bare pass"; missed=1; }
[ $((lint_rss * 1024)) -ge 300000000 ] && { echo "target missed: peak RSS is 300 MB or more"; missed=1; }
if [ "$missed" = 1 ] && [ "${BENCH_ENFORCE:-0}" = 1 ]; then exit 1; fi
exit 0
