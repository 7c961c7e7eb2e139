#!/usr/bin/env bash
# Prints, for each hostile input of hostile_test.go, how long one analysis
# took and how much it allocated, against the bound the analysis is held
# to: 500 bytes allocated per input byte plus 64 MB (a report on many tiny
# sentences is itself some 30 times larger than its input, and the
# analysis allocates several times what it keeps). These are figures, not
# test assertions: a loaded machine changes the times, and the bound is
# for a person to read. The exit status is 1 when an input is over it.
#
#   bash scripts/hostile-figures.sh [-race]
set -euo pipefail
cd "$(dirname "$0")/.."
go test "$@" -run '^$' -bench '^BenchmarkHostileInput$' -benchtime 1x . |
  awk '
    /^BenchmarkHostileInput\// {
      name = $1; sub(/^BenchmarkHostileInput\//, "", name); sub(/-[0-9]+$/, "", name)
      ns = ""; per = ""; size = ""
      for (i = 2; i <= NF; i++) {
        if ($i == "ns/op") ns = $(i-1)
        if ($i == "alloc-B/B") per = $(i-1)
        if ($i == "input-B") size = $(i-1)
      }
      alloc = per * (size > 0 ? size : 1)
      bound = 500 * size + 64 * 1048576
      verdict = alloc <= bound ? "within" : "OVER"
      if (alloc > bound) over++
      perbyte = size > 0 ? sprintf("%7.1f B/B", per) : "      - B/B"
      printf "%-26s %10d bytes %9.1f ms %9.1f MB allocated %s  bound %7.1f MB  %s\n",
        name, size, ns / 1e6, alloc / 1e6, perbyte, bound / 1e6, verdict
      n++
    }
    END {
      if (n == 0) { print "no benchmark output"; exit 1 }
      printf "%d inputs, %d over the bound\n", n, over
      exit over > 0
    }'
