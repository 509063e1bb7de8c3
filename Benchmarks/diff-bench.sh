#!/usr/bin/env bash
# Times `tongban diff` between two revisions of a synthetic registry of about 100,000 files
# (1,000 matters, 99 regions x 1,000 implementations, 2 lists, 3 catalogs) that differ in 100
# files, next to `git diff` (the full patch) between the same two revisions, and next to the
# floor of any such diff in tongban's stack: `Benchmarks/diff-floor.swift`, which reads both sides
# of the changed list and matter files through `git cat-file --batch` and runs only libyaml's
# event loop over them (the blob ids are found beforehand; nothing is modelled, compared or
# printed).
#
#   Benchmarks/diff-bench.sh            # builds tongban (release) and runs 30 times each
#   RUNS=50 Benchmarks/diff-bench.sh
#   TONGBAN=/path/to/tongban Benchmarks/diff-bench.sh   # skip the build
#   KEEP=1 Benchmarks/diff-bench.sh     # keep the generated repository and print where it is
#
# tongban is built as it is shipped: `swift build -c release --static-swift-stdlib` (a program
# that uses Foundation starts in about 2 ms with the Swift runtime linked in, in about 6 ms when
# it loads the shared Swift and Foundation libraries). Both commands are timed the same way: by hyperfine (Debian: hyperfine) when it is
# installed, else by a Python timer; each reports the median and the fastest run after warm-ups.
#
# Needs git, python3 (to write the files) and a Swift toolchain. Self-contained: the registry is
# generated in a temporary folder and removed afterwards.
set -euo pipefail

runs=${RUNS:-30}
here=$(cd "$(dirname "$0")/.." && pwd)
if [[ -z "${TONGBAN:-}" ]]; then
  (cd "$here" && swift build -c release --static-swift-stdlib --product tongban >&2)
  TONGBAN="$(cd "$here" && swift build -c release --static-swift-stdlib --show-bin-path)/tongban"
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/tongban-diff-bench.XXXXXX")
if [[ -n "${KEEP:-}" ]]; then echo "repository: $work/repo" >&2; else trap 'rm -rf "$work"' EXIT; fi
# Built the way tongban is (static Swift runtime, optimized), against the same libyaml module.
if ! log=$(swiftc -O -static-stdlib -I "$here/Sources/CYAML" "$here/Benchmarks/diff-floor.swift" -o "$work/diff-floor" 2>&1); then
  echo "$log" >&2
  exit 1
fi

# --- the registry --------------------------------------------------------------------------
cat > "$work/generate.py" <<'PY'
"""Writes the synthetic registry: `a` writes every file, `b` rewrites exactly 100 of them."""
import os, sys

root, variant = sys.argv[1], sys.argv[2]
MATTERS, REGIONS = 1000, 99
regions = ["37%04d" % (101 + i) for i in range(REGIONS)]

def write(path, text):
    path = os.path.join(root, path)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)

def matter(i, promised=5, extra=False):
    materials = ("  - name: 居民身份证\n    form: 原件\n    required: 必要\n"
                 "  - name: 申请表%d\n    form: 原件\n    copies: 1\n    required: 必要\n" % i)
    if extra:
        materials += "  - name: 户口簿\n    form: 复印件\n    required: 非必要\n"
    return ("name: 事项%d\ntype: 公共服务\ndepartment: 部门%d\nstatus: 在用\nbasis:\n  - 《测试条例》\n"
            "modes: [全程网办, 代收代办]\naudience: [自然人]\nconditions:\n  - 条件%d\nmaterials:\n%s"
            "time_limit:\n  statutory: 20个工作日\n  promised: %d个工作日\nvisits: 0\nfee: 不收费\n"
            "result:\n  name: 结果%d\n  type: 其他\n  delivery: [邮寄]\nprocess: [申请, 受理, 审核, 办结]\n"
            "sources:\n  - 合成数据\n") % (i, i % 20, i, materials, promised, i)

def service_list(name, scope, entries):
    head = ("name: %s\nscope: %s\nbasis:\n  - 合成文件\nbatches:\n  - id: \"2020\"\n    due: 2020-12-31\n"
            "  - id: \"2021\"\n    due: 2021-12-31\nentries:\n") % (name, scope)
    return head + "".join("  - matter: m%04d\n    batch: \"%s\"\n" % entry for entry in entries)

def implementation(code, phone):
    return "agency: %s行政审批服务局\nphone: %s\nsources:\n  - 合成数据\n" % (code, phone)

def kuasheng(changed):
    if not changed:
        return [(i, "2020" if i < 300 else "2021") for i in range(600)]
    # 5 removed (m0000-m0004), 5 added (m0600-m0604), 5 moved to 2021 (m0005-m0009).
    return [(i, "2021" if i < 10 or i >= 300 else "2020") for i in range(5, 605)]

