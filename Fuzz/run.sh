#!/usr/bin/env bash
# Builds Fuzz/DecodeFuzzer.swift with libFuzzer and the address sanitizer, seeds a corpus with
# every YAML file of the shipped registry and the test fixtures and the CSVs of seeds/, and fuzzes.
#
#   Fuzz/run.sh                  # 10 minutes on one core
#   SECONDS_TO_RUN=3600 JOBS=2 Fuzz/run.sh
#
# Work files (objects, corpus, crashes) go to ${FUZZ_DIR:-.build/fuzz}. A crash, a disagreement
# or a failed fmt check is written there as `crash-*`; replay it with
#   .build/fuzz/decode-fuzzer .build/fuzz/crash-…
# Its first byte picks what the rest is (see `fuzz` in DecodeFuzzer.swift).
set -euo pipefail

here=$(cd "$(dirname "$0")/.." && pwd)
# Swift's own crash reporter would race the sanitizer's; libFuzzer reports the crash.
export SWIFT_BACKTRACE=${SWIFT_BACKTRACE:-enable=no}
work=${FUZZ_DIR:-$here/.build/fuzz}
mkdir -p "$work/objects" "$work/corpus"
flags=(-swift-version 6 -parse-as-library -O -g -sanitize=fuzzer,address -I "$here/Sources/CYAML" -I "$work/objects")

echo "building (a few minutes) ..." >&2
swiftc "${flags[@]}" -wmo -module-name YAMLSource -emit-module -emit-module-path "$work/objects/YAMLSource.swiftmodule" \
  -emit-object -o "$work/objects/YAMLSource.o" "$here"/Sources/YAMLSource/*.swift
mapfile -t kit < <(find "$here/Sources/TongbanKit" -name '*.swift' | sort)
swiftc "${flags[@]}" -wmo -enable-testing -module-name TongbanKit -emit-module \
  -emit-module-path "$work/objects/TongbanKit.swiftmodule" -emit-object -o "$work/objects/TongbanKit.o" "${kit[@]}"
swiftc "${flags[@]}" "$here/Fuzz/DecodeFuzzer.swift" "$work/objects/YAMLSource.o" "$work/objects/TongbanKit.o" \
  -o "$work/decode-fuzzer" 2>&1 | grep -v -e "Cannot export local symbol '__asan" -e "mktemp" >&2 || true
test -x "$work/decode-fuzzer"

# Seeds: each YAML file with the selector byte of its kind in front, and each CSV of seeds/
# with the import selector (8).
python3 - "$here" "$work/corpus" <<'PY'
import hashlib, os, sys
here, corpus = sys.argv[1], sys.argv[2]
kinds = [("/region.yaml", 7), ("/matters/", 0), ("/lists/", 1), ("/regions/", 2), ("/registry.y", 3), ("/catalog/materials.y", 4),
         ("/catalog/divisions.y", 5), ("/catalog/licenses.y", 6)]
for top in ("standards", "Tests"):
    for folder, _, names in os.walk(os.path.join(here, top)):
        for name in names:
            path = os.path.join(folder, name)
            selector = next((k for marker, k in kinds if marker in path), None)
            if selector is None or not name.endswith((".yaml", ".yml")) or os.path.getsize(path) > 20000:
                continue
            data = bytes([selector]) + open(path, "rb").read()
            open(os.path.join(corpus, hashlib.sha1(data).hexdigest()), "wb").write(data)
for name in sorted(os.listdir(os.path.join(here, "seeds"))):
    if name.endswith(".csv"):
        data = bytes([8]) + open(os.path.join(here, "seeds", name), "rb").read()
        open(os.path.join(corpus, hashlib.sha1(data).hexdigest()), "wb").write(data)
PY

cd "$work"
parallel=()
if [[ "${JOBS:-1}" -gt 1 ]]; then parallel=(-jobs="$JOBS" -workers="$JOBS"); fi
# Leak checking is off (also at exit): Swift's lazily initialized globals (the schemas) are
# allocated once and never freed, which LeakSanitizer reports.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0}
exec ./decode-fuzzer -dict="$here/Fuzz/yaml.dict" -max_len=4096 -timeout=10 -rss_limit_mb=4096 -detect_leaks=0 \
  -max_total_time="${SECONDS_TO_RUN:-600}" -print_final_stats=1 -artifact_prefix="$work/" "${parallel[@]}" corpus
