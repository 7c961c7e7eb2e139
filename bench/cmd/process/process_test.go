package main

import (
	"bufio"
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/hearsay-go/hearsay/jsonl"
)

func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, text := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o755); err != nil {
			t.Fatal(err)
		}
	}
}

func TestInputMaker(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"b.txt":       "Officials said the boat sank.\n",
		"a/c.txt":     "“Quoted,” she said — naïvely.\n\tTabs and \"quotes\" \\ too.",
		"empty.txt":   " \n\t",
		"notes.md":    "not an article",
		"a/d.txt.bak": "not an article either",
	})
	articles, err := readArticles(dir)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	n, err := writeJSONL(&buf, articles, 3)
	if err != nil || n != 6 {
		t.Fatalf("writeJSONL: %d lines, %v; want 6", n, err)
	}
	wantIDs := []string{"a/c.txt#1", "b.txt#1", "a/c.txt#2", "b.txt#2", "a/c.txt#3", "b.txt#3"}
	texts := map[string]string{"a/c.txt": articles[0].text, "b.txt": articles[1].text}
	sc := bufio.NewScanner(&buf)
	for i := 0; sc.Scan(); i++ {
		in, err := jsonl.Decode(sc.Bytes())
		if err != nil {
			t.Fatalf("line %d: %v", i+1, err)
		}
		if i >= len(wantIDs) || in.ID != wantIDs[i] {
			t.Fatalf("line %d: id %q, want the ids %q in order", i+1, in.ID, wantIDs)
		}
		name, _, _ := strings.Cut(in.ID, "#")
		if in.Text != texts[name] {
			t.Errorf("line %d: text %q, want the file's %q", i+1, in.Text, texts[name])
		}
	}

	if _, err := writeJSONL(&buf, articles, 0); err == nil {
		t.Error("repeat 0: no error")
	}
	writeFiles(t, filepath.Join(dir, "none"), map[string]string{"x.md": "no text files"})
	if _, err := readArticles(filepath.Join(dir, "none")); err == nil || !strings.Contains(err.Error(), "no .txt files") {
		t.Errorf("a directory without articles: %v", err)
	}
	if _, err := readArticles(filepath.Join(dir, "missing")); err == nil {
		t.Error("a missing directory: no error")
	}
}

func TestCountDocuments(t *testing.T) {
	tests := []struct {
		name, in string
		docs     int
		reason   string
	}{
		{"lines", "{}\n{}\n", 2, "one document a line"},
		{"blank lines", "{}\n\n  \r\n{}\n", 2, "batch skips blank lines without a line out"},
		{"no final newline", "{}\r\n{}", 2, "the last line counts without its line end"},
		{"empty", "", 0, "no input, no documents"},
		{"not JSON", "x\n", 1, "a line that is not JSON gets an error record, so a line out"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs, size, err := countDocuments(strings.NewReader(tt.in))
			if err != nil || docs != tt.docs || size != int64(len(tt.in)) {
				t.Errorf("countDocuments(%q) = %d documents, %d bytes, %v; want %d, %d (%s)", tt.in, docs, size, err, tt.docs, len(tt.in), tt.reason)
			}
		})
	}
}

func TestOutputCheck(t *testing.T) {
	report := `{"schema":"hearsay/v1","id":"a","text":"he said \"error\": no"}` + "\n"
	errRec := `{"id":"b","error":"missing \"text\"","line":2}` + "\n"
	tests := []struct {
		name, out string
		docs      int
		rows      bool
		lines     int
		errors    int
		err       string // a part of the error; "" for none
		reason    string
	}{
		{"one a document", report + report, 2, false, 2, 0, "", "a line for each document"},
		{"too few", report, 2, false, 1, 0, "1 lines out for 2 documents in", "a run that lost a document fails"},
		{"too many", report + report + report, 2, false, 3, 0, "3 lines out for 2 documents in", "a run that wrote extra lines fails"},
		{"no final newline", report + strings.TrimSuffix(report, "\n"), 2, false, 2, 0, "", "the last line counts without its newline"},
		{"error record", report + errRec, 2, false, 2, 1, "1 error records (the first: " + strings.TrimSpace(errRec), "a document that was not analyzed makes the run fail"},
		{"quoted error key", `{"id":"x","text":"\"error\":1","line":3}` + "\n", 1, false, 1, 0, "", "a key inside a string is no error record"},
		{"more fields", `{"id":"x","error":"e","line":1,"score":0}` + "\n", 1, false, 1, 0, "", "a report with an error field is no error record"},
		{"rows", "id,cue\na,said\na,told\nb,said\n", 2, true, 4, 0, "", "rows: any number of lines"},
		{"rows, none", "", 2, true, 0, 0, "no output for 2 documents", "rows: empty output fails"},
		{"long line", strings.Repeat("x", 3<<20) + "\n", 1, false, 1, 0, "", "a line longer than the reader's buffer is one line"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o, err := readOutput(strings.NewReader(tt.out))
			if err != nil {
				t.Fatal(err)
			}
			if o.lines != tt.lines || o.errors != tt.errors || o.bytes != int64(len(tt.out)) {
				t.Errorf("%d lines, %d error records, %d bytes; want %d, %d, %d (%s)", o.lines, o.errors, o.bytes, tt.lines, tt.errors, len(tt.out), tt.reason)
			}
			err = o.check(tt.docs, tt.rows)
			if tt.err == "" && err != nil || tt.err != "" && (err == nil || !strings.Contains(err.Error(), tt.err)) {
				t.Errorf("check: %v; want %q (%s)", err, tt.err, tt.reason)
			}
		})
	}
	a, _ := readOutput(strings.NewReader(report))
	b, _ := readOutput(strings.NewReader(errRec))
	if a.sum == b.sum {
		t.Error("different outputs have the same sum")
	}
}

