package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestCompare runs the example from the repository root, as its doc
// comment shows.
func TestCompare(t *testing.T) {
	out := filepath.Join(t.TempDir(), "out.txt")
	f, err := os.Create(out)
	if err != nil {
		t.Fatal(err)
	}
	stdout := os.Stdout
	os.Stdout = f
	t.Cleanup(func() { os.Stdout = stdout })
	t.Chdir("../..")
	os.Args = []string{"compare"}
	main()
	f.Close()
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"asymmetry (B - A): +", "Maria Stone", "said/neutral", "accused/accusation", "notorious (loaded)"} {
		if !strings.Contains(string(b), want) {
			t.Errorf("the output lacks %q:\n%s", want, b)
		}
	}
}
