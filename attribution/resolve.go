package attribution

import (
	"slices"
	"strings"

	"github.com/hearsay-go/hearsay/nlp"
)

// An entity is a person or organization that sources refer to.
type entity struct {
	name   string   // the resolved name: "Donald Trump", "the Trump administration"
	norms  []string // lowercase tokens of a person's name, for matching short mentions
	head   string   // an organization's head noun ("administration")
	kind   SourceKind
	gender byte // 'm', 'f', 'p' (plural) or 0
	pos    int  // token index of the latest mention

	// the entity added before it with the same last word of a person's
	// name, or the same kind and head noun of an organization's; -1 when
	// there is none
	prevLast, prevHead int32

	other bool     // not a person with a name: found by key and head
	key   [2]int32 // where its nameKey is in entities.keys, when other
}

// maxLookback bounds the candidates that resolution weighs for one
// source: the most recent distinct sources for a pronoun, the latest
// entities for a name. A text refers back over a few dozen at most; the
// bound keeps a document with a great many sources linear.
const maxLookback = 256

// refKey is an earlier source as a pronoun sees it: its entity and kind.
type refKey struct {
	ent  int32 // index into entities.list; -1 or -2 when there is none
	kind SourceKind
}

// resolve fills every attribution's Source from its token range: span,
// text, kind and resolved name, with pronouns resolved to the most recent
// compatible source.
func (r *run) resolve() {
	ents := r.titledNames()
	// The sources seen so far that a pronoun can refer to, each once,
	// least recent first: a pronoun takes the most recent compatible one.
	recent := r.recent[:0]
	defer func() { r.recent = recent[:0] }()
	touch := func(k refKey) {
		if !(k.ent >= 0 || k.kind == Organization || k.kind == Anonymous) {
			return
		}
		for j := len(recent) - 1; j >= 0; j-- {
			if recent[j] == k {
				copy(recent[j:], recent[j+1:])
				recent[len(recent)-1] = k
				return
			}
		}
		if len(recent) == maxLookback {
			copy(recent, recent[1:])
			recent = recent[:len(recent)-1]
		}
		recent = append(recent, k)
	}
	for i := range r.out {
		a := &r.out[i]
		st := r.srcTok[i]
		if st == noSource || st[0] < 0 || st[1] < st[0] {
			a.Source = Source{Kind: None}
			continue
		}
		sp := r.span(st[0], st[1])
		a.Source.Span = sp
		a.Source.Text = r.text(sp)
		if si := a.Sentence; si >= 0 && si < len(r.doc.Sentences) {
			// the source mostly lies in its cue's sentence: sentLoOf
			// need not search for it
			s := &r.doc.Sentences[si]
			r.lastSent = sentRange{s.First, s.First + len(s.Tokens)}
		}
		kind, name, ei := r.classify(st[0], st[1], ents)
		if kind == Pronoun {
			w := r.toks[st[0]].Norm
			target := -1
			switch g := pronounGender[w]; g {
			case 'm', 'f':
				for k := len(recent) - 1; k >= 0; k-- {
					e := int(recent[k].ent)
					if e >= 0 && ents.list[e].kind == Person && (ents.list[e].gender == 0 || ents.list[e].gender == g) {
						target = e
						if ents.list[e].gender == 0 {
							ents.list[e].gender = g
						}
						break
					}
				}
				if target < 0 {
					// no source yet: the latest titled name before it
					best := -1
					for k := len(ents.list) - 1; k >= 0 && k >= len(ents.list)-maxLookback; k-- {
						e := &ents.list[k]
						if e.kind == Person && e.pos < st[0] && (e.gender == 0 || e.gender == g) && (best < 0 || e.pos >= ents.list[best].pos) {
							best = k
						}
					}
					target = best
				}
			case 'p':
				for k := len(recent) - 1; k >= 0; k-- {
					rk := recent[k]
					if rk.kind == Organization || rk.kind == Anonymous || rk.ent >= 0 && ents.list[rk.ent].gender == 'p' {
						target = int(rk.ent)
						if rk.kind == Anonymous {
							target = -2
						}
						break
					}
				}
			case 'n':
				for k := len(recent) - 1; k >= 0; k-- {
					if recent[k].kind == Organization {
						target = int(recent[k].ent)
						break
					}
				}
			case 'r':
				// who, which, that: the noun phrase before it
				p := st[0] - 1
				if p >= 0 && r.toks[p].Text == "," {
					p--
				}
				lo := r.doc.Sentences[a.Sentence].First
				if p >= lo {
					if s := r.leftNP(p, lo); s >= 0 {
						k2, n2, e2 := r.classify(s, p, ents)
						if k2 != Pronoun {
							name = n2
							target = e2
							if k2 == Anonymous {
								target = -2
							}
						}
					}
				}
			}
			if target >= 0 {
				name = ents.list[target].name
				ents.list[target].pos = st[0]
			} else if target == -1 && pronounGender[w] != 'r' {
				name = ""
			}
			if target == -2 {
				name = ""
			}
			ei = target
		}
		if kind == Anonymous || kind == Self || kind == None {
			name = ""
		}
		a.Source.Kind = kind
		a.Source.Resolved = name
		if ei >= 0 {
			ents.list[ei].pos = st[0]
		}
		touch(refKey{ent: int32(ei), kind: kind})
	}
}

