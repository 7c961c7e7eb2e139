package main

import (
	"strings"
	"testing"
)

func TestParseInittrace(t *testing.T) {
	trace := `init runtime @0.033 ms, 0.21 ms clock, 0 bytes, 0 allocs
init github.com/hearsay-go/hearsay/attribution @12 ms, 54 ms clock, 6771560 bytes, 48637 allocs
something else on standard error
init github.com/hearsay-go/hearsay/attribution @66 ms, 1.5 ms clock, 10 bytes, 1 allocs
`
	got, err := parseInittrace([]byte(trace))
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || got["runtime"] != 0.21 || got["github.com/hearsay-go/hearsay/attribution"] != 55.5 {
		t.Errorf("parseInittrace = %v; want runtime 0.21 and attribution 55.5 (two lines summed)", got)
	}
	if _, err := parseInittrace([]byte("no trace\n")); err == nil {
		t.Error("no trace lines: no error")
	}
	if _, err := parseInittrace([]byte("init x @1 ms, many ms clock, 0 bytes, 0 allocs\n")); err == nil || !strings.Contains(err.Error(), "bad clock time") {
		t.Errorf("a malformed line: %v", err)
	}
}

func TestMedian(t *testing.T) {
	for _, tt := range []struct {
		in   []float64
		want float64
	}{{nil, 0}, {[]float64{3}, 3}, {[]float64{3, 1, 2}, 2}, {[]float64{4, 1, 3, 2}, 2.5}} {
		if got := median(tt.in); got != tt.want {
			t.Errorf("median(%v) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestPhases(t *testing.T) {
	var out strings.Builder
	if err := phases(&out, "Officials said the boat sank."); err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(out.String(), `"Name"`); n != len(phaseSteps) {
		t.Errorf("%d phases reported, want %d: %s", n, len(phaseSteps), out.String())
	}
}
