package attribution

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/hearsay-go/hearsay/nlp"
)

// TestMeasureResolution measures how often sources that need resolving
// are resolved, over a directory of articles that is not part of the
// repository: pronouns and definite descriptions ("the governor", "the
// company"). It runs only when HEARSAY_RESOLVE_DIR names a directory of
// .txt files (PolNeAR's text/, say), and writes one line a source to
// the file HEARSAY_RESOLVE_OUT, when set, so that two versions of the
// resolver can be compared source by source and a sample of their
// resolutions checked by hand:
//
//	file  offset  class  source  resolved
//
// class is "pronoun" or "description"; resolved is "-" when the source
// was left unresolved.
func TestMeasureResolution(t *testing.T) {
	dir := os.Getenv("HEARSAY_RESOLVE_DIR")
	if dir == "" {
		t.Skip("HEARSAY_RESOLVE_DIR not set")
	}
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no .txt files in %s: %v", dir, err)
	}
	slices.Sort(files)
	var w *bufio.Writer
	if out := os.Getenv("HEARSAY_RESOLVE_OUT"); out != "" {
		f, err := os.Create(out)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		w = bufio.NewWriter(f)
		defer w.Flush()
	}
	var x Extractor
	type count struct{ all, resolved int }
	counts := map[string]*count{"pronoun": {}, "description": {}}
	for _, path := range files {
		raw, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		for _, a := range x.Extract(nlp.Parse(string(raw))) {
			class := resolutionClass(a.Source)
			if class == "" {
				continue
			}
			c := counts[class]
			c.all++
			res := "-"
			if a.Source.Resolved != "" && a.Source.Resolved != a.Source.Text {
				c.resolved++
				res = a.Source.Resolved
			}
			if w != nil {
				fmt.Fprintf(w, "%s\t%d\t%s\t%s\t%s\n", filepath.Base(path), a.Source.Start, class, a.Source.Text, res)
			}
		}
	}
	for _, class := range []string{"pronoun", "description"} {
		c := counts[class]
		t.Logf("%-12s %5d sources, %5d resolved (%.1f%%)", class, c.all, c.resolved, 100*float64(c.resolved)/float64(max(c.all, 1)))
	}
}

// resolutionClass returns "pronoun" for a third-person pronoun source,
// "description" for "the" and lowercase words ("the governor", "the
// former governor", "the company"), and "" for any other source.
func resolutionClass(s Source) string {
	if s.Kind == Pronoun {
		return "pronoun"
	}
	if s.Kind != Person && s.Kind != Organization {
		return ""
	}
	ws := strings.Fields(s.Text)
	if len(ws) < 2 || !strings.EqualFold(ws[0], "the") {
		return ""
	}
	for _, w := range ws[1:] {
		if r := []rune(w)[0]; unicode.IsUpper(r) {
			return "" // a name: "the Trump campaign", "the White House"
		}
	}
	return "description"
}