// entities holds the people and organizations of a document with indexes
// that keep looking them up independent of their number.
//
// A document has few organizations, and for up to smallOrgs of them a
// scan of the list finds one by name or head noun for less than a map
// costs: only past that are byName and byHead built.
type entities struct {
	list   []entity
	byLast map[string]int32    // the latest person with a name, by its last word (see entity.prevLast)
	byName map[string]int32    // other entities by nameKey, past smallOrgs of them
	byHead map[entityKey]int32 // the latest organization by kind and head noun (see entity.prevHead), past smallOrgs
	cands  []int32             // the result of withLast and withHead
	keys   []byte              // the nameKeys of the other entities (see entity.key)
	others int                 // the entities that are not people with a name
	mapped bool                // byName and byHead are in use
}

// smallOrgs is the number of entities other than named people up to which
// entities finds them by scanning the list.
const smallOrgs = 16

type entityKey struct {
	kind SourceKind
	name string
}

// nameKey appends to b the key of byName for an entity of kind named
// name: the kind, a NUL byte and the name in lowercase.
func nameKey(b []byte, kind SourceKind, name string) []byte {
	b = append(b, kind...)
	b = append(b, 0)
	return appendLower(b, name)
}

// add appends an entity and indexes it; key is its nameKey, unless it is
// a person with a name.
func (es *entities) add(e entity, key []byte) int {
	i := int32(len(es.list))
	e.prevLast, e.prevHead = -1, -1
	if e.kind == Person && len(e.norms) > 0 {
		if es.byLast == nil {
			es.byLast = map[string]int32{}
		}
		last := e.norms[len(e.norms)-1]
		if p, ok := es.byLast[last]; ok {
			e.prevLast = p
		}
		es.byLast[last] = i
		es.list = append(es.list, e)
		return int(i)
	}
	if es.byName == nil {
		es.byName = map[string]int32{}
		es.byHead = map[entityKey]int32{}
	}
	e.other = true
	e.key = [2]int32{int32(len(es.keys)), int32(len(es.keys) + len(key))}
	es.keys = append(es.keys, key...)
	if !es.mapped && es.others == smallOrgs {
		es.mapped = true
		for j := range es.list {
			if o := &es.list[j]; o.other {
				es.byName[string(es.keys[o.key[0]:o.key[1]])] = int32(j)
				if o.head != "" {
					es.byHead[entityKey{o.kind, o.head}] = int32(j)
				}
			}
		}
	}
	es.others++
	if e.head != "" {
		e.prevHead = es.latestWithHead(e.kind, e.head)
	}
	if es.mapped {
		es.byName[string(key)] = i
		if e.head != "" {
			es.byHead[entityKey{e.kind, e.head}] = i
		}
	}
	es.list = append(es.list, e)
	return int(i)
}

