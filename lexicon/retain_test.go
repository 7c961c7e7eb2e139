package lexicon

import (
	"fmt"
	"runtime"
	"strings"
	"testing"
	"time"
)

// letters spells i in lowercase letters, so that each lexicon of
// TestParseRetainsNothing has words no other has.
func letters(i int) string {
	var b []byte
	for {
		b = append(b, byte('a'+i%26))
		i /= 26
		if i == 0 {
			return string(b)
		}
	}
}

func numberedKeys() int {
	headMu.RLock()
	defer headMu.RUnlock()
	return len(headIDs)
}

func heapInUse() uint64 {
	runtime.GC()
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return ms.HeapAlloc
}

// TestParseRetainsNothing parses 20,000 small lexicons of words no other
// lexicon has, drops them, and checks that the numbers given to their
// keys are taken back: a server that reloads lexicons must not grow. It
// prints the heap retained, for the record (not asserted).
func TestParseRetainsNothing(t *testing.T) {
	n := 20_000
	if testing.Short() {
		n = 2_000
	}
	Default() // the built-in lexicon stays, and so do its keys
	keys0, heap0 := numberedKeys(), heapInUse()
	for i := range n {
		w := "zq" + letters(i)
		src := fmt.Sprintf("%s\tloaded\tlabel\t0.5\n%s %s\tloaded\tlabel\t0.5\n", w, w, "xv"+letters(i))
		l, err := Parse(strings.NewReader(src), "gen.tsv")
		if err != nil {
			t.Fatal(err)
		}
		if l.Len() != 2 {
			t.Fatalf("%d entries", l.Len())
		}
	}
	keysPeak := numberedKeys()
	// Cleanups run after a collection, on their own goroutine; the bound
	// guards against a hang only.
	for guard := time.Now().Add(time.Minute); time.Now().Before(guard); {
		runtime.GC()
		if numberedKeys() <= keys0 {
			break
		}
		time.Sleep(10 * time.Millisecond)
	}
	keys1, heap1 := numberedKeys(), heapInUse()
	t.Logf("%d Parse calls: numbered keys %d before, %d at most during, %d after; heap in use %.1f MiB before, %.1f MiB after",
		n, keys0, keysPeak, keys1, float64(heap0)/(1<<20), float64(heap1)/(1<<20))
	if keys1 > keys0 {
		t.Errorf("%d keys of dropped lexicons are still numbered", keys1-keys0)
	}
}
