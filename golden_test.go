package hearsay

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/golden")

// golden compares got with testdata/golden/name, or rewrites the file when
// the test runs with -update.
func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", "golden", name)
	if *update {
		require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
		require.NoError(t, os.WriteFile(path, []byte(got), 0o644))
		return
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err, "run go test -run %s -update to create it", t.Name())
	assert.Equal(t, string(want), got, "(-want +got); rerun with -update after checking the change")
}

// TestGoldenFindings pins every finding on the seed article, one a line:
// `start:end category "text" term`.
func TestGoldenFindings(t *testing.T) {
	text, _ := loadSeed(t)
	r, err := Analyze(text)
	require.NoError(t, err)
	var b strings.Builder
	for _, s := range r.Statements {
		for _, f := range s.Findings {
			fmt.Fprintf(&b, "%d:%d %s %q %s\n", f.Start, f.End, f.Category, f.Text, f.Rule)
		}
	}
	golden(t, "venezuela-strike.findings", b.String())
}
