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
	byID    [][]int32          // the same by head number (see internHead)
	keyIDs  map[string]uint32  // the number of each key of the entries
	eids    [][maxTerm]uint32  // per entry, the numbers of its keys
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
			}
			l.eids[i][j] = id
		}
	}
	for h, ids := range l.index {
		slices.SortStableFunc(ids, func(a, b int32) int {
			return cmp.Compare(l.entries[b].Len(), l.entries[a].Len())
		})
		id := int(l.keyIDs[h])
		if id >= len(l.byID) {
			l.byID = slices.Grow(l.byID, id+1-len(l.byID))[:id+1]
		}
		l.byID[id] = ids
	}
}

// heads returns the entries whose head key is key, with id the head
// number of key as keyID gives it (noID for a key that heads no entry of
// any lexicon).
func (l *Lexicon) heads(id uint32) []int32 {
	if int64(id) < int64(len(l.byID)) {
		return l.byID[id]
	}
	return nil
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
