package attribution

import (
	_ "embed"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/hearsay-go/hearsay/lexicon"
)

// Idioms of single cues: fixed expressions in which a cue word reports
// nothing ("calmer than expected", "best known for", "in charge of"),
// kept as data in data/en/idioms.tsv, whose header documents the format,
// so that a linguist reads and extends them without writing Go.

//go:embed data/en/idioms.tsv
var idiomsFile string

// An Idiom is one line of an idioms file: the cue it applies to and the
// words around the cue.
type Idiom struct {
	// Cue is the cue term the idiom applies to ("know", "bring up"), "*"
	// for every cue, or "stance:NAME" for every cue of a stance.
	Cue string
	// Pattern is the words around the cue, "_" (with its reading, as in
	// "_ed") standing for the cue: "_ed for", "than _ed".
	Pattern string
	// Source is where the idiom was read, "file:line".
	Source string

	before [][]string // the words right before the cue, in text order, each as its alternatives
	after  [][]string // the words right after it
	stance lexicon.Stance
	slot   idiomSlot
}

// String returns the idiom's fields and where it was read:
// `cue "know", pattern "_ed for", idioms.tsv:52`.
func (id *Idiom) String() string {
	return "cue " + strconv.Quote(id.Cue) + ", pattern " + strconv.Quote(id.Pattern) + ", " + id.Source
}

// idiomSlot is how an idiom's "_" asks the cue to be read.
type idiomSlot uint8

const (
	slotAny  idiomSlot = iota // "_"
	slotVerb                  // "_verb"
	slotBase                  // "_base"
	slotS                     // "_s"
	slotEd                    // "_ed"
	slotIng                   // "_ing"
	slotNoun                  // "_noun"
)

// slots maps the spellings of the cue's place in a pattern to their slot.
var slots = map[string]idiomSlot{
	"_": slotAny, "_verb": slotVerb, "_base": slotBase, "_s": slotS, "_ed": slotEd, "_ing": slotIng, "_noun": slotNoun,
}

// fits reports whether a cue read as rd, in the form form, fills the slot.
func (s idiomSlot) fits(rd reading, form wordForm) bool {
	switch s {
	case slotAny:
		return true
	case slotNoun:
		return rd == readNoun
	case slotVerb:
		return rd == readVerb
	case slotBase:
		return rd == readVerb && form == formBase
	case slotS:
		return rd == readVerb && form == formS
	case slotEd:
		return rd == readVerb && form == formEd
	case slotIng:
		return rd == readVerb && form == formIng
	}
	return false
}

// Idioms is a set of cue idioms, read from one or more idioms files. An
// Idioms is never changed once made and is safe for concurrent use.
type Idioms struct {
	list   []*Idiom
	byCue  map[string][]*Idiom // by cue term; "" holds "*" and the stances
	byLine map[string]bool     // cue and pattern of each idiom, to merge without repeats
}

// ParseIdioms reads an idioms file in the format of data/en/idioms.tsv
// (see its header): one idiom a line, the cue and the pattern separated by
// a tab. name is used in error messages, which read "name:line: message",
// and in each idiom's Source. An idiom twice in a file is an error.
func ParseIdioms(r io.Reader, name string) (*Idioms, error) {
	ids := &Idioms{}
	seen := map[string]int{}
	err := lexicon.ParseRows(r, name, 2, func(line int, f []string) error {
		id, err := parseIdiom(f[0], f[1])
		if err != nil {
			return err
		}
		key := id.Cue + "\t" + id.Pattern
		if prev, ok := seen[key]; ok {
			return fmt.Errorf("duplicate idiom %q %q (first at line %d)", id.Cue, id.Pattern, prev)
		}
		seen[key] = line
		id.Source = name + ":" + strconv.Itoa(line)
		ids.add(id)
		return nil
	})
	if err != nil {
		return nil, err
	}
	return ids, nil
}