// named returns the entity other than a named person whose nameKey is key.
func (es *entities) named(key []byte) (int32, bool) {
	if es.mapped {
		i, ok := es.byName[string(key)]
		return i, ok
	}
	for j := len(es.list) - 1; j >= 0; j-- {
		if o := &es.list[j]; o.other && string(es.keys[o.key[0]:o.key[1]]) == string(key) {
			return int32(j), true
		}
	}
	return 0, false
}

// latestWithHead returns the latest organization of kind with the head
// noun head, or -1.
func (es *entities) latestWithHead(kind SourceKind, head string) int32 {
	if es.mapped {
		if i, ok := es.byHead[entityKey{kind, head}]; ok {
			return i
		}
		return -1
	}
	for j := len(es.list) - 1; j >= 0; j-- {
		if o := &es.list[j]; o.other && o.kind == kind && o.head == head {
			return int32(j)
		}
	}
	return -1
}

// knownPerson reports whether a person's name ends in the word w.
func (es *entities) knownPerson(w string) bool {
	_, ok := es.byLast[w]
	return ok
}

// withLast returns the latest people, at most maxLookback, whose name
// ends in the word w, in the order they were added. The result is valid
// until the next call of withLast or withHead.
func (es *entities) withLast(w string) []int32 {
	i, ok := es.byLast[w]
	if !ok {
		return nil
	}
	return es.chain(i, func(e *entity) int32 { return e.prevLast })
}

// withHead returns the latest organizations of kind, at most maxLookback,
// with the head noun head, in the order they were added. The result is
// valid until the next call of withLast or withHead.
func (es *entities) withHead(kind SourceKind, head string) []int32 {
	i := es.latestWithHead(kind, head)
	if i < 0 {
		return nil
	}
	return es.chain(i, func(e *entity) int32 { return e.prevHead })
}

// chain returns the entities linked from i by prev, at most maxLookback,
// oldest first, in es.cands.
func (es *entities) chain(i int32, prev func(*entity) int32) []int32 {
	c := es.cands[:0]
	for ; i >= 0 && len(c) < maxLookback; i = prev(&es.list[i]) {
		c = append(c, i)
	}
	slices.Reverse(c)
	es.cands = c
	return c
}

