package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const articles = `id,outlet,date,text
1,wire,2016-09-12,Officials said the boat sank.
2,wire,2016-10-03,"Critics claimed, without evidence, that the vote was rigged."
3,blog,2016-10-04,Smith accused the mayor of lying. The mayor denied it.
4,blog,2016-10-05
`

// TestCorpus runs the example as its doc comment shows, on a small CSV.
func TestCorpus(t *testing.T) {
	path := filepath.Join(t.TempDir(), "articles.csv")
	if err := os.WriteFile(path, []byte(articles), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		args []string
		want []string
	}{
		{[]string{path}, []string{"blog: 1 documents, 2 attributions", "wire: 2 documents, 2 attributions", "doubt 50%", "1 of 4 documents could not be analyzed"}},
		{[]string{"-period", "month", path}, []string{"wire 2016-09: 1 documents", "wire 2016-10: 1 documents", "stances:  assertive 100%"}},
		{[]string{"-sources", path}, []string{"Smith: 1 documents, 1 attributions", "stances:  accusation 100%"}},
	} {
		var out strings.Builder
		if err := run(tc.args, &out); err != nil {
			t.Fatalf("%v: %v", tc.args, err)
		}
		for _, w := range tc.want {
			if !strings.Contains(out.String(), w) {
				t.Errorf("%v: the output lacks %q:\n%s", tc.args, w, out.String())
			}
		}
	}
}
