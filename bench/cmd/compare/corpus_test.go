package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestParseSize(t *testing.T) {
	for in, want := range map[string]int64{"0": 0, "512": 512, "5M": 5 << 20, "256k": 256 << 10, "1.5G": 3 << 29, "2MB": 2 << 20} {
		if got, err := parseSize(in); err != nil || got != want {
			t.Errorf("parseSize(%q) = %d, %v; want %d", in, got, err, want)
		}
	}
	for _, in := range []string{"", "M", "-1", "five"} {
		if _, err := parseSize(in); err == nil {
			t.Errorf("parseSize(%q): no error", in)
		}
	}
}

func TestLoadCorpus(t *testing.T) {
	dir := t.TempDir()
	write := func(name, s string) {
		t.Helper()
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("a.txt", "One sentence. Two.")
	write("sub/b.txt", "Officials said it.")
	write("empty.txt", " \n")
	write("skip.md", "not a text")
	texts, err := loadCorpus(dir)
	if err != nil || len(texts) != 2 {
		t.Fatalf("dir: %q, %v", texts, err)
	}
	texts, err = loadCorpus(dir, "sub")
	if err != nil || strings.Join(texts, "|") != "One sentence. Two." {
		t.Fatalf("dir without sub: %q, %v", texts, err)
	}

	write("c.jsonl", `{"id":1,"text":"He said so."}`+"\n\n"+`{"text":"","id":2}`+"\n"+`{"text":"It rained."}`+"\n")
	texts, err = loadCorpus(filepath.Join(dir, "c.jsonl"))
	if err != nil || strings.Join(texts, "|") != "He said so.|It rained." {
		t.Fatalf("jsonl: %q, %v", texts, err)
	}
	write("bad.jsonl", `{"id":1}`+"\n")
	if _, err := loadCorpus(filepath.Join(dir, "bad.jsonl")); err == nil || !strings.Contains(err.Error(), "bad.jsonl:1") {
		t.Errorf("missing text: %v", err)
	}
}

func TestRepeatAndPrefix(t *testing.T) {
	docs := repeat([]string{"First sentence. Second one.", "Another text."}, 100)
	var total int64
	for _, d := range docs {
		total += int64(len(d.text))
		if d.nsents == 0 {
			t.Errorf("%q: no sentences", d.text)
		}
	}
	if total < 100 || total-int64(len(docs[len(docs)-1].text)) >= 100 {
		t.Errorf("repeat: %d bytes in %d documents", total, len(docs))
	}
	if got := repeat([]string{"a.", "b.", "c."}, 0); len(got) != 3 {
		t.Errorf("size 0: %d documents, want one pass (3)", len(got))
	}
	if p := prefix(docs, 30); sumBytes(p) < 30 || len(p) > 2 {
		t.Errorf("prefix: %d documents, %d bytes", len(p), sumBytes(p))
	}
}

func TestContenders(t *testing.T) {
	docs := repeat([]string{"The minister said the plan was a disaster. Critics praised it."}, 0)
	for _, c := range contenders() {
		if c.setup != nil {
			if err := c.setup(); err != nil {
				t.Fatal(c.name, err)
			}
		}
		for _, cores := range []int{1, 2} {
			m, err := measure(c, docs, cores)
			if err != nil || m.bytes != int64(len(docs[0].text)) || m.sents != 2 {
				t.Errorf("%s at %d cores: %+v, %v", c.name, cores, m, err)
			}
		}
	}
	if _, err := pick("hearsay,nope"); err == nil {
		t.Error("unknown contender accepted")
	}
}
