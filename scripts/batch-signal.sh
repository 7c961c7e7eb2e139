#!/usr/bin/env bash
# Stops hearsay batch with a signal at random moments and checks what it
# leaves: every output line whole and valid JSON, the answers of a prefix
# of the input in order, a non-zero exit status and a summary on standard
# error; then that --resume OUT completes the run with exactly one line per
# input line, in input order. Half the runs write to a file, half through
# a pipe. Needs python3.
#
#   bash scripts/batch-signal.sh [RUNS] [SIGNAL]    # default 20 TERM
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-20}
sig=${2:-TERM}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
go build -o "$dir/hearsay" ./cmd/hearsay

python3 - "$dir/in.jsonl" <<'PY'
import json, random, sys
random.seed(13)
names = ["Maria Lopez", "the ministry", "Officials", "He", "Dr. Tom Ruiz", "Critics", "The company"]
cues = ["said", "claimed", "denied", "alleged", "confirmed", "suggested", "told reporters"]
with open(sys.argv[1], "w") as f:
    for i in range(4000):
        sents = []
        for _ in range(random.randint(5, 60)):
            n, c = random.choice(names), random.choice(cues)
            sents.append(random.choice([
                f"{n} {c} the “regime” may have moved {random.randint(2, 900)} tonnes.",
                f"“It was never approved,” {n} {c}.",
                f"According to {n}, the plan reportedly failed — again.",
                f"The vote was held on Tuesday in Zürich.",
            ]))
        f.write(json.dumps({"id": f"doc-{i}", "text": " ".join(sents)}, ensure_ascii=False) + "\n")
        if i % 500 == 7:
            f.write("\n")  # blank lines get no answer
            f.write('{"id": "bad-%d"}\n' % i)  # no text: an error line keeps its place
PY
want=$(grep -c . "$dir/in.jsonl")

check() { # file: every line valid JSON, ids a prefix of the input's, in order
  python3 - "$dir/in.jsonl" "$1" "${2:-}" <<'PY'
import json, sys
ids = [json.loads(l).get("id") for l in open(sys.argv[1]) if l.strip()]
data = open(sys.argv[2], "rb").read()
if data and not data.endswith(b"\n"):
    sys.exit("last line cut off")
lines = data.decode().splitlines()
for n, l in enumerate(lines):
    try:
        rec = json.loads(l)
    except ValueError as e:
        sys.exit(f"line {n+1} is not JSON: {e}")
    if rec.get("id", "") != str(ids[n]):
        sys.exit(f"line {n+1}: id {rec.get('id')!r}, want {ids[n]!r}")
if sys.argv[3] == "complete" and len(lines) != len(ids):
    sys.exit(f"{len(lines)} lines, want {len(ids)}")
print(len(lines))
PY
}

# The kills land at random moments within a whole run's time.
start=$(date +%s.%N)
"$dir/hearsay" batch -j 2 "$dir/in.jsonl" >/dev/null
full=$(python3 -c "import sys; print(round($(date +%s.%N) - $start, 2))")
echo "a whole run takes ${full}s; $want input lines"

fail=0
for i in $(seq 1 "$runs"); do
  rm -f "$dir/out.jsonl"
  delay=$(python3 -c "import random; print(round(random.uniform(0.05, 0.95 * $full), 2))")
  if (( i % 2 )); then
    mode=file
    "$dir/hearsay" batch -j 2 "$dir/in.jsonl" >"$dir/out.jsonl" 2>"$dir/err" & pid=$!
  else
    mode=pipe
    # $! is the last command of the pipeline; hearsay's pid is found by its parent.
    ( "$dir/hearsay" batch -j 2 "$dir/in.jsonl" 2>"$dir/err" | cat >"$dir/out.jsonl" ) & sub=$!
    sleep 0.05
    pid=$(pgrep -P "$sub" -x hearsay || pgrep -f "^$dir/hearsay batch" | head -1)
  fi
  sleep "$delay"
  kill -"$sig" "$pid" 2>/dev/null || true
  status=0; wait "${sub:-$pid}" || status=$?
  # the pipeline's status is cat's; hearsay's summary is on its stderr
  unset sub
  if ! got=$(check "$dir/out.jsonl"); then echo "run $i ($mode, ${delay}s): FAIL: $got"; fail=1; continue; fi
  summary=$(grep -o 'interrupted: .*' "$dir/err" || echo "(finished before the signal)")
  if [[ $summary == interrupted* && $status == 0 ]]; then echo "run $i: interrupted but exit status 0"; fail=1; fi
  "$dir/hearsay" batch --resume "$dir/out.jsonl" "$dir/in.jsonl" 2>"$dir/err2" || { echo "run $i: resume failed: $(cat "$dir/err2")"; fail=1; continue; }
  if ! total=$(check "$dir/out.jsonl" complete); then echo "run $i ($mode): FAIL after --resume: $total"; fail=1; continue; fi
  printf 'run %2d %-4s SIG%s at %4ss: status %d, %4d whole lines; --resume: %d of %d. %s\n' "$i" "$mode" "$sig" "$delay" "$status" "$got" "$total" "$want" "$summary"
done
exit $fail
