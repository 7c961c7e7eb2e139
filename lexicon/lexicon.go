package lexicon

import (
	"cmp"
	"slices"
)

// A Lexicon is a set of entries indexed for matching. A Lexicon is
// immutable once built and safe for concurrent use. A nil *Lexicon is empty.
type Lexicon struct {
	entries []Entry
	index   map[string][]int32 // head key → entries, longest term first
	keyIDs  map[string]uint32  // the number of each key of the entries
	eids    [][maxTerm]uint32  // per entry, the numbers of its keys

	// The matcher's index: cands[first[id]:first[id+1]] are the
	// candidates whose head key has number id (see internHead), in the
	// order of index. A candidate holds what rules most entries out
	// without touching the entry itself.
	cands []cand
	first []uint32
	// keyLens has bit n of entry b set when some key of the entries
	// starts with byte b and is n bytes long (n < 64): most punctuation
	// tokens fail it and skip a map lookup.
	keyLens [256]uint64
}

// A cand is an entry as the matcher first sees it.
type cand struct {
	entry int32
	n     uint8  // tokens in the term
	flags Flags  // the entry's flags
	next  uint32 // the number of the term's second key, when n ≥ 2
}

// build indexes the entries by the key of their first token.
func (l *Lexicon) build() {
	l.index = make(map[string][]int32, len(l.entries))
	l.keyIDs = make(map[string]uint32, len(l.entries))
	l.eids = make([][maxTerm]uint32, len(l.entries))
	for i := range l.entries {
		h := l.entries[i].Head()
		l.index[h] = append(l.index[h], int32(i))
		for j, k := range l.entries[i].keys {
			id, ok := l.keyIDs[k]
			if !ok {
				id = internHead(k)
				l.keyIDs[k] = id
				if k != "" && len(k) < 64 {
					l.keyLens[k[0]] |= 1 << len(k)
				}
			}
			l.eids[i][j] = id
		}
	}
	byID := map[uint32][]int32{}
	maxID := -1
	for h, ids := range l.index {
		slices.SortStableFunc(ids, func(a, b int32) int {
			return cmp.Compare(l.entries[b].Len(), l.entries[a].Len())
		})
		id := l.keyIDs[h]
		byID[id] = ids
		maxID = max(maxID, int(id))
	}
	l.first = make([]uint32, maxID+2)
	l.cands = make([]cand, 0, len(l.entries))
	for id := range maxID + 1 {
		l.first[id] = uint32(len(l.cands))
		for _, ei := range byID[uint32(id)] {
			e := &l.entries[ei]
			c := cand{entry: ei, n: uint8(e.Len()), flags: e.Flags}
			if e.Len() >= 2 {
				c.next = l.eids[ei][1]
			}
			l.cands = append(l.cands, c)
		}
	}
	l.first[maxID+1] = uint32(len(l.cands))
}

// heads returns the candidates whose head key has number id as keyID
// gives it (noID for a key that heads no entry of any lexicon).
func (l *Lexicon) heads(id uint32) []cand {
	if int64(id)+1 < int64(len(l.first)) {
		return l.cands[l.first[id]:l.first[id+1]]
	}
	return nil
}

// nonWordID returns the number of a non-word token's key, its norm.
func (l *Lexicon) nonWordID(norm string) uint32 {
	if n := len(norm); n > 0 && n < 64 && l.keyLens[norm[0]]&(1<<n) == 0 {
		return noID
	}
	if id, ok := l.keyIDs[norm]; ok {
		return id
	}
	return noID
}

// Len returns the number of entries.
func (l *Lexicon) Len() int {
	if l == nil {
		return 0
	}
	return len(l.entries)
}

// Entries returns a copy of the entries in the order they were defined.
func (l *Lexicon) Entries() []Entry {
	if l == nil {
		return nil
	}
	return slices.Clone(l.entries)
}

// Lookup returns the entry of category c whose term is term, if any.
func (l *Lexicon) Lookup(term string, c Category) (Entry, bool) {
	if l == nil {
		return Entry{}, false
	}
	for _, e := range l.entries {
		if e.Term == term && e.Category == c {
			return e, true
		}
	}
	return Entry{}, false
}

// Merge returns a lexicon holding the entries of all ls. When two entries
// share a term and category, the later one wins, so a user's file merged
// after Default can reweight or reclassify a built-in entry.
func Merge(ls ...*Lexicon) *Lexicon {
	out := &Lexicon{}
	pos := map[string]int{}
	for _, l := range ls {
		if l == nil {
			continue
		}
		for _, e := range l.entries {
			k := string(e.Category) + "\x00" + e.Term
			if i, ok := pos[k]; ok {
				out.entries[i] = e
				continue
			}
			pos[k] = len(out.entries)
			out.entries = append(out.entries, e)
		}
	}
	out.build()
	return out
}

// Only returns a lexicon with the entries of the given categories.
func (l *Lexicon) Only(cats ...Category) *Lexicon {
	out := &Lexicon{}
	if l != nil {
		for _, e := range l.entries {
			if slices.Contains(cats, e.Category) {
				out.entries = append(out.entries, e)
			}
		}
	}
	out.build()
	return out
}
