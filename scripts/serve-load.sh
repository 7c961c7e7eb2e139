#!/usr/bin/env bash
# Runs "hearsay serve" on a free loopback port under the two loads of
# scripts/serve-load.py (32 clients that post 1 MB and never read; 256
# concurrent 6 MB JSON requests), each against a fresh server, and prints
# the status counts and the server's peak RSS (VmHWM). Give another binary
# (for example one built from an older commit) to compare; extra serve flags
# go in SERVE_FLAGS. Needs python3. Only 127.0.0.1 is used.
#
#   bash scripts/serve-load.sh [OTHER_HEARSAY_BINARY]
set -uo pipefail
cd "$(dirname "$0")/.."
dir=$(mktemp -d)
pid=
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -rf "$dir"' EXIT
go build -o "$dir/hearsay" ./cmd/hearsay || exit 1

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

load() { # binary name load-args...
  local bin=$1 name=$2; shift 2
  local port; port=$(free_port)
  "$bin" serve --addr "127.0.0.1:$port" ${SERVE_FLAGS:-} 2>"$dir/serve.err" &
  pid=$!
  for _ in $(seq 50); do python3 -c "import socket; socket.create_connection(('127.0.0.1',$port),1)" 2>/dev/null && break; sleep 0.1; done
  echo "== $name: $*"
  python3 scripts/serve-load.py "$port" "$@"
  python3 scripts/serve-load.py "$port" after
  echo "peak RSS: $(awk '/VmHWM/ {printf "%.0f MB", $2/1024}' /proc/$pid/status)"
  kill "$pid"; wait "$pid" 2>/dev/null; pid=
}

for bin in "$dir/hearsay" "$@"; do
  name=$bin
  [ "$bin" = "$dir/hearsay" ] && name="this tree"
  load "$bin" "$name" never-read 32 15
  load "$bin" "$name" json 256
done