// classify returns the kind of the source phrase [a, b], the name it
// resolves to and the index of its entity in ents (added when new), or -1.
func (r *run) classify(a, b int, ents *entities) (SourceKind, string, int) {
	t := &r.toks[a]
	if a == b && t.Kind == nlp.Word {
		if g, ok := pronounGender[t.Norm]; ok && !(t.Norm == "that" && false) {
			switch g {
			case 's':
				return Self, "", -1
			default:
				return Pronoun, "", -1
			}
		}
	}
	// The head part: before an appositive, parenthesis or relative clause.
	hb := b
	for j := a + 1; j <= b; j++ {
		n := &r.toks[j]
		if n.Text == "," || n.Text == "(" || n.Norm == "who" || n.Norm == "which" || n.Norm == "that" {
			hb = j - 1
			break
		}
	}
	// A description followed by a name in apposition is that name: "the
	// mayor, Hal Brennan", "Attorneys for the bank, Pryor & Webb".
	if hb+2 <= b && r.toks[hb+1].Text == "," && !r.capitalized(hb) {
		if e := r.appositiveName(hb+2, b); e >= 0 {
			return r.classify(hb+2, e, ents)
		}
	}
	// Coordination: "Canada and the U.S.", "Clinton and Kaine".
	for j := a + 1; j < hb; j++ {
		if r.toks[j].Norm == "and" || r.toks[j].Text == "&" {
			if r.isName(j-1, r.sentLoOf(j)) {
				k1, _, _ := r.classify(a, j-1, ents)
				k2, _, _ := r.classify(j+1, hb, ents)
				kind := Person
				switch {
				case r.toks[j].Text == "&" || k1 == Organization || k2 == Organization:
					// names joined by an ampersand are a firm: "Kessler & Dunn"
					kind = Organization
				case k1 == Anonymous || k2 == Anonymous:
					kind = Anonymous
				}
				name := r.text(r.span(a, hb))
				ei := r.orgEntity(ents, name, "", kind, a)
				ents.list[ei].gender = 'p'
				return kind, name, ei
			}
		}
	}
	// The head noun: the last word before an of-phrase, or before a
	// for- or at-phrase that is not part of a name ("Attorneys for the
	// bank", but "Center for Public Integrity").
	head := hb
	for j := a + 1; j <= hb; j++ {
		if n := r.toks[j].Norm; n == "of" || (n == "for" || n == "at") && j < hb && !r.capitalized(j+1) {
			head = j - 1
			break
		}
	}
	ht := &r.toks[head]
	lower := ht.Norm // a word's norm is lowercase already
	if ht.Kind != nlp.Word {
		lower = strings.ToLower(lower)
	}
	lo := r.sentLoOf(a)
	// A common noun capitalized at the start of a sentence: "Authorities".
	commonAtStart := head == a && r.atClauseStart(head, lo) && (r.inLower(head, groupNouns) || r.inLower(head, orgWords) || r.inLower(head, roleNouns))
	if !commonAtStart && (r.isName(head, lo) || ht.Kind == nlp.Word && r.capitalized(head)) {
		switch {
		case r.inLower(head, orgWords) || r.inLower(head, firmWords) || isAcronym(ht.Text) && !ents.knownPerson(lower):
			name := r.text(r.span(a, hb))
			ei := r.orgEntity(ents, name, lower, Organization, a)
			return Organization, ents.list[ei].name, ei
		case r.in(a, determiners) && !r.hasRole(a, hb) && hb-a <= 4:
			name := r.text(r.span(a, hb))
			return Organization, name, r.orgEntity(ents, name, lower, Organization, a)
		}
		name, norms, gender := r.personName(a, hb)
		if name == "" {
			return Person, r.text(r.span(a, hb)), -1
		}
		ei := r.personEntity(ents, name, norms, gender, a)
		return Person, ents.list[ei].name, ei
	}
	switch {
	case r.inLower(head, groupNouns) && !r.inLower(head, roleNouns) || r.inLower(head, groupNouns) && strings.HasSuffix(lower, "s") || lower == "source" || lower == "official":
		return Anonymous, "", -1
	case r.inLower(head, orgWords):
		name := r.text(r.span(a, hb))
		ei := r.orgEntity(ents, name, lower, Organization, a)
		return Organization, ents.list[ei].name, ei
	case r.inLower(head, roleNouns) || r.inLower(head, groupNouns):
		if r.in(a, determiners) && t.Norm != "the" && !r.in(a, possessives) {
			return Anonymous, "", -1 // "a spokesman", "one aide"
		}
		return Person, r.text(r.span(a, hb)), -1
	}
	return Anonymous, "", -1
}

// appositiveName returns the last token of a name that starts at k and
// runs to b or to the comma that closes an appositive, or -1 when the
// words from k are not a name.
func (r *run) appositiveName(k, b int) int {
	lo := r.sentLoOf(k)
	if !r.isName(k, lo) {
		return -1
	}
	e := k
	for e+1 <= b && (r.isName(e+1, lo) || r.toks[e+1].Text == "&" || r.toks[e+1].Norm == "and" || r.in(e+1, nameParticles)) {
		e++
	}
	if !r.isName(e, lo) || e < b && r.toks[e+1].Text != "," {
		return -1
	}
	return e
}

// sentLoOf returns the first token of the sentence holding token i.
func (r *run) sentLoOf(i int) int {
	if c := &r.lastSent; c.lo <= i && i < c.hi {
		return c.lo // tokens are mostly asked about sentence by sentence
	}
	si := r.doc.SentenceOf(i)
	if si < 0 {
		return 0
	}
	s := &r.doc.Sentences[si]
	r.lastSent = sentRange{s.First, s.First + len(s.Tokens)}
	return s.First
}

// sentRange is the token range [lo, hi) of a sentence.
type sentRange struct{ lo, hi int }

