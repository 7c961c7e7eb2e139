#!/usr/bin/env bash
# bench.sh: throughput of the Beam pipeline on prism at one and two
# workers (GOMAXPROCS, the cores the in-process runner and its Go worker
# may use) against hearsay batch -j 1 and -j 2, on the same input; each
# pipeline run is checked to give the same reports as hearsay batch.
#
#   bash bench.sh [DOCS]     (default 4000; REPS=N runs each N times, default 2)
#
# The input is generated in a temporary directory: DOCS documents of one
# to three paragraphs of ../../testdata/venezuela-strike.txt, with outlets.
set -euo pipefail
cd "$(dirname "$0")"
docs=${1:-4000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

awk -v docs="$docs" '
  { p[NR] = $0; gsub(/\\/, "\\\\", p[NR]); gsub(/"/, "\\\"", p[NR]) }
  END {
    split("Harbor Ledger,Daily Meridian,Northline Wire,The Civic Post", o, ",")
    for (i = 0; i < docs; i++) {
      n = 1 + i % 3; t = ""
      for (j = 0; j < n; j++) t = t (j ? " " : "") p[1 + (i * 7 + j * 3) % NR]
      printf "{\"id\":\"doc-%d\",\"outlet\":\"%s\",\"text\":\"%s\"}\n", i, o[1 + i % 4], t
    }
  }' ../../testdata/venezuela-strike.txt > "$work/corpus.jsonl"
bytes=$(wc -c < "$work/corpus.jsonl")
echo "input: $docs documents, $bytes bytes; $(nproc) cores: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"

go build -o "$work/hearsay" github.com/hearsay-go/hearsay/cmd/hearsay
go build -o "$work/beam" .

# measure NAME REPS COMMAND...: runs COMMAND REPS times and reports the
# fastest run's wall time, as documents and MB per second, with its CPU
# time (user + system), which competing load on the machine changes less.
measure() {
  local name=$1 reps=$2 best="" cpu="" t wall c
  shift 2
  for _ in $(seq "$reps"); do
    t=$( { TIMEFORMAT='%R %U %S'; time "$@" >/dev/null 2>"$work/stderr"; } 2>&1 ) || { cat "$work/stderr" >&2; exit 1; }
    wall=${t%% *}
    c=$(awk -v t="$t" 'BEGIN { split(t, a, " "); print a[2] + a[3] }')
    if [ -z "$best" ] || awk -v a="$wall" -v b="$best" 'BEGIN { exit !(a < b) }'; then best=$wall cpu=$c; fi
  done
  awk -v n="$name" -v s="$best" -v c="$cpu" -v d="$docs" -v b="$bytes" \
    'BEGIN { printf "%-44s %6.2f s wall %6.2f s cpu %7.0f docs/s %6.2f MB/s\n", n, s, c, d / s, b / 1e6 / s }'
}

batch() { # WORKERS
  GOMAXPROCS=$1 "$work/hearsay" batch -j "$1" "$work/corpus.jsonl" > "$work/batch.jsonl"
}
pipeline() { # WORKERS SPLIT
  rm -rf "$work/out"
  GOMAXPROCS=$1 "$work/beam" --input "$work/corpus.jsonl" --output "$work/out/" --split_size "$2"
}
check() { # the last pipeline run gave the same reports as hearsay batch
  cmp -s <(sort "$work/batch.jsonl") <(sort "$work/out/reports.jsonl") ||
    { echo "beam reports differ from hearsay batch's" >&2; exit 1; }
}

reps=${REPS:-2}
for w in 1 2; do
  measure "hearsay batch -j $w (GOMAXPROCS=$w)" "$reps" batch "$w"
done
for w in 1 2; do
  for split in 67108864 262144; do
    measure "beam on prism, GOMAXPROCS=$w, split $((split / 1024)) KiB" "$reps" pipeline "$w" "$split"
    check
  done
done