func TestArithmetic(t *testing.T) {
	if got := median([]float64{4, 1, 3, 2}); got != 2.5 {
		t.Errorf("median of 4 values = %v, want 2.5 (the mean of the middle two)", got)
	}
	if got := median([]int64{9, 1, 5}); got != 5 {
		t.Errorf("median of 3 values = %v, want 5", got)
	}
	if got := median([]float64{}); got != 0 {
		t.Errorf("median of none = %v, want 0", got)
	}
	in := []float64{3, 1, 2}
	median(in)
	if in[0] != 3 {
		t.Error("median sorted its argument")
	}

	s := time.Second
	runs := []sample{
		{wall: 3 * s, cpu: 3 * s, maxRSS: 30, out: output{sum: [32]byte{1}}},
		{wall: 1 * s, cpu: 1 * s / 2, maxRSS: 10, out: output{sum: [32]byte{1}}},
		{wall: 2 * s, cpu: 2 * s, maxRSS: 50, others: 1 * s, out: output{sum: [32]byte{1}}},
	}
	sum := summarize(runs, 1, 2)
	if sum.wall != 2*s || sum.min != s || sum.max != 3*s {
		t.Errorf("wall %v (%v–%v), want 2s (1s–3s)", sum.wall, sum.min, sum.max)
	}
	if sum.rss != 30 || sum.maxRSS != 50 || sum.busy != 100 || sum.others != 0 || !sum.same {
		t.Errorf("summary %+v: want RSS 30 (max 50), busy 100%%, others 0%%, the same output", sum)
	}
	runs[1].out.sum[0] = 2
	if summarize(runs, 1, 2).same {
		t.Error("different outputs summarized as the same")
	}

	if got := speedup(500*time.Millisecond, 2*s); got != 4 {
		t.Errorf("speedup of 0.5 s against 2 s = %v, want 4", got)
	}
	rs := roundRatios([]sample{{wall: s}, {wall: 2 * s}, {wall: 4 * s}}, []sample{{wall: 2 * s}, {wall: 3 * s}, {wall: 2 * s}})
	if len(rs) != 3 || rs[0] != 2 || rs[1] != 1.5 || rs[2] != 0.5 {
		t.Errorf("round ratios %v, want [2 1.5 0.5]: each round's base time over its own", rs)
	}
	if got := mbps(3e6, 2*s); got != 1.5 {
		t.Errorf("3 MB in 2 s = %v MB/s, want 1.5", got)
	}
	if got := share(s, s, 2); got != 50 {
		t.Errorf("1 s of CPU in 1 s on 2 cores = %v%%, want 50", got)
	}
}

func TestContenders(t *testing.T) {
	extra := []contender{
		{name: "hearsay", argv: []string{"hearsay", "batch", "--rules-only"}},
		{name: "hearsay-csv", argv: []string{"hearsay", "batch", "--format", "csv"}},
	}
	cs, err := pickContenders(extra, "", "hearsay-csv")
	if err != nil {
		t.Fatal(err)
	}
	if len(cs) != 3 || strings.Join(cs[0].argv, " ") != "hearsay batch --rules-only" || cs[1].name != "govader" || !cs[2].rows || cs[0].rows {
		t.Errorf("contenders %+v: want hearsay replaced, govader, hearsay-csv with rows", cs)
	}
	if cs, err := pickContenders(nil, "govader", ""); err != nil || len(cs) != 1 || cs[0].name != "govader" {
		t.Errorf("-contenders govader: %+v, %v", cs, err)
	}
	for _, bad := range [][2]string{{"nope", ""}, {"", "nope"}, {",", ""}} {
		if _, err := pickContenders(nil, bad[0], bad[1]); err == nil {
			t.Errorf("-contenders %q -rows %q: no error", bad[0], bad[1])
		}
	}
	for _, bad := range []string{"hearsay", "=hearsay batch", "x=", "x= "} {
		if _, err := parseContender(bad); err == nil {
			t.Errorf("parseContender(%q): no error", bad)
		}
	}
	s := &setup{taskset: "/usr/bin/taskset", cpu: 1, bins: map[string]string{"hearsay": "/tmp/x/hearsay"}}
	c := contender{name: "h", argv: []string{"hearsay", "batch"}}
	if got := strings.Join(s.command(c, mode{pinned: true, jobs: 1}), " "); got != "/usr/bin/taskset -c 1 /tmp/x/hearsay batch -j 1" {
		t.Errorf("pinned command: %s", got)
	}
	if got := strings.Join(s.command(c, mode{jobs: 4}), " "); got != "/tmp/x/hearsay batch -j 4" {
		t.Errorf("command on all CPUs: %s", got)
	}
	if _, err := parseModes("pinned,some", 2, 2); err == nil {
		t.Error("unknown mode accepted")
	}
}