if variant == "a":
    write("registry.yaml", "schema: 1\nname: 合成标准库\njurisdiction: \"370000\"\n")
    write("catalog/divisions.yaml", "- code: \"370000\"\n  name: 山东省\n" + "".join(
        "- code: \"%s\"\n  name: 区县%d\n  parent: \"370000\"\n" % (c, n) for n, c in enumerate(regions)))
    write("catalog/licenses.yaml", "- id: resident-id-card\n  name: 居民身份证\n")
    write("catalog/materials.yaml", "- name: 居民身份证\n  synonyms: [身份证]\n")
    write("lists/kuasheng.yaml", service_list("跨省通办", "全国", kuasheng(False)))
    write("lists/quansheng.yaml", service_list("全省通办", "全省", [(i, "2021") for i in range(600, 1000)]))
    for i in range(MATTERS):
        write("matters/m%04d.yaml" % i, matter(i))
    for code in regions:
        for i in range(MATTERS):
            write("regions/%s/m%04d.yaml" % (code, i), implementation(code, "0632-6616276"))
else:
    # 1 list + 69 matters (time limits or materials) + 30 implementations = 100 files.
    write("lists/kuasheng.yaml", service_list("跨省通办", "全国", kuasheng(True)))
    for i in range(5, 74):
        write("matters/m%04d.yaml" % i, matter(i, promised=3 if i % 2 else 5, extra=i % 2 == 0))
    for i in range(30):
        write("regions/%s/m%04d.yaml" % (regions[0], i), implementation(regions[0], "0632-1234567"))
PY

repo="$work/repo"
mkdir -p "$repo"
git -C "$repo" init -q
git -C "$repo" config user.name bench
git -C "$repo" config user.email bench@tongban.invalid
git -C "$repo" config commit.gpgsign false
echo "generating the registry in $repo ..." >&2
python3 "$work/generate.py" "$repo/standards" a
git -C "$repo" add -A
git -C "$repo" commit -qm "synthetic registry"
git -C "$repo" tag old
python3 "$work/generate.py" "$repo/standards" b
git -C "$repo" add -A
git -C "$repo" commit -qm "100 files changed"
git -C "$repo" tag new
git -C "$repo" repack -adq  # as a clone would have it

files=$(git -C "$repo" ls-tree -r --name-only new | wc -l)
changed=$(git -C "$repo" diff --name-only old new | wc -l)
# Both sides of every changed list and matter file: what any diff of the standards must parse.
mapfile -t blobs < <(git -C "$repo" diff --raw --no-renames --abbrev=40 old new -- standards/lists standards/matters |
  awk '{ if ($3 !~ /^0+$/) print $3; if ($4 !~ /^0+$/) print $4 }')

# --- timing --------------------------------------------------------------------------------
# Milliseconds of `runs` runs after three warm-ups, as "median min".
measure() {
  if command -v hyperfine > /dev/null; then
    local json
    json=$(mktemp)
    hyperfine -N --warmup 3 --runs "$runs" --export-json "$json" "$(printf '%q ' "$@")" > /dev/null
    python3 -c 'import json, sys; t = json.load(open(sys.argv[1]))["results"][0]["times"]; t.sort(); print("%.1f %.1f" % (t[(len(t) - 1) // 2] * 1000, t[0] * 1000))' "$json"
    rm -f "$json"
  else
    python3 - "$runs" "$@" <<'TIMER'
import subprocess, sys, time
runs, command = int(sys.argv[1]), sys.argv[2:]
times = []
for i in range(runs + 3):
    start = time.perf_counter()
    subprocess.run(command, stdout=subprocess.DEVNULL, check=False)
    if i >= 3:
        times.append(time.perf_counter() - start)
times.sort()
print("%.1f %.1f" % (times[(len(times) - 1) // 2] * 1000, times[0] * 1000))
TIMER
  fi
}

cd "$repo"
read -r tongban_median tongban_min < <(measure "$TONGBAN" diff old new --format json)
read -r floor_median floor_min < <(measure "$work/diff-floor" "${blobs[@]}")
read -r git_median git_min < <(measure git diff old new)

echo "registry: $files files; old..new differ in $changed files (packed repository, $runs runs each)"
printf '%-44s median %7.1f ms   min %7.1f ms\n' "tongban diff old new --format json" "$tongban_median" "$tongban_min"
printf '%-44s median %7.1f ms   min %7.1f ms\n' "floor: ${#blobs[@]} blobs, libyaml events only" "$floor_median" "$floor_min"
printf '%-44s median %7.1f ms   min %7.1f ms\n' "git diff old new (full patch)" "$git_median" "$git_min"
awk -v a="$tongban_median" -v f="$floor_median" -v b="$git_median" \
  'BEGIN { printf "ratio (medians): tongban %.1fx git diff; floor %.1fx git diff\n", a / b, f / b }'
"$TONGBAN" diff old new --format json | python3 -c 'import json, sys; print("tongban summary:", json.load(sys.stdin)["summary"])'
