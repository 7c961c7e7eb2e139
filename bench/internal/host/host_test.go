package host

import (
	"os"
	"path/filepath"
	"testing"
	"time"
)

func TestRepoRoot(t *testing.T) {
	root, err := RepoRoot()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(root, "cmd", "hearsay")); err != nil {
		t.Errorf("RepoRoot() = %s, which has no cmd/hearsay: %v", root, err)
	}
	wd, _ := os.Getwd()
	t.Chdir(t.TempDir())
	if got, err := RepoRoot(); err == nil {
		t.Errorf("outside the repository (from %s): RepoRoot() = %s, want an error", wd, got)
	}
}

func TestReadCPUStat(t *testing.T) {
	s0, ok := ReadCPUStat()
	if !ok {
		t.Skip("no /proc/stat")
	}
	WaitForIdle(10 * time.Millisecond)
	s1, ok := ReadCPUStat()
	if !ok || s1.Total < s0.Total || s1.Busy < s0.Busy || s1.Busy > s1.Total {
		t.Errorf("CPU stat went from %+v to %+v", s0, s1)
	}
}
