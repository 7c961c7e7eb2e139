#!/usr/bin/env bash
# Prints the peak memory (max RSS, from GNU time) and wall time of
# hearsay batch over dense documents: 100 documents of 1 MB ("He said it. "
# repeated: a report and an attribution every 12 bytes, the output about
# 48 times the input) with -j 2 and -j 8, and one document of 50 MB. The
# output goes to /dev/null; the script prints how many lines it had.
# Needs GNU time (/usr/bin/time) and python3.
#
#   bash scripts/batch-memory.sh [EXTRA BATCH FLAGS...]
set -euo pipefail
cd "$(dirname "$0")/.."
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
go build -o "$dir/hearsay" ./cmd/hearsay

python3 - "$dir" <<'PY'
import json, sys
d = sys.argv[1]
with open(d + "/1mb.jsonl", "w") as f:
    text = "He said it. " * (1_000_000 // 12)
    for i in range(100):
        f.write(json.dumps({"id": "doc-%d" % i, "text": text}) + "\n")
with open(d + "/50mb.jsonl", "w") as f:
    f.write(json.dumps({"id": "big", "text": "He said it. " * (50_000_000 // 12)}) + "\n")
PY

measure() { # name, input, flags...
  local name=$1 input=$2
  shift 2
  /usr/bin/time -v "$dir/hearsay" batch "$@" "$input" 2>"$dir/time" | wc -l >"$dir/lines" || true
  local rss wall errors
  rss=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2/1024}' "$dir/time")
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$dir/time")
  printf '%-34s peak RSS %5s MB  wall %8s  output lines %s\n' "$name $*" "$rss" "$wall" "$(cat "$dir/lines")"
}

echo "$(nproc) cores; hearsay batch, output to /dev/null"
measure "100 x 1 MB" "$dir/1mb.jsonl" -j 2 "$@"
measure "100 x 1 MB" "$dir/1mb.jsonl" -j 8 "$@"
measure "1 x 50 MB" "$dir/50mb.jsonl" "$@"
