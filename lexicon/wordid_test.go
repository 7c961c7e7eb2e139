package lexicon

import (
	"testing"
	"unsafe"
)

// TestIDSetsAligned: every set of idSets is one cache line, as wordID's
// single read of a line counts on, though the table is a variable.
func TestIDSetsAligned(t *testing.T) {
	start := uintptr(unsafe.Pointer(idSets))
	if start%64 != 0 {
		t.Fatalf("idSets starts at %#x, not on a cache line", start)
	}
	mem := uintptr(unsafe.Pointer(&idSetsMem))
	if start < mem || start+unsafe.Sizeof(*idSets) > mem+unsafe.Sizeof(idSetsMem) {
		t.Fatal("idSets is not inside idSetsMem")
	}
	if unsafe.Sizeof(idSet{}) != 64 {
		t.Fatalf("an idSet is %d bytes", unsafe.Sizeof(idSet{}))
	}
}
