// Package parallel holds the "plain route" to a large corpus:
// split-batch.sh runs hearsay batch as the map step over split files
// (xargs -P), and this test checks that the result is byte for byte what
// one hearsay batch run writes. See "Corpora at scale" in the README.
package parallel

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// corpus writes a JSONL corpus from the paragraphs of the bundled article,
// with blank lines and lines that give error lines scattered through it.
func corpus(t *testing.T, path string) {
	t.Helper()
	article, err := os.ReadFile("../../testdata/venezuela-strike.txt")
	if err != nil {
		t.Fatal(err)
	}
	paras := strings.Split(strings.TrimSpace(string(article)), "\n")
	var b bytes.Buffer
	for i := range 60 {
		switch i % 19 {
		case 5:
			b.WriteString("\n")
		case 13:
			b.WriteString(`{"id": "bad", "text": "unterminated` + "\n")
		case 17:
			fmt.Fprintf(&b, `{"id": "no-text-%d"}`+"\n", i)
		}
		line, _ := json.Marshal(map[string]string{"id": fmt.Sprint("doc-", i), "text": paras[i%len(paras)]})
		b.Write(append(line, '\n'))
	}
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestSplitBatchMatchesOneRun(t *testing.T) {
	if _, err := exec.LookPath("bash"); err != nil {
		t.Skip("needs bash")
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "hearsay")
	if out, err := exec.Command("go", "build", "-o", bin, "github.com/hearsay-go/hearsay/cmd/hearsay").CombinedOutput(); err != nil {
		t.Fatalf("building hearsay: %v\n%s", err, out)
	}
	in := filepath.Join(dir, "corpus.jsonl")
	corpus(t, in)

	one, err := exec.Command(bin, "batch", in).Output()
	if err != nil {
		t.Fatalf("hearsay batch: %v", err)
	}
	if n := bytes.Count(one, []byte(`"error"`)); n < 4 {
		t.Fatalf("want error lines in the test corpus, got %d", n)
	}
	for _, pieces := range []string{"1", "5", "20"} {
		out := filepath.Join(dir, "split-"+pieces+".jsonl")
		cmd := exec.Command("bash", "split-batch.sh", in, out, pieces)
		cmd.Env = append(os.Environ(), "HEARSAY="+bin, "JOBS=2")
		if msg, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("split-batch.sh with %s pieces: %v\n%s", pieces, err, msg)
		}
		got, err := os.ReadFile(out)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, one) {
			t.Errorf("%s pieces: output differs from one hearsay batch run (%d bytes, want %d)", pieces, len(got), len(one))
		}
	}
}
