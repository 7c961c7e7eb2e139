#!/usr/bin/env bash
# Runs "hearsay serve" on a free loopback port, posts the seed article
# 50 times to warm it up, then 1,000 times one request after another, and
# prints the server's resident memory (VmRSS) after the warm-up, after 500
# and after 1,000 requests, and the time a request took. What it checks,
# as figures for a person to read rather than a test: the memory grew by
# less than 16 MiB over the 1,000 requests and by less than 8 MiB over the
# second 500 (nothing is kept from one request to the next). The exit
# status is 1 when it did not. Give another binary to measure that one.
# Needs python3 and /proc (Linux).
#
#   bash scripts/serve-memory.sh [HEARSAY_BINARY]
set -uo pipefail
cd "$(dirname "$0")/.."
dir=$(mktemp -d)
pid=
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -rf "$dir"' EXIT
bin=${1:-}
if [ -z "$bin" ]; then
  go build -o "$dir/hearsay" ./cmd/hearsay || exit 1
  bin=$dir/hearsay
fi
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
"$bin" serve --addr "127.0.0.1:$port" 2>"$dir/serve.err" &
pid=$!
for _ in $(seq 50); do python3 -c "import socket; socket.create_connection(('127.0.0.1',$port),1)" 2>/dev/null && break; sleep 0.1; done
python3 - "$port" "$pid" testdata/venezuela-strike.txt <<'PY'
import http.client, sys, time
port, pid, seed = int(sys.argv[1]), sys.argv[2], open(sys.argv[3], "rb").read()
conn = http.client.HTTPConnection("127.0.0.1", port)

def post():
    conn.request("POST", "/v1/analyze", body=seed, headers={"Content-Type": "text/plain; charset=utf-8"})
    res = conn.getresponse()
    res.read()
    if res.status != 200:
        sys.exit("status %d" % res.status)

def rss():
    for line in open("/proc/%s/status" % pid):
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    sys.exit("no VmRSS")

for _ in range(50):
    post()
before = rss()
start = time.monotonic()
for i in range(1000):
    post()
    if i == 499:
        mid = rss()
elapsed = time.monotonic() - start
after = rss()
print("hearsay serve, 1,000 sequential requests with the seed article: %.1f s, %.2f ms each" % (elapsed, elapsed * 1e3 / 1000))
print("RSS: %.1f MiB after 50 warm-up requests, %.1f MiB after 500 more, %.1f MiB after 1,000" % (before, mid, after))
grew, late = after - before, after - mid
ok = grew < 16 and late < 8
print("grew %.1f MiB in all (bound 16), %.1f MiB in the second half (bound 8): %s" % (grew, late, "within" if ok else "OVER"))
sys.exit(0 if ok else 1)
PY
status=$?
kill "$pid"; wait "$pid" 2>/dev/null; pid=
exit $status
