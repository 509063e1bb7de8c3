#!/usr/bin/env bash
# National-scale benchmark (issue 15): builds tongban in release mode, generates the synthetic
# registry of 200 matters x 3,000 regions (603,206 files; MATTERS, REGIONS change it), then times
# under /usr/bin/time -v: `site` (first build, an unchanged rebuild, a rebuild after one matter
# changed), `site --region` (one county's site), `lint --format json`, `export` and `report`
# (text and JSON). Prints wall
# time, CPU, files/s, peak RSS, the site's size and how many files each rebuild rewrote, and the
# load average before each step (the machine is shared).
#
# STEPS (default: site region lint export report linear) runs only the named groups: `site` is
# the three national builds, `region` the one-county site, `linear` runs lint, export and report
# on the 100k registry of Benchmarks/run.sh (1,000 matters x 99 regions) and on the national one,
# best of RUNS (3) after a warm-up each, and prints each one's CPU time at national scale over its
# 100k CPU time scaled by the number of files (1.00: exactly linear; the target is within 1.10).
#
# Environment: MATTERS (200), REGIONS (3000), BENCH_DIR (${TMPDIR:-/tmp}/tongban-bench),
# TONGBAN (a binary to use instead of building one), STEPS and RUNS (above).
set -euo pipefail

cd "$(dirname "$0")/.."
MATTERS=${MATTERS:-200}
REGIONS=${REGIONS:-3000}
STEPS=" ${STEPS:-site region lint export report linear} "
RUNS=${RUNS:-3}
BENCH_DIR=${BENCH_DIR:-${TMPDIR:-/tmp}/tongban-bench}
REGISTRY="$BENCH_DIR/registry-$MATTERS-$REGIONS"
WORK="$BENCH_DIR/national-$MATTERS-$REGIONS"

if [ -z "${TONGBAN:-}" ]; then
    swift build -c release --product tongban >&2
    TONGBAN="$(swift build -c release --show-bin-path)/tongban"
fi
# generated DIR MATTERS REGIONS: the synthetic registry, made once and reused.
generated() {
    if [ ! -f "$1/.complete" ]; then
        mkdir -p "$BENCH_DIR"
        rm -rf "$1"
        python3 Benchmarks/generate_registry.py --out "$1" --matters "$2" --regions "$3" >&2
        touch "$1/.complete"
    fi
}
generated "$REGISTRY" "$MATTERS" "$REGIONS"
FILES=$(find "$REGISTRY" -name '*.yaml' -type f | wc -l)
rm -rf "$WORK" && mkdir -p "$WORK"
export WORK

# step NAME CMD...: one run under /usr/bin/time -v.
step() {
    local name=$1; shift
    local load; load=$(cut -d' ' -f1-3 /proc/loadavg)
    /usr/bin/time -v -o "$WORK/$name.time" "$@" > "$WORK/$name.out" 2> "$WORK/$name.err" || { echo "$name failed:"; cat "$WORK/$name.err"; exit 1; }
    awk -F': ' -v n="$name" -v f="$FILES" -v load="$load" '
        /User time|System time/ { cpu += $2 }
        /Elapsed \(wall clock\)/ { k = split($2, p, ":"); w = 0; for (i = 1; i <= k; i++) w = w * 60 + p[i] }
        /Maximum resident set size/ { rss = $2 }
        END { printf "%-14s %7.1f s wall  %7.1f s CPU  %8.0f files/s  peak RSS %5d MB  (load before: %s)\n", n, w, cpu, f / w, rss * 1024 / 1000000, load
              printf "%s %s\n", cpu, f > (ENVIRON["WORK"] "/" n ".cpu") }
    ' "$WORK/$name.time"
}

# wants GROUP: whether STEPS names it.
wants() { [[ "$STEPS" == *" $1 "* ]]; }

