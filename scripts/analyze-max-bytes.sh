#!/usr/bin/env bash
# Feeds 300 MB of NUL bytes to "hearsay analyze -" and prints the exit
# status, the first line of standard error, wall time and peak RSS. Give a
# second binary (for example one built from an older commit) to compare.
# Needs GNU time (/usr/bin/time).
#
#   bash scripts/analyze-max-bytes.sh [OTHER_HEARSAY_BINARY]
set -uo pipefail
cd "$(dirname "$0")/.."
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
go build -o "$dir/hearsay" ./cmd/hearsay || exit 1
printf '%-30s %5s %8s %10s  %s\n' binary exit seconds maxRSS_MB stderr
for bin in "$dir/hearsay" "$@"; do
  head -c 300000000 /dev/zero | /usr/bin/time -f '%e %M' -o "$dir/time" timeout 120 "$bin" analyze - >/dev/null 2>"$dir/err"
  code=${PIPESTATUS[1]}
  read -r secs rss < <(tail -n 1 "$dir/time")
  name=$bin
  [ "$bin" = "$dir/hearsay" ] && name="this tree"
  printf '%-30s %5s %8s %10s  %s\n' "$name" "$code" "$secs" "$((rss / 1024))" "$(head -c 120 "$dir/err" | head -n 1)"
done
