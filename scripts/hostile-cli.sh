#!/usr/bin/env bash
# Feeds the hearsay CLI hostile inputs and prints, for each, the exit
# status, wall time and peak memory (max RSS), and whether standard error
# holds a panic trace. Needs GNU time (/usr/bin/time) and python3.
#
#   bash scripts/hostile-cli.sh [SIZE_MB]    # SIZE_MB: the runaway-sentence case, default 20
set -euo pipefail
cd "$(dirname "$0")/.."
size=${1:-20}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
go build -o "$dir/hearsay" ./cmd/hearsay

python3 - "$dir" "$size" <<'PY'
import os, random, sys
d, size = sys.argv[1], int(sys.argv[2])
random.seed(1)
def w(name, data):
    with open(os.path.join(d, name + ".txt"), "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode())
w("empty", "")
w("whitespace", " \t\r\n\u00a0 \n")
w("invalid-utf8", b"Officials said \xff\xfe it.")
w("nul-bytes", "Officials\x00said it.\x00He left.")
w("random-1mb", bytes(random.getrandbits(8) for _ in range(1 << 20)))
w("no-punctuation", "officials said the regime may " * (size * (1 << 20) // 30))
w("100k-sentences", "He said it. " * 100_000)
w("unbalanced-quotes", "He said \u201cit was fine. She said \u2018no. " * 20_000)
w("nested-quotes", "\u201c" * 50_000 + "x" + "\u201d" * 50_000)
w("only-quotes", '"' * (1 << 20))
w("html", '<p class="lede">Officials <b>said</b> the &amp; <a href="x">boat</a> sank.</p>\n' * 20_000)
w("rtl-cjk", "\u0642\u0627\u0644 \u0627\u0644\u0645\u0633\u0624\u0648\u0644\u0648\u0646 \u5b98\u5458\u8868\u793a \u3002 " * 30_000)
w("emoji", "Officials said \U0001F642\U0001F1FB\U0001F1EA it sank! " * 30_000)
w("1mb-word", "a" * (1 << 20))
w("crlf", "Officials said it sank.\r\n" * 50_000)
PY

printf '%-20s %10s %5s %8s %9s %s\n' case bytes exit seconds maxRSS_MB panic
for f in "$dir"/*.txt; do
  name=$(basename "$f" .txt)
  bytes=$(stat -c %s "$f")
  set +e
  /usr/bin/time -f '%e %M' -o "$dir/time" timeout 600 "$dir/hearsay" analyze --format json "$f" >/dev/null 2>"$dir/err"
  code=$?
  set -e
  read -r secs rss < <(tail -n 1 "$dir/time") || true
  panic=no
  grep -q -e '^panic:' -e '^goroutine ' "$dir/err" && panic=YES
  printf '%-20s %10s %5s %8s %9s %s\n' "$name" "$bytes" "$code" "$secs" "$((rss / 1024))" "$panic"
done