// tinyCorpus writes two articles for the end-to-end runs.
func tinyCorpus(t *testing.T) string {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"one.txt": "Officials said the boat sank. Critics alleged a cover-up, which the ministry denies.",
		"two.txt": "“It was a disaster,” the mayor told reporters on Monday.",
	})
	return dir
}

func needTaskset(t *testing.T) {
	if _, err := exec.LookPath("taskset"); err != nil {
		t.Skip("no taskset on PATH")
	}
}

func TestEndToEnd(t *testing.T) {
	needTaskset(t)
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("no go command to build the contenders with")
	}
	var out, errs bytes.Buffer
	err := run([]string{"-corpus", tinyCorpus(t), "-repeat", "2", "-rounds", "1"}, &out, &errs)
	if err != nil {
		t.Fatalf("%v\n%s", err, errs.String())
	}
	got := out.String()
	for _, want := range []string{
		"2 articles) ×2: 4 documents",
		"pinned  hearsay        taskset -c 0 hearsay batch -j 1 < input.jsonl > out",
		"hearsay/govader: ",
		"scaling, pinned → all",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("the report has no %q:\n%s", want, got)
		}
	}
	if n := strings.Count(got, "hearsay/govader: "); n != 2 {
		t.Errorf("%d ratios hearsay/govader, want one a mode:\n%s", n, got)
	}
}

func TestEndToEndFailures(t *testing.T) {
	needTaskset(t)
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"short.sh": "#!/bin/sh\nhead -n 1\n",
		"fail.sh":  "#!/bin/sh\necho 'something broke' >&2\nexit 3\n",
		"ok.sh":    "#!/bin/sh\ncat\n",
	})
	corpus := tinyCorpus(t)
	tests := []struct {
		name, script, err string
	}{
		{"lost lines", "short.sh", "1 lines out for 2 documents in"},
		{"exit status", "fail.sh", "exit status 3\nsomething broke"},
		{"echo", "ok.sh", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out, errs bytes.Buffer
			err := run([]string{"-corpus", corpus, "-repeat", "1", "-rounds", "1",
				"-contender", "x=" + filepath.Join(dir, tt.script), "-contenders", "x"}, &out, &errs)
			if tt.err == "" && err != nil || tt.err != "" && (err == nil || !strings.Contains(err.Error(), tt.err)) {
				t.Errorf("error %v, want %q\n%s", err, tt.err, out.String())
			}
		})
	}
}

func TestDisturbed(t *testing.T) {
	s := time.Second
	pinned, all := mode{pinned: true, cores: 1}, mode{cores: 2}
	tests := []struct {
		name string
		x    sample
		m    mode
		want bool
	}{
		{"pinned, had its CPU", sample{wall: s, cpu: 95 * s / 100, others: s}, pinned, false},
		{"pinned, shared its CPU", sample{wall: s, cpu: s / 2}, pinned, true},
		{"all, alone", sample{wall: s, cpu: 18 * s / 10, others: s / 10}, all, false},
		{"all, others busy", sample{wall: s, cpu: 18 * s / 10, others: s / 2}, all, true},
	}
	for _, tt := range tests {
		if got := disturbed(tt.x, tt.m, 2); got != tt.want {
			t.Errorf("%s: disturbed = %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestSaveInput(t *testing.T) {
	path := filepath.Join(t.TempDir(), "in.jsonl")
	var out, errs bytes.Buffer
	if err := run([]string{"-corpus", tinyCorpus(t), "-repeat", "3", "-save-input", path}, &out, &errs); err != nil {
		t.Fatalf("%v: %s", err, errs.String())
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if docs, _, err := countDocuments(f); err != nil || docs != 6 {
		t.Errorf("the saved input holds %d documents (%v), want 2 articles ×3", docs, err)
	}
	if !strings.Contains(out.String(), "wrote") || strings.Contains(out.String(), "pinned") {
		t.Errorf("-save-input should write the input and stop:\n%s", out.String())
	}
	if err := run([]string{"-input", path, "-save-input", path + "2"}, &out, &errs); err == nil {
		t.Error("-save-input without -corpus: no error")
	}
}
