// Package host tells the benchmark programs about the machine they run on
// and the repository they measure: the CPU model, the load, whether the
// CPUs are idle, where the hearsay repository is, and how to build its
// programs. The functions are safe for concurrent use; those that read
// /proc describe Linux only (elsewhere they report "unknown" or not-ok).
package host

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

// WaitForIdle waits, at most max, until the machine's CPUs are idle: less
// than 5% busy over a quarter of a second (by /proc/stat). It returns at
// once when /proc/stat cannot be read.
func WaitForIdle(max time.Duration) {
	deadline := time.Now().Add(max)
	for time.Now().Before(deadline) {
		s0, ok0 := ReadCPUStat()
		time.Sleep(250 * time.Millisecond)
		s1, ok1 := ReadCPUStat()
		if !ok0 || !ok1 || s1.Total == s0.Total || float64(s1.Busy-s0.Busy)/float64(s1.Total-s0.Total) < 0.05 {
			return
		}
	}
}

// A CPUStat is the time all CPUs together have spent since boot, busy and
// in total, in clock ticks (USER_HZ, 100 a second on Linux).
type CPUStat struct {
	Busy, Total uint64
}

// TicksPerSecond is the unit of CPUStat (USER_HZ).
const TicksPerSecond = 100

// ReadCPUStat reads the first line of /proc/stat. Idle and I/O wait count as
// not busy; guest time is left out (it is already counted as user time).
func ReadCPUStat() (CPUStat, bool) {
	b, err := os.ReadFile("/proc/stat")
	if err != nil {
		return CPUStat{}, false
	}
	line, _, _ := strings.Cut(string(b), "\n")
	f := strings.Fields(line)
	if len(f) < 5 || f[0] != "cpu" {
		return CPUStat{}, false
	}
	var s CPUStat
	for i, v := range f[1:] {
		n, err := strconv.ParseUint(v, 10, 64)
		if err != nil {
			return CPUStat{}, false
		}
		if i >= 8 { // guest time is already counted in user
			break
		}
		s.Total += n
		if i != 3 && i != 4 { // idle, iowait
			s.Busy += n
		}
	}
	return s, true
}

// Loadavg is the machine's one-minute load average, or "?".
func Loadavg() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "?"
	}
	f := strings.Fields(string(b))
	if len(f) == 0 {
		return "?"
	}
	return f[0]
}

// CPUModel is the CPU's model name from /proc/cpuinfo, or "unknown CPU".
func CPUModel() string {
	b, err := os.ReadFile("/proc/cpuinfo")
	if err != nil {
		return "unknown CPU"
	}
	for line := range strings.Lines(string(b)) {
		if k, v, ok := strings.Cut(line, ":"); ok && strings.TrimSpace(k) == "model name" {
			return strings.TrimSpace(v)
		}
	}
	return "unknown CPU"
}

// RepoRoot finds the hearsay repository from the working directory: the
// nearest directory upwards whose go.mod declares the hearsay module.
func RepoRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		b, err := os.ReadFile(filepath.Join(dir, "go.mod"))
		if err == nil {
			for line := range strings.Lines(string(b)) {
				if strings.TrimSpace(line) == "module github.com/hearsay-go/hearsay" {
					return dir, nil
				}
			}
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("not inside the hearsay repository")
		}
		dir = parent
	}
}

// Build compiles the package pkg (e.g. "./cmd/hearsay") of the module in
// the directory rel of the repository ("." for hearsay, "bench" for the
// benchmark programs) into the executable out, and describes what it built:
// the command and the repository's revision (git describe --dirty).
func Build(rel, pkg, out string) (string, error) {
	root, err := RepoRoot()
	if err != nil {
		return "", fmt.Errorf("finding the repository to build %s in (or pass the program's path): %w", pkg, err)
	}
	dir := filepath.Join(root, rel)
	cmd := exec.Command("go", "build", "-o", out, pkg)
	cmd.Dir = dir
	if msg, err := cmd.CombinedOutput(); err != nil {
		return "", fmt.Errorf("go build %s in %s: %w\n%s", pkg, dir, err, strings.TrimSpace(string(msg)))
	}
	rev := "an unknown revision"
	if b, err := exec.Command("git", "-C", root, "describe", "--always", "--dirty", "--abbrev=7").Output(); err == nil {
		rev = strings.TrimSpace(string(b))
	}
	return fmt.Sprintf("go build %s in %s, at %s", pkg, dir, rev), nil
}
