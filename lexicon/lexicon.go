package lexicon

import (
	"cmp"
	"runtime"
	"slices"
)

// A Lexicon is a set of entries indexed for matching. A Lexicon is
// immutable once built and safe for concurrent use. A nil *Lexicon is empty.
type Lexicon struct {
	entries []Entry
	keyIDs  map[string]uint32 // the number of each key of the entries
	eids    [][maxTerm]uint32 // per entry, the numbers of its keys

	// The matcher's index, by head number (see internHead): heads[id]
	// says where the candidates headed by key number id are. Those of
	// two or more tokens are grouped by the number of their second key,
	// those of one token follow; each keeps the order of index.
	heads  []headRange
	groups []candGroup
	cands  []cand
	// seconds has bit id set when key number id is the second key of
	// some entry: most tokens after a head key are not, and skip the
	// search of its groups.
	seconds []uint64
	// keyLens has bit n of entry b set when some key of the entries
	// starts with byte b and is n bytes long (n < 64): most punctuation
	// tokens fail it and skip a map lookup.
	keyLens [256]uint64
}

// A cand is an entry as the matcher first sees it.
type cand struct {
	entry int32
	n     uint8 // tokens in the term
	flags Flags // the entry's flags
}

// A headRange locates the candidates of one head key: groups[g:gEnd],
// and the single-token ones cands[one:oneEnd].
type headRange struct {
	g, gEnd, one, oneEnd uint32
}

// A candGroup is cands[start:end], the candidates with one head key and
// second key number next.
type candGroup struct {
	next, start, end uint32
}

// build indexes the entries by the key of their first token.
func (l *Lexicon) build() {
	l.keyIDs = make(map[string]uint32, len(l.entries))
	l.eids = make([][maxTerm]uint32, len(l.entries))
	var held []uint32 // the numbers this lexicon took a reference to
	defer func() {
		if len(held) > 0 {
			runtime.AddCleanup(l, releaseHeads, held)
		}
	}()
	reserveHeads(len(l.entries))
	maxID := -1
	for i := range l.entries {
		for j, k := range l.entries[i].keys {
			id, ok := l.keyIDs[k]
			if !ok {
				id = internHead(k)
				held = append(held, id)
				l.keyIDs[k] = id
				if k != "" && len(k) < 64 {
					l.keyLens[k[0]] |= 1 << len(k)
				}
			}
			l.eids[i][j] = id
		}
		maxID = max(maxID, int(l.eids[i][0])) // the head's number
	}
	// The entries by the number of their head key, and for each head
	// longest term first, the order of definition between equals: one
	// sort, where a map of heads to lists of entries cost a list a head.
	byHead := make([]int32, len(l.entries))
	for i := range byHead {
		byHead[i] = int32(i)
	}
	slices.SortStableFunc(byHead, func(a, b int32) int {
		if c := cmp.Compare(l.eids[a][0], l.eids[b][0]); c != 0 {
			return c
		}
		return cmp.Compare(l.entries[b].Len(), l.entries[a].Len())
	})
	l.heads = make([]headRange, maxID+1)
	l.cands = make([]cand, 0, len(l.entries))
	for id := range maxID + 1 {
		end := 0
		for end < len(byHead) && l.eids[byHead[end]][0] == uint32(id) {
			end++
		}
		ids := byHead[:end]
		byHead = byHead[end:]
		h := &l.heads[id]
		// Longest first puts the terms of one token last.
		nMulti := 0
		for nMulti < len(ids) && l.entries[ids[nMulti]].Len() > 1 {
			nMulti++
		}
		byNext := ids[:nMulti] // sorted in place: byHead is not read again
		slices.SortStableFunc(byNext, func(a, b int32) int { return cmp.Compare(l.eids[a][1], l.eids[b][1]) })
		h.g = uint32(len(l.groups))
		for _, ei := range byNext {
			next := l.eids[ei][1]
			for len(l.seconds) <= int(next>>6) {
				l.seconds = append(l.seconds, 0)
			}
			l.seconds[next>>6] |= 1 << (next & 63)
			if len(l.groups) == int(h.g) || l.groups[len(l.groups)-1].next != next {
				l.groups = append(l.groups, candGroup{next: next, start: uint32(len(l.cands))})
			}
			l.cands = append(l.cands, l.cand(ei))
			l.groups[len(l.groups)-1].end = uint32(len(l.cands))
		}
		h.gEnd = uint32(len(l.groups))
		h.one = uint32(len(l.cands))
		for _, ei := range ids[nMulti:] {
			l.cands = append(l.cands, l.cand(ei))
		}
		h.oneEnd = uint32(len(l.cands))
	}
}

func (l *Lexicon) cand(ei int32) cand {
	e := &l.entries[ei]
	return cand{entry: ei, n: uint8(e.Len()), flags: e.Flags}
}

// group returns the group of h whose second key has number next.
func (l *Lexicon) group(h *headRange, next uint32) (candGroup, bool) {
	gs := l.groups[h.g:h.gEnd]
	lo, hi := 0, len(gs)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if gs[m].next < next {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(gs) && gs[lo].next == next {
		return gs[lo], true
	}
	return candGroup{}, false
}

// second reports whether key number id is the second key of some entry.
func (l *Lexicon) second(id uint32) bool {
	w := int(id >> 6)
	return w < len(l.seconds) && l.seconds[w]&(1<<(id&63)) != 0
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
// have the same category and match the same words (the same match key for
// each word, so "claims" and "claim", or "no  evidence" and "no evidence",
// are one entry; for an exact entry the same forms), the later one wins, so a user's file merged after
// Default can reweight or reclassify a built-in entry. Overlay also says
// which entries were replaced.
func Merge(ls ...*Lexicon) *Lexicon {
	l, _ := Overlay(ls...)
	return l
}

// A Shadowed entry is one that a later lexicon of an Overlay replaced.
type Shadowed struct {
	Old, New Entry // Old.Source and New.Source say where each was defined
}

// Overlay is Merge, and it also returns the entries replaced, in the
// order their replacements came.
func Overlay(ls ...*Lexicon) (*Lexicon, []Shadowed) {
	n := 0
	for _, l := range ls {
		n += l.Len()
	}
	out := &Lexicon{entries: make([]Entry, 0, n)}
	var shadowed []Shadowed
	pos := make(map[string]int, n)
	var key []byte // reused: only a key new to pos becomes a string
	for _, l := range ls {
		if l == nil {
			continue
		}
		for _, e := range l.entries {
			key = append(key[:0], e.Category...)
			words := e.keys
			if e.Flags.Has(Exact) {
				words = e.norms // one form only: "officials" is not "official"
			}
			for _, k := range words {
				key = append(key, 0)
				key = append(key, k...)
			}
			if i, ok := pos[string(key)]; ok {
				shadowed = append(shadowed, Shadowed{Old: out.entries[i], New: e})
				out.entries[i] = e
				continue
			}
			pos[string(key)] = len(out.entries)
			out.entries = append(out.entries, e)
		}
	}
	out.build()
	return out, shadowed
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
