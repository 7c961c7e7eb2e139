package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestHighlight runs the example from the repository root, as its doc comment
// shows, and checks that it writes a page.
func TestHighlight(t *testing.T) {
	out := filepath.Join(t.TempDir(), "report.html")
	f, err := os.Create(out)
	if err != nil {
		t.Fatal(err)
	}
	stdout := os.Stdout
	os.Stdout = f
	t.Cleanup(func() { os.Stdout = stdout })
	t.Chdir("../..")
	os.Args = []string{"highlight"}
	main()
	f.Close()
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	page := string(b)
	for _, want := range []string{"<!DOCTYPE html>", "<title>venezuela-strike.txt</title>", `data-stance="assertive"`, "</html>"} {
		if !strings.Contains(page, want) {
			t.Errorf("the page lacks %q", want)
		}
	}
}