echo "registry: $FILES files ($MATTERS matters x $REGIONS regions), $(nproc) cores"
if wants site; then
    step site "$TONGBAN" site -o "$WORK/site" --registry "$REGISTRY"
    echo "   site: $(find "$WORK/site" -type f | wc -l) files, $(du -sb "$WORK/site" | cut -f1 | awk '{ printf "%.0f MB", $1 / 1e6 }')"
    step site-again "$TONGBAN" site -o "$WORK/site" --registry "$REGISTRY"
    echo "   $(tail -1 "$WORK/site-again.out")"
    MATTER="$REGISTRY/matters/$(ls "$REGISTRY/matters" | sed -n 7p)"
    cp "$MATTER" "$WORK/matter.yaml"
    sed -i -E 's/^  statutory: ([0-9]+)个工作日/  statutory: 9\1个工作日/' "$MATTER"
    step site-one "$TONGBAN" site -o "$WORK/site" --registry "$REGISTRY"
    cp "$WORK/matter.yaml" "$MATTER"
    echo "   $(tail -1 "$WORK/site-one.out")"
fi
if wants region; then
    CODE=$(ls "$REGISTRY/regions" | sed -n 1p)
    step site-region "$TONGBAN" site -o "$WORK/site-region" --region "$CODE" --registry "$REGISTRY"
    echo "   site --region $CODE: $(find "$WORK/site-region" -type f | wc -l) files, $(du -sb "$WORK/site-region" | cut -f1 | awk '{ printf "%.1f MB", $1 / 1e6 }')"
fi
if wants lint; then
    step lint "$TONGBAN" lint --format json "$REGISTRY"
fi
if wants export; then
    step export "$TONGBAN" export --registry "$REGISTRY" -o "$WORK/export.json"
    echo "   export: $(du -sb "$WORK/export.json" | cut -f1 | awk '{ printf "%.0f MB", $1 / 1e6 }')"
fi
if wants report; then
    step report "$TONGBAN" report --as-of 2026-01-01 --registry "$REGISTRY" -o "$WORK/report.txt"
    echo "   report: $(wc -l < "$WORK/report.txt") lines"
    step report-json "$TONGBAN" report --as-of 2026-01-01 --format json --registry "$REGISTRY" -o "$WORK/report.json"
    echo "   report --format json: $(du -sb "$WORK/report.json" | cut -f1 | awk '{ printf "%.1f MB", $1 / 1e6 }')"
fi
if wants linear; then
    # best NAME CMD...: RUNS runs after a warm-up; prints and records the run with the least CPU.
    best() {
        local name=$1; shift
        "$@" > /dev/null 2>&1 || true
        for _ in $(seq "$RUNS"); do
            /usr/bin/time -f "%e %U %S %M" -o "$WORK/$name.run" "$@" > /dev/null 2>&1 || { echo "$name failed"; exit 1; }
            cat "$WORK/$name.run" >> "$WORK/$name.runs"
        done
        awk -v n="$name" -v f="$FILES" '{ c = $2 + $3; if (NR == 1 || c < best) { best = c; w = $1; rss = $4 } }
            END { printf "%-14s best of %d: %6.2f s CPU  %6.2f s wall  %8.0f files/s  peak RSS %5d MB\n", n, NR, best, w, f / w, rss * 1024 / 1000000
                  printf "%s %s\n", best, f > (ENVIRON["WORK"] "/" n ".best") }' "$WORK/$name.runs"
    }
    BASE="$BENCH_DIR/registry-1000-99"
    generated "$BASE" 1000 99
    SCALE_FILES=$FILES
    for size in base scale; do
        if [ $size = base ]; then DIR=$BASE; FILES=$(find "$BASE" -name '*.yaml' -type f | wc -l); else DIR=$REGISTRY; FILES=$SCALE_FILES; fi
        echo "$size registry: $FILES files, best of $RUNS runs after a warm-up"
        best $size-lint "$TONGBAN" lint --format json "$DIR"
        best $size-export "$TONGBAN" export --registry "$DIR" -o "$WORK/$size-export.json"
        best $size-report "$TONGBAN" report --as-of 2026-01-01 --registry "$DIR"
    done
    for name in lint export report; do
        read -r cpu files < "$WORK/scale-$name.best"
        read -r base base_files < "$WORK/base-$name.best"
        awk -v n="$name" -v c="$cpu" -v f="$files" -v b="$base" -v bf="$base_files" 'BEGIN {
            printf "%-8s CPU %.2f s at %d files against %.2f s x %.2f = %.2f s: ratio %.2f\n", n, c, f, b, f / bf, b * f / bf, c / (b * f / bf) }'
    done
fi
echo "logs in $WORK"