// parseIdiom checks and reads the two fields of an idiom's line.
func parseIdiom(cue, pattern string) (*Idiom, error) {
	id := &Idiom{Cue: strings.Join(strings.Fields(cue), " "), Pattern: strings.Join(strings.Fields(pattern), " ")}
	switch {
	case id.Cue == "":
		return nil, errors.New("empty cue")
	case id.Cue != strings.ToLower(id.Cue):
		return nil, fmt.Errorf("cue %q must be lowercase", id.Cue)
	case strings.HasPrefix(id.Cue, "stance:"):
		st := lexicon.Stance(strings.TrimPrefix(id.Cue, "stance:"))
		if !slices.Contains(lexicon.Stances, st) {
			return nil, fmt.Errorf("unknown stance %q in %q", st, id.Cue)
		}
		id.stance = st
	case id.Cue != "*" && strings.ContainsAny(id.Cue, "_*:"):
		return nil, fmt.Errorf("cue %q: a cue's term, \"*\" or \"stance:NAME\"", id.Cue)
	}
	words := strings.Fields(pattern)
	at := -1
	for i, w := range words {
		if !strings.HasPrefix(w, "_") {
			if w != strings.ToLower(w) {
				return nil, fmt.Errorf("pattern word %q must be lowercase", w)
			}
			if slices.Contains(strings.Split(w, "|"), "") {
				return nil, fmt.Errorf("pattern word %q has an empty alternative", w)
			}
			continue
		}
		s, ok := slots[w]
		if !ok {
			return nil, fmt.Errorf("pattern %q: unknown cue place %q (want _, _verb, _base, _s, _ed, _ing or _noun)", id.Pattern, w)
		}
		if at >= 0 {
			return nil, fmt.Errorf("pattern %q: more than one \"_\"", id.Pattern)
		}
		at, id.slot = i, s
	}
	switch {
	case at < 0:
		return nil, fmt.Errorf("pattern %q has no \"_\" for the cue", id.Pattern)
	case len(words) == 1:
		return nil, fmt.Errorf("pattern %q has no word besides the cue", id.Pattern)
	}
	id.before, id.after = alternatives(words[:at]), alternatives(words[at+1:])
	return id, nil
}

// alternatives splits each pattern word into the forms it stands for:
// "run|runs|ran" is any of the three.
func alternatives(words []string) [][]string {
	alts := make([][]string, len(words))
	for i, w := range words {
		alts[i] = strings.Split(w, "|")
	}
	return alts
}

// add adds id to ids unless an idiom with the same cue and pattern is in
// it already.
func (ids *Idioms) add(id *Idiom) {
	key := id.Cue + "\t" + id.Pattern
	if ids.byLine[key] {
		return
	}
	if ids.byCue == nil {
		ids.byCue, ids.byLine = map[string][]*Idiom{}, map[string]bool{}
	}
	ids.byLine[key] = true
	ids.list = append(ids.list, id)
	k := id.Cue
	if k == "*" || id.stance != "" {
		k = ""
	}
	ids.byCue[k] = append(ids.byCue[k], id)
}

// With returns the idioms of ids and of more, in that order: an idiom of
// a later set with the cue and pattern of an earlier one is left out.
// ids is not changed.
func (ids *Idioms) With(more ...*Idioms) *Idioms {
	out := &Idioms{}
	for _, s := range append([]*Idioms{ids}, more...) {
		if s == nil {
			continue
		}
		for _, id := range s.list {
			out.add(id)
		}
	}
	return out
}

// List returns the idioms in the order they were read.
func (ids *Idioms) List() []Idiom {
	if ids == nil {
		return nil
	}
	out := make([]Idiom, len(ids.list))
	for i, id := range ids.list {
		out[i] = *id
	}
	return out
}

// DefaultIdioms returns the built-in idioms (data/en/idioms.tsv). They are
// read once and shared; add to them with With.
func DefaultIdioms() *Idioms { return defaultIdioms() }

var defaultIdioms = sync.OnceValue(func() *Idioms {
	ids, err := ParseIdioms(strings.NewReader(idiomsFile), "idioms.tsv")
	if err != nil {
		panic("attribution: " + err.Error()) // checked by TestIdiomsFile
	}
	return ids
})

// idiomOf returns the idiom that the cue match m of the attribution a,
// read as rd in the form form, stands in within the tokens [lo, hi), or
// nil.
func (r *run) idiomOf(a *Attribution, lo, hi int, m lexicon.Match, rd reading, form wordForm) *Idiom {
	ids := r.idioms
	if ids == nil || len(ids.list) == 0 {
		return nil
	}
	for _, list := range [2][]*Idiom{ids.byCue[a.Cue.Lemma], ids.byCue[""]} {
		for _, id := range list {
			if id.stance != "" && id.stance != a.Stance || !id.slot.fits(rd, form) {
				continue
			}
			if r.wordsAround(id, m.First, m.Last, lo, hi) {
				return id
			}
		}
	}
	return nil
}

// wordsAround reports whether the words of id stand right before token
// first and right after token last, within [lo, hi).
func (r *run) wordsAround(id *Idiom, first, last, lo, hi int) bool {
	if first-len(id.before) < lo || last+len(id.after) >= hi {
		return false
	}
	for i, alts := range id.before {
		if !slices.Contains(alts, r.toks[first-len(id.before)+i].Norm) {
			return false
		}
	}
	for i, alts := range id.after {
		if !slices.Contains(alts, r.toks[last+1+i].Norm) {
			return false
		}
	}
	return true
}

// rejectIdiom rejects a, a cue match standing in the idiom id, with the
// reason "idiom", and tells the debugging hook which idiom it was.
func (r *run) rejectIdiom(a *Attribution, id *Idiom) ([2]int, bool) {
	if r.idiomHook != nil {
		r.idiomHook(a.Cue.Span, id)
	}
	return r.reject(a, "idiom")
}