// hasRole reports whether [a, b] holds a role or title word.
func (r *run) hasRole(a, b int) bool {
	for j := a; j <= b; j++ {
		if r.inLower(j, roleNouns) {
			return true
		}
	}
	return false
}

// isAcronym reports whether a word is written in capitals (FBI, CNN) or as
// dotted initials (U.S.).
func isAcronym(s string) bool {
	letters := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case 'A' <= c && c <= 'Z':
			letters++
		case c == '.' || c == '&' || c == '-':
		default:
			return false
		}
	}
	return letters >= 2
}

// personName extracts a person's name from the phrase [a, b]: the run of
// capitalized words at its end, without the titles before the name
// ("U.S. President Donald Trump" → "Donald Trump").
func (r *run) personName(a, b int) (string, []string, byte) {
	lo := r.sentLoOf(a)
	e := b
	for e >= a && !r.isName(e, lo) {
		e--
	}
	if e < a {
		return "", nil, 0
	}
	s := e
	for s-1 >= a && (r.isName(s-1, lo) || r.in(s-1, nameParticles) && s-2 >= a && r.isName(s-2, lo)) {
		s--
	}
	var gender byte
	first := s
	for j := s; j <= e; j++ {
		if r.inLower(j, maleTitles) {
			gender = 'm'
		} else if r.inLower(j, femaleTitles) {
			gender = 'f'
		}
		if r.inLower(j, titleWords) && j < e {
			first = j + 1
		}
	}
	// a nationality or place before a title: "Venezuelan President …" is
	// handled by the last title; a lowercase role before the run gives the
	// gender ("spokeswoman Jane Doe").
	for j := a; j < s; j++ {
		if r.in(j, maleTitles) {
			gender = 'm'
		} else if r.in(j, femaleTitles) {
			gender = 'f'
		}
	}
	if first > e {
		first = e
	}
	norms := r.carveNorms(e - first + 1)
	for j := first; j <= e; j++ {
		w := r.toks[j].Norm
		if r.toks[j].Kind != nlp.Word {
			w = strings.ToLower(w) // a word's norm is lowercase already
		}
		norms = append(norms, w)
	}
	return r.text(r.span(first, e)), norms, gender
}

// carveNorms returns an empty slice with room for n norms, carved from
// a block shared with the other names of the run: the run's entities
// hold them until it ends. The capacity is exactly n, so that an append
// beyond it moves the slice out rather than overwrite a neighbour.
func (r *run) carveNorms(n int) []string {
	if cap(r.norms)-len(r.norms) < n {
		r.norms = make([]string, 0, max(64, n, 2*cap(r.norms)))
	}
	k := len(r.norms)
	r.norms = r.norms[:k+n]
	return r.norms[k : k : k+n]
}

// personEntity returns the entity a person's name refers to: an earlier
// entity whose name ends with it ("Trump" → "Donald Trump"), preferring the
// most recent one, or a new entity.
func (r *run) personEntity(ents *entities, name string, norms []string, gender byte, pos int) int {
	best := -1
	cands := ents.withLast(norms[len(norms)-1])
	for _, k := range cands {
		e := &ents.list[k]
		if len(e.norms) < len(norms) || !endsWith(e.norms, norms) {
			continue
		}
		// prefer mentions before pos, most recent first; then the longest
		if best < 0 || better(*e, ents.list[best], pos) {
			best = int(k)
		}
	}
	if best >= 0 {
		if gender != 0 && ents.list[best].gender == 0 {
			ents.list[best].gender = gender
		}
		return best
	}
	// A longer name for an earlier short one: "Trump", then "Donald Trump".
	for _, k := range cands {
		e := &ents.list[k]
		if len(e.norms) < len(norms) && endsWith(norms, e.norms) {
			e.name, e.norms = name, norms
			return int(k)
		}
	}
	return ents.add(entity{name: name, norms: norms, kind: Person, gender: gender, pos: pos}, nil)
}

