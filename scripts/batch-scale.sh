#!/usr/bin/env bash
# Runs hearsay batch over a CSV of N articles made from a PolNeAR text
# directory (scripts/polnear-csv.py), for each N given, and prints the
# wall time, peak RSS (GNU time) and output size of
# batch --keep outlet,date --level attribution --format csv: memory should
# stay flat as N grows. Needs GNU time and python3.
#
#   bash scripts/batch-scale.sh ../shared/eval/polnear-train/text 10000 100000
set -euo pipefail
cd "$(dirname "$0")/.."
src=$1
shift
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
go build -o "$dir/hearsay" ./cmd/hearsay
echo "$(nproc) cores"
for n in "$@"; do
  python3 scripts/polnear-csv.py "$src" "$n" >"$dir/in.csv"
  /usr/bin/time -v "$dir/hearsay" batch -j 2 --keep outlet,date --level attribution --format csv "$dir/in.csv" 2>"$dir/time" >"$dir/out.csv"
  rss=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2/1024}' "$dir/time")
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$dir/time")
  cpu=$(awk -F': ' '/User time/ {u=$2} /System time/ {s=$2} END {printf "%.1f", u+s}' "$dir/time")
  in_mb=$(du -m "$dir/in.csv" | cut -f1)
  out_mb=$(du -m "$dir/out.csv" | cut -f1)
  rows=$(($(python3 -c "import csv,sys; print(sum(1 for _ in csv.reader(open(sys.argv[1], newline='', encoding='utf-8'))))" "$dir/out.csv") - 1))
  printf '%7d documents, %5d MB in: wall %8s, CPU %6ss, peak RSS %4s MB, %5d MB out, %d rows\n' "$n" "$in_mb" "$wall" "$cpu" "$rss" "$out_mb" "$rows"
done
