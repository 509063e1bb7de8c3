#!/usr/bin/env bash
# Times `tongban log` and `tongban report` on synthetic registries (every file says it is
# synthetic; division codes start with 99):
#
# - log: a registry from generate_registry.py (LOG_MATTERS x LOG_REGIONS, default 100 x 99 =
#   10,006 files; 1000 x 99 gives the 100,006-file registry) committed once, then 500 commits
#   from generate_history.py, 50 of which change one matter's standard. `tongban log MATTER
#   --format json` must list those 50 commits and the first one.
# - report: a registry of REPORT_MATTERS x REPORT_REGIONS (default 140 x 3,000) where each region
#   has implemented 97 % of the matters; `tongban report` in text and in JSON, with its output size.
#
#   Benchmarks/supervision-bench.sh
#   LOG_MATTERS=1000 Benchmarks/supervision-bench.sh        # the 100,006-file history
#   TONGBAN=/path/to/tongban RUNS=5 Benchmarks/supervision-bench.sh
#   KEEP=1 Benchmarks/supervision-bench.sh                   # keep the generated folders
#
# Times are the median and the fastest of RUNS runs (hyperfine when installed, else Python's
# timer) after one warm-up. Needs git, python3 and a Swift toolchain.
set -euo pipefail

runs=${RUNS:-5}
here=$(cd "$(dirname "$0")/.." && pwd)
if [[ -z "${TONGBAN:-}" ]]; then
  (cd "$here" && swift build -c release --product tongban >&2)
  TONGBAN="$(cd "$here" && swift build -c release --show-bin-path)/tongban"
fi
work=$(mktemp -d "${TMPDIR:-/tmp}/tongban-supervision-bench.XXXXXX")
if [[ -n "${KEEP:-}" ]]; then echo "folders: $work" >&2; else trap 'rm -rf "$work"' EXIT; fi

# Median and fastest wall time of a command, in ms.
timeit() {
  python3 - "$runs" "$@" <<'PY'
import statistics, subprocess, sys, time
runs, cmd = int(sys.argv[1]), sys.argv[2:]
subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
times = []
for _ in range(runs):
    start = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    times.append((time.perf_counter() - start) * 1000)
print("median %.0f ms, fastest %.0f ms (%d runs)" % (statistics.median(times), min(times), runs))
PY
}

# --- log -----------------------------------------------------------------------------------
log_matters=${LOG_MATTERS:-100}
log_regions=${LOG_REGIONS:-99}
repo="$work/repo"
mkdir -p "$repo"
python3 "$here/Benchmarks/generate_registry.py" --out "$repo/standards" --matters "$log_matters" --regions "$log_regions" >&2
git -C "$repo" init -q -b main
git -C "$repo" add -A
git -C "$repo" -c user.name=合成 -c user.email=synthetic@invalid -c commit.gpgsign=false commit -q -m "synthetic registry"
matter=hecheng-shixiang-0001
python3 "$here/Benchmarks/generate_history.py" --repo "$repo" --matter "$matter" --commits 500 --target-commits 50 >&2
files=$(find "$repo/standards" -type f | wc -l)
entries=$(cd "$repo" && "$TONGBAN" log "$matter" --format json --registry standards | grep -c '"commit":' || true)
echo "log: $files files, 501 commits, $entries entries for $matter (50 changes + its creation)"
echo "  tongban log $matter --format json: $(cd "$repo" && timeit "$TONGBAN" log "$matter" --format json --registry standards)"
echo "  git log --oneline on its file:     $(cd "$repo" && timeit git log --oneline -- "standards/matters/$matter.yaml")"

# --- report --------------------------------------------------------------------------------
report_matters=${REPORT_MATTERS:-140}
report_regions=${REPORT_REGIONS:-3000}
registry="$work/national"
python3 "$here/Benchmarks/generate_registry.py" --out "$registry" --matters "$report_matters" --regions "$report_regions" --coverage 0.97 >&2
files=$(find "$registry" -type f | wc -l)
echo "report: $report_matters matters x $report_regions regions, $files files"
for format in text json; do
  bytes=$("$TONGBAN" report --registry "$registry" --as-of 2022-01-01 --format "$format" | wc -c)
  lines=$("$TONGBAN" report --registry "$registry" --as-of 2022-01-01 --format "$format" | wc -l)
  echo "  report --format $format: $(timeit "$TONGBAN" report --registry "$registry" --as-of 2022-01-01 --format "$format"); $bytes bytes, $lines lines"
done
