#!/usr/bin/env bash
# split-batch.sh: hearsay batch as the map step over split files.
#
#   split-batch.sh INPUT.jsonl OUTPUT.jsonl [PIECES]
#
# Splits INPUT into PIECES files of whole lines (default: 4 per job),
# runs `hearsay batch -j 1` on every piece, JOBS at a time (xargs -P;
# default: the number of cores), and concatenates the outputs in order
# into OUTPUT. The result is byte for byte what `hearsay batch INPUT`
# writes: reports don't depend on anything outside their line, and the
# line numbers of error lines, which count within a piece, are shifted by
# the lines of the pieces before it.
#
# Environment: HEARSAY, the hearsay command (default: hearsay on PATH);
# JOBS, how many pieces run at once; TMPDIR for the pieces.
set -euo pipefail
shopt -s nullglob

if [ $# -lt 2 ] || [ $# -gt 3 ]; then
  echo "usage: $0 INPUT.jsonl OUTPUT.jsonl [PIECES]" >&2
  exit 2
fi
input=$1
output=$2
jobs=${JOBS:-$(nproc)}
pieces=${3:-$((4 * jobs))}
hearsay=${HEARSAY:-hearsay}
command -v "$hearsay" >/dev/null || { echo "$0: $hearsay: not found (set HEARSAY)" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Whole lines per piece, so that piece k starts at line k*per+1.
lines=$(awk 'END { print NR }' "$input")
per=$(( (lines + pieces - 1) / pieces ))
[ "$per" -ge 1 ] || per=1
split -l "$per" -d -a 5 "$input" "$work/piece-"

# The map step: one hearsay batch per piece, JOBS at a time.
export HEARSAY_BIN=$hearsay
find "$work" -name 'piece-*' -print0 |
  xargs -0 -P "$jobs" -n 1 sh -c '"$HEARSAY_BIN" batch -j 1 "$1" > "$1.out"' sh

# Concatenate in order, shifting error lines' numbers to the whole input.
: > "$output"
k=0
for piece in "$work"/piece-?????; do
  awk -v off=$((k * per)) '
    match($0, /"line":[0-9]+}$/) {
      n = substr($0, RSTART + 7, RLENGTH - 8)
      $0 = substr($0, 1, RSTART - 1) "\"line\":" (n + off) "}"
    }
    { print }' "$piece.out" >> "$output"
  k=$((k + 1))
done