func better(e, than entity, pos int) bool {
	eb, tb := e.pos <= pos, than.pos <= pos
	if eb != tb {
		return eb
	}
	if eb {
		return e.pos > than.pos
	}
	return e.pos < than.pos
}

func endsWith(long, short []string) bool {
	if len(short) == 0 {
		return false
	}
	off := len(long) - len(short)
	for i, w := range short {
		if long[off+i] != w {
			return false
		}
	}
	return true
}

// orgEntity returns the entity of an organization: an earlier one with the
// same name, or, for a bare "the government", the latest with the same
// head noun; else a new entity.
func (r *run) orgEntity(ents *entities, name, head string, kind SourceKind, pos int) int {
	short := strings.Count(name, " ") == 1 && (strings.HasPrefix(name, "the ") || strings.HasPrefix(name, "The "))
	best := -1
	consider := func(k int) {
		if best < 0 || ents.list[k].pos > ents.list[best].pos || ents.list[k].pos == ents.list[best].pos && k < best {
			best = k
		}
	}
	key := nameKey(r.keyBuf[:0], kind, name)
	r.keyBuf = key
	if k, ok := ents.named(key); ok {
		consider(int(k))
	}
	if short && head != "" {
		for _, k := range ents.withHead(kind, head) {
			consider(int(k))
		}
	}
	if best >= 0 {
		return best
	}
	return ents.add(entity{name: name, head: head, kind: kind, pos: pos}, key)
}

// titledNames collects the people the document names with a title or role
// ("U.S. President Donald Trump shared …"), so that a later "Trump" or
// "He" resolves to the full name even when the first mention is not a
// source.
func (r *run) titledNames() *entities {
	ents := &r.ents // empty: see release
	for si := range r.doc.Sentences {
		s := &r.doc.Sentences[si]
		lo, hi := s.First, s.First+len(s.Tokens)
		for i := lo; i < hi; {
			if !r.isName(i, lo) {
				i++
				continue
			}
			j := i
			for j+1 < hi && (r.isName(j+1, lo) || r.in(j+1, nameParticles) && j+2 < hi && r.isName(j+2, lo)) {
				j++
			}
			// the run is [i, j]
			lastTitle := -1
			org := false
			for k := i; k <= j; k++ {
				if r.inLower(k, titleWords) {
					lastTitle = k
				}
				if r.inLower(k, orgWords) || r.inLower(k, firmWords) || r.toks[k].Text == "&" {
					org = true
				}
			}
			role := i-1 >= lo && r.in(i-1, roleNouns) && !r.capitalized(i-1)
			// a two- or three-word name opening a sentence before its verb:
			// "Karoline Leavitt spoke on Monday."
			subject := lastTitle < i && r.atClauseStart(i, lo) && j-i >= 1 && j-i <= 2 && j+1 < hi && r.toks[j+1].Kind == nlp.Word && !r.capitalized(j+1) && !r.in(j, calendarWords)
			honorific := lastTitle >= i && lastTitle == j-1 && (r.inLower(lastTitle, maleTitles) || r.inLower(lastTitle, femaleTitles))
			if !org && (lastTitle >= i || role || subject) && (j-lastTitle >= 2 || honorific) {
				name, norms, g := r.personName(i, j)
				if name != "" && (len(norms) >= 2 || honorific) {
					if role {
						if r.in(i-1, maleTitles) {
							g = 'm'
						} else if r.in(i-1, femaleTitles) {
							g = 'f'
						}
					}
					found := false
					for _, k := range ents.withLast(norms[len(norms)-1]) {
						e := &ents.list[k]
						switch {
						case len(e.norms) >= len(norms) && endsWith(e.norms, norms):
							// "Ms. Smith" after "Jane Smith"
						case len(e.norms) < len(norms) && endsWith(norms, e.norms):
							e.name, e.norms = name, norms
						default:
							continue
						}
						if e.gender == 0 {
							e.gender = g
						}
						found = true
						break
					}
					if !found {
						ents.add(entity{name: name, norms: norms, kind: Person, gender: g, pos: i}, nil)
					}
				}
			}
			i = j + 1
		}
	}
	return ents
}
