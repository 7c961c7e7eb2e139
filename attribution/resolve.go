package attribution

// Resolution: what each source refers to. Names, titles and roles of the
// whole document, pronouns and short names and descriptions resolved to
// them, and each source's kind.

import (
	"cmp"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/hearsay-go/hearsay/internal/wordset"
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

	// weak marks a name met without a title, a role or a subject's place
	// ("voters backed Priya Nair"): it may be a place or a thing, so a
	// short name finds it ("Nair said") but a pronoun does not, until a
	// short name or a title has shown it to be a person.
	weak bool
	n    int32    // its mentions by its full name so far
	firm bool     // an organization whose name marks a business ("Acme Robotics")
	role [2]int32 // the tokens [lo, hi) of the title or role it was introduced with, if any
}

// A mention is a place where the document names an entity: a name in any
// sentence, or a source resolved to it.
type mention struct {
	pos, sent, ent int32
	subj           bool // at the start of its clause: the sentence's subject
	src            bool // the source of an attribution
	place          bool // after a preposition of place ("in New Orleans")
	describes      bool // a possessor describing another name: see appositivePossessor
}

// mentionWindow is the number of sentences before a pronoun's own in which
// its antecedent is looked for among the people named; past them, the
// most recent speaker is taken, as a text that has named no one since
// goes on about the last person quoted.
const mentionWindow = 3

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
		r.label = a.Rule == RulePunctuationColon
		kind, name, ei := r.classify(st[0], st[1], ents)
		r.label = false
		if kind == Pronoun {
			w := r.toks[st[0]].Norm
			target := -1
			switch g := pronounGender[w]; g {
			case 'm', 'f':
				target = r.personReferent(ents, a.Sentence, st[0], g, recent)
				if target >= 0 && ents.list[target].gender == 0 {
					ents.list[target].gender = g // "She said" tells who she is
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
				if target == -1 {
					// no group spoke before: the people named together as
					// a recent sentence's subject ("Ana Ruiz and Tom Dahl
					// met on Monday. They said …")
					target = r.pairBefore(ents, a.Sentence)
				}
			case 'n':
				for k := len(recent) - 1; k >= 0; k-- {
					if recent[k].kind == Organization && !ents.plural(int(recent[k].ent)) {
						target = int(recent[k].ent)
						break
					}
				}
				if target < 0 {
					target = r.orgReferent(ents, a.Sentence, st[0])
				}
			case 'r':
				// who, which, that: the noun phrase before it
				p := st[0] - 1
				if p >= 0 && (r.toks[p].Text == "," || isDash(r.toks[p].Text) || r.toks[p].Text == "(") {
					p-- // "The senator, who …", "The senator — who …"
				}
				lo := r.doc.Sentences[a.Sentence].First
				if p >= lo {
					if s := r.leftNP(p, lo); s >= 0 {
						// the head before its prepositional phrases:
						// "Democrats and Republicans in Congress who …"
						if s2 := r.ppHead(s, lo); s2 >= 0 && s-2 >= s2 {
							if h := s - 2; r.peopleWord(h) || r.isName(h, lo) {
								s = s2
							}
						}
						k2, n2, e2 := r.classify(s, p, ents)
						if w == "who" && (k2 != Person && k2 != Anonymous && k2 != Pronoun || r.placeAfterPlace(s, lo)) {
							// "who" stands for a person: past a place and
							// the appositives before it ("Dan Cole, a
							// dentist from Camden, New Jersey, who …")
							if q, e := r.personBefore(s, lo, ents); q >= 0 {
								k2, n2, e2 = r.classify(q, e, ents)
							}
						}
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
			if target < 0 && w == "both" {
				kind = Anonymous // "Both said …" of no one named before: a vague pair
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
			if e := &ents.list[ei]; e.kind == Person && !e.other {
				e.weak = false // a source is a person
				ents.later = append(ents.later, mention{pos: int32(st[0]), sent: int32(a.Sentence), ent: int32(ei), src: true})
			}
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

	mentions []mention   // the names of people and organizations in the text, in order (see titledNames)
	later    []mention   // the sources resolved to people, in order of their attributions
	refs     []candidate // see personReferent

	// roles holds every title or role the text gives a person, in the
	// order met (see roleSpan): a person may be "Gov. Chris Christie" in
	// one sentence and "Christie, a former prosecutor," in another.
	roles []roleSpan
	// relFirst holds, for each role word that the text uses after "a",
	// "another" or a possessive, or before "of", "for" or "to" ("a
	// spokesman", "his lawyer", "the leader of the team"), the first
	// such use plus one: a role said of someone new or someone's, which
	// "the spokesman" may refer to rather than to the person in view
	// (see epithetReferent). Made on first use.
	relFirst map[string]int32
	relMade  bool
}

// A roleSpan is a title or role the text gives a person: the tokens [lo,
// hi) of "Gov." in "Gov. Lee Park", of "a former governor" in "Lee Park,
// a former governor,", of "a businessman" in "Ben Cole is a businessman".
// learned marks the words of a description resolved to the person ("the
// candidate"), which tell what the text calls them but not how it
// introduced them.
type roleSpan struct {
	ent, lo, hi int32
	learned     bool
}

// addRole records the role [lo, hi) of person k.
func (es *entities) addRole(k, lo, hi int, learned bool) {
	if hi <= lo {
		return
	}
	if n := len(es.roles); n > 0 && es.roles[n-1] == (roleSpan{int32(k), int32(lo), int32(hi), learned}) {
		return
	}
	es.roles = append(es.roles, roleSpan{int32(k), int32(lo), int32(hi), learned})
}

// plural reports whether entity i is named in the plural ("Republicans",
// "Democrats", "the markets"), which "it" cannot refer to.
func (es *entities) plural(i int) bool {
	if i < 0 || i >= len(es.list) {
		return false
	}
	e := &es.list[i]
	if e.gender == 'p' {
		return true
	}
	h := e.head
	if h == "" {
		h = strings.ToLower(e.name)
		if k := strings.LastIndexByte(h, ' '); k >= 0 {
			h = h[k+1:]
		}
	}
	return len(h) > 3 && strings.HasSuffix(h, "s") && !strings.HasSuffix(h, "ss") && orgWords.has(h)
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

// knownPerson reports whether a person's name ends in the word w, a weak
// name not counted ("Los Angeles" does not make "ANGELES" a person).
func (es *entities) knownPerson(w string) bool {
	i, ok := es.byLast[w]
	for n := 0; ok && i >= 0 && n < maxLookback; n++ {
		if !es.list[i].weak {
			return true
		}
		i = es.list[i].prevLast
	}
	return false
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

// firstNamed returns the latest person among the last maxLookback
// entities who was named in full with the given name w ("Hillary" for
// "Hillary Clinton"), and how many there are, counted up to two.
func (es *entities) firstNamed(w string) (k, n int) {
	k = -1
	if givenGender[w] == 0 {
		return k, 0
	}
	for i := len(es.list) - 1; i >= 0 && i >= len(es.list)-maxLookback && n < 2; i-- {
		if e := &es.list[i]; e.kind == Person && !e.other && len(e.norms) >= 2 && e.norms[0] == w {
			if n == 0 {
				k = i
			}
			n++
		}
	}
	return k, n
}

// firstNameKnown reports whether a given name is the first name of a
// person among the latest entities, named in full.
func (es *entities) firstNameKnown(w string) bool {
	_, n := es.firstNamed(w)
	return n > 0
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

// placeAfterPlace reports whether the name at s follows a place and a
// comma after a preposition of place, as a state follows its city: "from
// Camden, New Jersey".
func (r *run) placeAfterPlace(s, lo int) bool {
	if s-3 < lo || r.toks[s-1].Text != "," || !r.isName(s-2, lo) {
		return false
	}
	q := s - 2
	for q > lo && r.isName(q-1, lo) {
		q--
	}
	return q > lo && (r.toks[q-1].Norm == "from" || r.toks[q-1].Norm == "in")
}

// pairBefore returns the entity of names coordinated as the subject of
// one of the two sentences before sentence si ("Ana Ruiz and Tom Dahl met
// on Monday."), the nearest first, or -1.
func (r *run) pairBefore(ents *entities, si int) int {
	// the subject finder reads its sentence's bounds and caches from the
	// run: ready them for each sentence asked, and restore them after
	defer r.enterSentence(r.lo, r.hi)
	for s := si - 1; s >= 0 && s >= si-2; s-- {
		st := &r.doc.Sentences[s]
		lo, hi := st.First, st.First+len(st.Tokens)
		r.enterSentence(lo, hi)
		sub := r.subjectAfter(lo, hi)
		if sub == noSource || sub[1] <= sub[0] || !r.isName(sub[0], lo) || !r.isName(sub[1], lo) {
			continue
		}
		for j := sub[0] + 1; j < sub[1]; j++ {
			if r.toks[j].Norm == "and" && r.isName(j-1, lo) && r.isName(j+1, lo) {
				if k, _, ei := r.classify(sub[0], sub[1], ents); k == Person && ei >= 0 && ents.list[ei].gender == 'p' {
					return ei
				}
				break
			}
		}
	}
	return -1
}

// personBefore returns the span [q, e] of a person's name that ends
// before a comma at most three phrases set off by commas before token s,
// each with its prepositional phrases ("Dan Cole | , a dentist from
// Camden | , New Jersey"), or -1 when none does.
func (r *run) personBefore(s, lo int, ents *entities) (int, int) {
	for hop := 0; hop < 3 && s-2 >= lo && r.toks[s-1].Text == ","; hop++ {
		e := s - 2
		q := r.leftNP(e, lo)
		if q < 0 {
			return -1, -1
		}
		for steps := 0; steps < 2; steps++ {
			if q2 := r.ppHead(q, lo); q2 >= 0 && q2 < q {
				q = q2
			}
		}
		if r.nameOnly(q, e) {
			if k, _, _ := r.classify(q, e, ents); k == Person {
				return q, e
			}
		}
		s = q
	}
	return -1, -1
}

// classify returns the kind of the source phrase [a, b], the name it
// resolves to and the index of its entity in ents (added when new), or -1.
func (r *run) classify(a, b int, ents *entities) (SourceKind, string, int) {
	t := &r.toks[a]
	if a == b && t.Kind == nlp.Word {
		if g, ok := pronounGender[t.Norm]; ok {
			switch g {
			case 's':
				return Self, "", -1
			default:
				return Pronoun, "", -1
			}
		}
	}
	if r.label && a == b && len(t.Text) == 1 && 'A' <= t.Text[0] && t.Text[0] <= 'Z' {
		// a transcript's one-letter label is a person: "Q:", and "A:",
		// which is no article there
		return Person, t.Text, -1
	}
	if a < b && !r.isName(a, r.sentLoOf(a)) && r.anonymityIn(a, b) {
		// "The coach, who asked not to be named", "a person familiar
		// with the talks": no one named, whatever the head noun
		return Anonymous, "", -1
	}
	if kind, name, ei, ok := r.classifyList(a, b, ents); ok {
		return kind, name, ei
	}
	// The head part: before an appositive (after a comma or dash),
	// parenthesis or relative clause.
	hb := b
	for j := a + 1; j <= b; j++ {
		n := &r.toks[j]
		if n.Text == "," || n.Text == "(" || isDash(n.Text) || n.Norm == "who" || n.Norm == "which" || n.Norm == "that" {
			hb = j - 1
			break
		}
	}
	// A work and its title in apposition are the work: "his 1996 book
	// The Truth About Hillary".
	for j := a; j < hb; j++ {
		if workNouns.has(r.toks[j].Norm) && r.capitalized(j+1) && r.in(j+1, determiners) {
			hb = j
			break
		}
	}
	// A description that a participle names is that name: "the base
	// chief known as Bob", "a man named Ali Khan".
	for j := a + 1; j < hb; j++ {
		if r.toks[j].Kind == nlp.Word && namingParticiples.has(r.toks[j].Norm) && !r.capitalized(j) {
			n := j + 1
			if r.toks[n].Norm == "as" {
				n++
			}
			if n <= hb && r.isName(n, r.sentLoOf(n)) {
				return r.classify(n, hb, ents)
			}
			break
		}
	}
	// A description followed by a name in apposition is that name: "the
	// mayor, Hal Brennan", "Attorneys for the bank, Pryor & Webb".
	if hb+2 <= b && r.toks[hb+1].Text == "," && (!r.capitalized(hb) || r.roleBeforePP(a, hb)) {
		if e := r.appositiveName(hb+2, b); e >= 0 {
			kind, name, ei := r.classify(hb+2, e, ents)
			if kind == Organization && r.in(hb, roleNouns) && !r.inLower(e, firmWords) && r.isName(e, r.sentLoOf(e)) && e > hb+2 {
				// a person's role before it: "a spokeswoman, Anna White"
				n, norms, g := r.personName(hb+2, e)
				if n != "" {
					ei = r.personEntity(ents, n, norms, g, hb+2)
					return Person, ents.list[ei].name, ei
				}
			}
			return kind, name, ei
		}
	}
	// A name that an appositive calls an organization is one: "Xinhua,
	// the official news agency", "Acme, a robotics company".
	if hb+2 <= b && r.toks[hb+1].Text == "," && r.nameOnly(a, hb) && !ents.knownPerson(lowerNorm(&r.toks[hb])) && r.orgDescription(hb+2, b) {
		name := r.text(r.span(a, hb))
		ei := r.orgEntity(ents, name, lowerNorm(&r.toks[hb]), Organization, a)
		return Organization, ents.list[ei].name, ei
	}
	// Coordination: "Canada and the U.S.", "Clinton and Kaine".
	for j := a + 1; j < hb; j++ {
		if r.toks[j].Norm == "and" || r.toks[j].Text == "&" {
			if r.isName(j-1, r.sentLoOf(j)) && !r.titleComplementEnds(a, j-1) {
				k1, n1, _ := r.classify(a, j-1, ents)
				k2, n2, _ := r.classify(j+1, hb, ents)
				kind := Person
				switch {
				case r.toks[j].Text == "&" || k1 == Organization || k2 == Organization:
					// names joined by an ampersand are a firm: "Kessler & Dunn"
					kind = Organization
				case k1 == Anonymous || k2 == Anonymous:
					kind = Anonymous
				}
				name := r.text(r.span(a, hb))
				if kind == Person && k1 == Person && k2 == Person && n1 != "" && n2 != "" {
					// each person by their resolved name, joined as
					// Source.Resolved documents: "Tom Ruiz and Eva Dahl"
					name = n1 + " and " + n2
				}
				ei := r.orgEntity(ents, name, "", kind, a)
				ents.list[ei].gender = 'p'
				ents.list[ei].firm = ents.list[ei].firm || r.toks[j].Text == "&"
				return kind, name, ei
			}
		}
	}
	// The head noun: the last word before an of-, in- or from-phrase,
	// before a for- or at-phrase that is not part of a name or a to-phrase
	// after a word for people
	// ("Attorneys for the bank", "the anchor for Univision", but "Center
	// for Public Integrity"), or before a participle and its agent ("a
	// study commissioned by the county").
	head := hb
	for j := a + 1; j <= hb; j++ {
		n := r.toks[j].Norm
		// (a common noun capitalized as the sentence's first word is no
		// part of a name: "Executives for Mondelez")
		commonFirst := j-1 == a && r.atClauseStart(a, r.sentLoOf(a)) && (r.inLower(a, roleNouns) || r.inLower(a, groupNouns) || roleNouns.has(strings.TrimSuffix(strings.ToLower(r.toks[a].Norm), "s")))
		if n == "of" || n == "in" || n == "from" || (n == "for" || n == "at") && j < hb && !(r.capitalized(j-1) && !commonFirst && r.capitalized(j+1)) ||
			// people who serve someone: "Advisers to a rival campaign",
			// "an aide to the senator"
			n == "to" && j < hb && (!r.capitalized(j-1) || commonFirst) && r.peopleWord(j-1) ||
			j < hb && r.toks[j+1].Norm == "by" && strings.HasSuffix(n, "ed") && !r.capitalized(j) ||
			// a modifier after the noun: "people close to the senator",
			// "a person briefed on the talks", "the lawyer representing
			// the family"
			j < hb && !r.capitalized(j) && (r.in(j, postModifiers) || r.verbLike(j) && !r.verbLike(j-1)) && r.isContent(j-1) {
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
	if t.Norm == "the" && head > a && !r.capitalized(head) {
		// "the governor", "the former governor", "the company": the one
		// entity introduced so that the description fits it
		if r.in(head, roleNouns) && !r.in(head, orgWords) && !r.in(head, roleModifiers) {
			if k := r.describedPerson(ents, a, head); k >= 0 {
				return Person, ents.list[k].name, k
			}
		} else if head == a+1 && (r.in(head, firmNouns) || r.in(head, orgWords)) {
			if k := r.describedOrg(ents, a, head); k >= 0 {
				return Organization, ents.list[k].name, k
			}
		}
	}
	// A common noun capitalized at the start of a sentence: "Authorities".
	commonAtStart := head == a && r.atClauseStart(head, lo) && (r.inLower(head, groupNouns) || r.inLower(head, orgWords) && !ents.firstNameKnown(lower) || r.inLower(head, roleNouns) ||
		// a role in the plural: "Candidates who think …" (see peopleWord)
		roleNouns.has(strings.TrimSuffix(lower, "s")) ||
		// a plural of people by what they do: "Forecasters", "Economists"
		a == hb && pluralAgent(lower) && !ents.knownPerson(lower) && !r.capitalizedWithin(a) ||
		// one capitalized word before a prepositional phrase is a name
		// only when the text names someone so: "Trump in his speech", not
		// "Drop in turnout"
		head < hb && !ents.knownPerson(lower) ||
		// a quantifier alone: "Half said …", "Both said …"
		a == hb && r.in(a, determiners) ||
		// a plural the text writes in lower case too: "Findings show
		// …" beside "the findings underscore …"
		a == hb && pluralWord(lower) && !ents.knownPerson(lower) && r.lowercaseElsewhere(a)) &&
		// but a title before a name is not: "Secretary of State John Kerry"
		!(head < hb && r.inLower(head, titleWords) && r.isName(hb, lo))
	if !commonAtStart && (r.isName(head, lo) || ht.Kind == nlp.Word && r.capitalized(head)) {
		switch {
		// a transcript's speaker in capitals is a person ("RAMOS:"),
		// unless short enough to be an acronym ("CNN:"); a given name
		// alone is the person of that first name named before ("Bill
		// Clinton … Bill said")
		case (r.inLower(head, orgWords) || r.inLower(head, firmWords)) && !(a == hb && ents.firstNameKnown(lower)) ||
			isAcronym(ht.Text) && !ents.knownPerson(lower) && !(r.label && len(ht.Text) >= 5) || r.namedOrg(a, head):
			name := r.text(r.span(a, hb))
			ei := r.orgEntity(ents, name, lower, Organization, a)
			ents.list[ei].firm = ents.list[ei].firm || r.inLower(head, firmWords)
			return Organization, ents.list[ei].name, ei
		case r.in(a, determiners) && !r.hasRole(a, hb) && hb-a <= 4 && !ents.knownPerson(lower) && !r.possessedName(a, hb):
			// "the Times", "a Reuters report"; but a person the text has
			// named stays one: "a grumpy Trump"
			name := r.text(r.span(a, hb))
			return Organization, name, r.orgEntity(ents, name, lower, Organization, a)
		}
		if a == hb && !ents.knownPerson(lower) && (placeNames.has(lower) || r.itsAfterName(a)) {
			// one word that names a state ("Mexico said it would not
			// pay") or that the text calls "its" ("Snack giant Nabisco
			// … at its Chicago factory"): an organization
			name := r.text(r.span(a, hb))
			ei := r.orgEntity(ents, name, lower, Organization, a)
			return Organization, ents.list[ei].name, ei
		}
		// the name before an of-phrase ("Rep. Lee Zeldin of New York"),
		// unless the phrase is part of a title ("Secretary of State
		// Madeleine Albright")
		end := head
		if r.inLower(head, titleWords) {
			end = hb
		}
		name, norms, gender := r.personName(a, end)
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

// possessedName reports whether [a, hb] ends in a name of two words or
// more after a possessive: a person of the organization before it ("The
// Post's Abby Phillip").
func (r *run) possessedName(a, hb int) bool {
	for j := a + 1; j < hb; j++ {
		if r.toks[j].Norm == "'s" {
			lo := r.sentLoOf(j)
			for k := j + 1; k <= hb; k++ {
				if !r.isName(k, lo) || r.inLower(k, orgWords) || r.inLower(k, firmWords) {
					return false
				}
			}
			return hb-j >= 2
		}
	}
	return false
}

// nameOnly reports whether [a, b] is a name and nothing else, "the"
// before it aside.
func (r *run) nameOnly(a, b int) bool {
	if r.toks[a].Norm == "the" && a < b {
		a++
	}
	lo := r.sentLoOf(a)
	for j := a; j <= b; j++ {
		if !r.isName(j, lo) {
			return false
		}
	}
	return true
}

// orgDescription reports whether the phrase from token k, up to b or the
// first comma, of-phrase or relative clause, is a description headed by
// an organization's noun: "the official Chinese news agency", "a
// robotics company" (but "the head of the agency", "a company
// spokesman").
func (r *run) orgDescription(k, b int) bool {
	if !(r.in(k, determiners) || r.in(k, possessives)) {
		return false
	}
	head := -1
	for j := k + 1; j <= b; j++ {
		t := &r.toks[j]
		if t.Kind != nlp.Word || t.Norm == "of" || t.Norm == "that" || r.relativeWord(j) || r.in(j, prepositions) {
			break
		}
		head = j
	}
	return head > k && !r.capitalized(head) && (r.in(head, orgWords) || r.in(head, firmNouns))
}

// anonymityIn reports whether tokens [a, b] hold a phrase of anonymity
// of the lexicon's vague sources (lexiconAnonymity: "who asked not to be
// named", "familiar with the matter", "unnamed"), word for word.
func (r *run) anonymityIn(a, b int) bool {
	firsts := anonymityFirsts()
	for j := a; j <= b; j++ {
		if !firsts.Has(r.toks[j].Norm) {
			continue // most words start no phrase: not compared with each
		}
		for _, ws := range anonymityWords() {
			if j+len(ws)-1 > b || r.toks[j].Norm != ws[0] {
				continue
			}
			i := 1
			for i < len(ws) && r.toks[j+i].Norm == ws[i] {
				i++
			}
			if i == len(ws) {
				return true
			}
		}
	}
	return false
}

// anonymityWords holds lexiconAnonymity's phrases split into words, as
// the tokenizer gives their norms.
var anonymityWords = sync.OnceValue(func() [][]string {
	out := make([][]string, len(lexiconAnonymity))
	for i, p := range lexiconAnonymity {
		out[i] = strings.Fields(p)
	}
	return out
})

// anonymityFirsts holds the first words of anonymityWords.
var anonymityFirsts = sync.OnceValue(func() *wordset.Set {
	var s wordset.Set
	for _, ws := range anonymityWords() {
		s.Add(ws[0])
	}
	return &s
})

// classifyList classifies [a, b] when it is a list of three or more
// names ("Sens. Ann Ray, Bo Lin and Cy Diaz", "Ray, Lin, and Diaz"): a
// group of people resolved to each one's name, joined as Source.Resolved
// documents ("Ann Ray, Bo Lin and Cy Diaz"). ok is false when [a, b] is
// no such list or an item is not a person.
func (r *run) classifyList(a, b int, ents *entities) (SourceKind, string, int, bool) {
	c := -1
	for j := a + 1; j <= b; j++ {
		if r.toks[j].Text == "," {
			c = j
			break
		}
	}
	if c < 0 || !r.isName(c-1, r.sentLoOf(c)) || r.nameListAfter(c, b+1) != b {
		return "", "", -1, false
	}
	var names []string
	st := a
	for j := c; j <= b+1; j++ {
		if j <= b && r.toks[j].Text != "," && r.toks[j].Norm != "and" {
			continue
		}
		if e := j - 1; e >= st {
			kind, name, _ := r.classify(st, e, ents)
			if kind != Person || name == "" {
				return "", "", -1, false
			}
			names = append(names, name)
		}
		st = j + 1
	}
	if len(names) < 3 {
		return "", "", -1, false
	}
	name := strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
	ei := r.orgEntity(ents, name, "", Person, a)
	ents.list[ei].gender = 'p'
	return Person, name, ei, true
}

// titleComplementEnds reports whether the capitalized word at e completes
// a title's of-phrase ("Secretary of State", "Minister of Finance"): a
// role, not a person, so "Former Secretary of State and Democratic
// frontrunner Hillary Clinton" is one person with two roles.
func (r *run) titleComplementEnds(a, e int) bool {
	return e-2 >= a && r.toks[e-1].Norm == "of" && (r.inLower(e-2, titleWords) || r.inLower(e-2, roleNouns))
}

// pluralAgent reports whether w, lowercase, reads as a plural noun of
// people named by what they do ("forecasters", "economists", "historians",
// "residents", "investigators"), not a surname: a surname of such a shape
// ("Sanders", "Powers") is taken as one once the text has named its
// person.
func pluralAgent(w string) bool {
	if len(w) < 7 || givenGender[w] != 0 {
		return false
	}
	for _, suf := range [...]string{"ers", "ors", "ists", "ians", "ants", "ents"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// describedPerson returns the person that the description [a, head],
// "the" and a role noun, refers to: the one person the text has given
// that role before it, among the words of a title or role ("Gov. Lee
// Park" and "Gov. Park" for "the governor", "Lee Park, a former
// governor," for "the former governor", "Ben Cole is a surgeon" for "the
// surgeon"), every word between "the" and the noun being among them too
// ("the Democratic candidate" is not "Republican candidate Sam Kerr"). A
// past role ("former", "ex-") fits a description without the word only
// when no one holds the role now: "the governor" is Gov. Dana Kerr, not
// Ann Lee, the former governor. Of several people who fit, it takes the
// one named in the latest sentence, within mentionWindow sentences, that
// names one of them, if they alone are named there (see mostSalient).
// With no one given the role, it is the one person the text has named
// (onlyPerson), or the person the text is about (epithetReferent):
// "Trump's refusal … Instead, the businessman has insisted". It returns
// -1 when it cannot tell: a description is left as written rather
// than given to the wrong person, and so is a description whose noun
// has a complement of its own ("the president of the foundation", "the
// leader of the team"): whose role it is, the text has just said.
func (r *run) describedPerson(ents *entities, a, head int) int {
	if head+1 < len(r.toks) && relationalLink(r.toks[head+1].Norm) {
		return -1 // "the president of the foundation": a role of its own
	}
	want := roleKey(lowerNorm(&r.toks[head]))
	former := false
	for j := a + 1; j < head; j++ {
		former = former || pastRole(r.toks[j].Norm)
	}
	var buf, pbuf [8]int32
	fit, past := buf[:0], pbuf[:0]
	for ri, n := len(ents.roles)-1, 0; ri >= 0 && n < maxLookback; ri, n = ri-1, n+1 {
		rs := &ents.roles[ri]
		e := &ents.list[rs.ent]
		if int(rs.hi) > a || e.kind != Person || e.other || e.weak {
			continue
		}
		switch r.roleFits(int(rs.lo), int(rs.hi), a, head, want, former) {
		case fitsNow:
			if !slices.Contains(fit, rs.ent) {
				fit = append(fit, rs.ent)
			}
		case fitsPast:
			if !slices.Contains(past, rs.ent) {
				past = append(past, rs.ent)
			}
		}
	}
	if len(fit) == 0 {
		// a past role ("Ann Lee, the former governor") is the role's
		// only when no one holds it now
		fit = past
	}
	k := -1
	switch len(fit) {
	case 0:
		if k = r.onlyPerson(ents, a, head, want); k < 0 {
			k = r.epithetReferent(ents, a, head, want)
		}
	case 1:
		k = int(fit[0])
	default:
		k = r.mostSalient(ents, a, fit)
	}
	if k >= 0 {
		// what the text calls them from now on: a later "the
		// candidate" is the same person
		ents.addRole(k, a+1, head+1, true)
	}
	return k
}

// How a role fits a description: see roleFits.
const (
	fitsNot = iota
	fitsNow
	fitsPast
)

// roleFits reports whether the role [lo, hi) has the role word want and
// every word of the description between a ("the") and head: fitsNow, or
// fitsPast when the role is a past one ("former governor") that the
// description does not call past (former is false); else fitsNot.
func (r *run) roleFits(lo, hi, a, head int, want string, former bool) int {
	has := func(w string) bool {
		for j := lo; j < hi; j++ {
			if roleKey(lowerNorm(&r.toks[j])) == w {
				return true
			}
		}
		return false
	}
	if !has(want) {
		return fitsNot
	}
	for j := a + 1; j < head; j++ {
		if !has(roleKey(lowerNorm(&r.toks[j]))) {
			return fitsNot
		}
	}
	if !former {
		for j := lo; j < hi; j++ {
			if pastRole(r.toks[j].Norm) {
				return fitsPast
			}
		}
	}
	return fitsNow
}

// pastRole reports whether a word before a role says the role is past:
// "former", "ex-", "onetime", "erstwhile".
func pastRole(w string) bool {
	switch w {
	case "former", "ex", "ex-", "onetime", "one-time", "erstwhile":
		return true
	}
	return strings.HasPrefix(w, "ex-")
}

// mostSalient returns, of the entities in fit, the one named in the
// latest sentence before token pos that names any of them, within
// mentionWindow sentences of pos's, when no other of them is named in
// that sentence; else -1. Names inside a quotation that pos is not in
// are passed over, as personReferent does.
func (r *run) mostSalient(ents *entities, pos int, fit []int32) int {
	sent := int32(r.doc.SentenceOf(pos))
	q := r.qid[pos]
	found, top := int32(-1), int32(-1)
	i := mentionsBefore(ents.mentions, pos) - 1
	j := len(ents.later) - 1
	for n := 0; n < maxLookback; n++ {
		for j >= 0 && ents.later[j].pos >= int32(pos) {
			j--
		}
		var m *mention
		switch {
		case i >= 0 && (j < 0 || ents.mentions[i].pos >= ents.later[j].pos):
			m = &ents.mentions[i]
			i--
		case j >= 0:
			m = &ents.later[j]
			j--
		}
		if m == nil || m.sent < sent-mentionWindow || top >= 0 && m.sent < top {
			break
		}
		if m.describes || r.qid[m.pos] >= 0 && r.qid[m.pos] != q || !slices.Contains(fit, m.ent) {
			continue
		}
		if found >= 0 && found != m.ent {
			return -1 // two of them in one sentence
		}
		found, top = m.ent, m.sent
	}
	return int(found)
}

// relationRoles name a person by a relation to another or a part in
// another's affairs ("the aide", "the lawyer", "the judge"): never an
// epithet for the person a text is about.
var relationRoles = plainClass("relationRoles")

// epithetReferent returns the person that a description with a role
// noun given to no one ("the candidate", "the billionaire businessman")
// refers to as an epithet: the person the text is about, which a writer
// calls by a description for variety. That is the one person named in
// the description's sentence before it or in the epithetWindow sentences
// before that (not in a quotation the description is not in, nor as a
// modifier, "the Sanders campaign", and of the noun's gender when it
// tells one), if the text has named them at least twice so far and more
// often than anyone else; not someone given the noun in another role
// ("Republican candidate Sam Kerr" is not "the Democratic candidate"). It
// returns -1 when no one stands out so, when a name that may be a
// person's (see entity.weak) stands in view too, when the noun is used
// before of someone new or someone's ("a spokesman", "his lawyer", "the
// leader of the team": the description may be that person), or when the
// description says more than the noun and lowercase modifiers do ("the
// Democratic nominee", "the senator's aide"): a fact about the person
// that the text has not told.
func (r *run) epithetReferent(ents *entities, a, head int, want string) int {
	if relationRoles.has(r.toks[head].Norm) {
		return -1 // "the aide", "the judge": someone beside the person the text is about
	}
	for j := a + 1; j < head; j++ {
		if r.capitalized(j) || r.toks[j].Kind != nlp.Word || r.toks[j].Norm == "'s" {
			return -1
		}
	}
	if f := ents.relationalFirst(r, want); f > 0 && int(f)-1 < a {
		return -1
	}
	var g byte
	if r.in(head, maleTitles) {
		g = 'm'
	} else if r.in(head, femaleTitles) {
		g = 'f'
	}
	sent := int32(r.doc.SentenceOf(a))
	q := r.qid[a]
	type count struct {
		ent    int32
		n      int
		inView bool
	}
	var buf [16]count
	cs := buf[:0]
	at := func(k int32) *count {
		for i := range cs {
			if cs[i].ent == k {
				return &cs[i]
			}
		}
		cs = append(cs, count{ent: k})
		return &cs[len(cs)-1]
	}
	i := mentionsBefore(ents.mentions, a) - 1
	j := len(ents.later) - 1
	last := int32(-1) // a source that is a name is mentioned once
	for n := 0; n < 4*maxLookback; n++ {
		for j >= 0 && ents.later[j].pos >= int32(a) {
			j--
		}
		var m *mention
		switch {
		case i >= 0 && (j < 0 || ents.mentions[i].pos >= ents.later[j].pos):
			m = &ents.mentions[i]
			i--
		case j >= 0:
			m = &ents.later[j]
			j--
		}
		if m == nil {
			break
		}
		e := &ents.list[m.ent]
		if e.kind != Person || e.other || m.describes || m.pos == last {
			continue
		}
		last = m.pos
		view := m.sent >= sent-epithetWindow && !(r.qid[m.pos] >= 0 && r.qid[m.pos] != q) && (g == 0 || e.gender == 0 || e.gender == g)
		if view && e.weak && !m.place {
			return -1 // a name beside it that may be the person meant
		}
		c := at(m.ent) // a weak name counts as a rival all the same
		c.n++
		if view && !e.weak && !r.nameModifies(int(m.pos)) {
			c.inView = true
		}
	}
	best, second := -1, 0
	for k := range cs {
		c := &cs[k]
		if !c.inView {
			second = max(second, c.n)
			continue
		}
		if best >= 0 {
			return -1 // two people in view
		}
		best = k
	}
	if best < 0 || cs[best].n < 2 || cs[best].n <= second {
		return -1
	}
	k := cs[best].ent
	for ri := range ents.roles {
		// given the noun in a role that does not fit the description
		if rs := &ents.roles[ri]; rs.ent == k && !rs.learned && int(rs.hi) <= a && r.roleHas(int(rs.lo), int(rs.hi), want) {
			return -1
		}
	}
	return int(k)
}

// nameModifies reports whether the name that starts at token i modifies
// a noun after a determiner rather than naming a participant: "the
// Sanders campaign", "a Trump rally". (A possessive names one: "Mr.
// Trump's tone" is his.)
func (r *run) nameModifies(i int) bool {
	lo := r.sentLoOf(i)
	return i-1 >= lo && r.in(i-1, determiners) && !r.in(i-1, possessives)
}

// roleHas reports whether the role [lo, hi) holds the role word w.
func (r *run) roleHas(lo, hi int, w string) bool {
	for j := lo; j < hi; j++ {
		if roleKey(lowerNorm(&r.toks[j])) == w {
			return true
		}
	}
	return false
}

// relationalLink reports whether a preposition after a role noun makes
// it someone's or something's role: "the leader of the team", "a
// spokesman for the campaign", "an adviser to the mayor".
func relationalLink(w string) bool { return w == "of" || w == "for" || w == "to" }

// relationalFirst returns the first token, plus one, at which the role
// word w (as roleKey gives it) follows "a", "an", "another", "one" or a
// possessive, perhaps with a modifier between ("a campaign spokeswoman",
// "his longtime lawyer", "Trump's adviser"), or goes before "of", "for"
// or "to" (relationalLink); 0 when it never does.
func (es *entities) relationalFirst(r *run, w string) int32 {
	if !es.relMade {
		es.relMade = true
		if es.relFirst == nil {
			es.relFirst = map[string]int32{}
		}
		for j := range r.toks {
			if r.cls[j]&clsKind != uint8(nlp.Word) || r.wcs[j]&roleNouns.bit == 0 {
				continue
			}
			if n := j + 1; n < len(r.toks) && relationalLink(r.toks[n].Norm) {
				// someone's role by a phrase after it: "the leader of the
				// team", "a spokesman for the campaign"
				if k := roleKey(lowerNorm(&r.toks[j])); es.relFirst[k] == 0 {
					es.relFirst[k] = int32(j + 1)
				}
				continue
			}
			for p := j - 1; p >= 0 && p >= j-3; p-- {
				t := &r.toks[p]
				if t.Norm == "a" || t.Norm == "an" || t.Norm == "another" || t.Norm == "one" || t.Norm == "'s" || r.in(p, possessives) {
					if k := roleKey(lowerNorm(&r.toks[j])); es.relFirst[k] == 0 {
						es.relFirst[k] = int32(j + 1)
					}
					break
				}
				if t.Kind != nlp.Word || r.in(p, functionWords) {
					break
				}
			}
		}
	}
	return es.relFirst[w]
}

// onlyPerson returns the one person the text has named before the
// description "the … <head>" at token a, when that person was given no
// title or role of another kind and no one was called by the description's
// noun before without a name: "Donald Trump held a rally. The Republican
// presidential candidate said …". It returns -1 when none or several
// people were named, or when the noun was used of someone before: the
// description may be someone new. What it reads of the whole text is
// gathered once a run, so that a text of many descriptions stays linear.
func (r *run) onlyPerson(ents *entities, a, head int, want string) int {
	if !r.roleMade {
		r.roleMade = true
		if r.roleFirst == nil {
			r.roleFirst = map[string]int{}
		}
		for j := range r.toks {
			// a word's classes tell, without reading the token
			if r.cls[j]&clsKind != uint8(nlp.Word) || r.wcs[j]&(roleNouns.bit|titleWords.bit) == 0 {
				continue
			}
			if k := roleKey(lowerNorm(&r.toks[j])); r.roleFirst[k] == 0 {
				r.roleFirst[k] = j + 1
			}
		}
		seen := slices.Grow(r.entSeen[:0], len(ents.list))[:len(ents.list)]
		clear(seen)
		r.entSeen = seen
		for _, m := range ents.mentions {
			if e := &ents.list[m.ent]; e.kind == Person && !e.other && !e.weak && !seen[m.ent] {
				seen[m.ent] = true
				r.personsFirst = append(r.personsFirst, [2]int32{m.pos, m.ent})
			}
		}
	}
	if f := r.roleFirst[want]; f > 0 && f-1 < head {
		return -1 // "the governor" already stood for someone
	}
	n, _ := slices.BinarySearchFunc(r.personsFirst, int32(a), func(p [2]int32, t int32) int { return cmp.Compare(p[0], t) })
	if n != 1 {
		return -1 // no one, or two people, named before
	}
	k := int(r.personsFirst[0][1])
	if e := &ents.list[k]; e.role[1] > e.role[0] {
		return -1 // introduced with a role of another kind ("Gov. Lee Park" is no candidate)
	}
	return k
}

// roleKey returns the role a title or role word names: abbreviations
// and gendered forms stand for one word ("Sen." and "senator",
// "congresswoman" and "Rep.").
func roleKey(w string) string {
	switch strings.TrimSuffix(w, ".") {
	case "sen":
		return "senator"
	case "gov":
		return "governor"
	case "rep", "representative", "congressman", "congresswoman":
		return "representative"
	case "gen":
		return "general"
	case "lt":
		return "lieutenant"
	case "col":
		return "colonel"
	case "capt":
		return "captain"
	case "adm":
		return "admiral"
	case "sgt":
		return "sergeant"
	case "prof":
		return "professor"
	case "atty":
		return "attorney"
	case "amb":
		return "ambassador"
	case "dr":
		return "doctor"
	case "chairman", "chairwoman":
		return "chair"
	case "spokesman", "spokeswoman":
		return "spokesperson"
	case "councilman", "councilwoman", "councillor":
		return "councilor"
	}
	return w
}

// describedOrg returns the organization that "the" and the noun at head
// refers to: the one organization named before a whose name ends in that
// noun ("the bank" after "Harbor Trust Bank"), or, for a noun such as
// "company" or "firm", the one business ("Acme Robotics"). It returns -1
// when none or more than one fits: which of several companies "the
// company" is, the latest named or the latest subject, is too often
// neither (an index or a parent company named in passing between) for
// salience to choose.
func (r *run) describedOrg(ents *entities, a, head int) int {
	w := r.toks[head].Norm
	firm := r.in(head, firmNouns)
	found := -1
	for k := len(ents.list) - 1; k >= 0 && k >= len(ents.list)-maxLookback; k-- {
		e := &ents.list[k]
		if !e.other || e.kind != Organization || e.pos >= a || e.gender == 'p' && !e.firm {
			continue
		}
		if !(firm && e.firm || e.head == w && !strings.EqualFold(e.name, "the "+w)) {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = k
	}
	return found
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
	if !r.isName(e, lo) {
		return -1
	}
	if e < b && r.toks[e+1].Text != "," {
		// a person's name and where they work: "Dan Hale of First
		// Church in Akron" (a given name first, so that "University of
		// Texas" is not cut)
		if !(r.toks[e+1].Norm == "of" && e > k && givenGender[lowerNorm(&r.toks[k])] != 0) {
			return -1
		}
	}
	return e
}

// placeNames: see classes.tsv.
var placeNames = plainClass("placeNames")

// leaveNouns: see classes.tsv.
var leaveNouns = plainClass("leaveNouns")

// itsLookback bounds in tokens how far before a name itsAfterName looks
// for an earlier mention of it, and itsReach how far after a mention it
// looks for "its", so that a long run of one name costs a bounded scan.
const (
	itsLookback = 2000
	itsReach    = 40
)

// itsAfterName reports whether the word of token a, a capitalized name,
// is followed in a sentence of the text up to a's by "its" or "itself",
// with no personal pronoun and no other name between: the text speaks of
// it as a thing ("Snack giant Nabisco … at its Chicago factory"). A
// mention after a preposition is passed over: the "its" after it is most
// often the subject's ("the coalition will debate how to deal with Trump
// during its meeting").
func (r *run) itsAfterName(a int) bool {
	w := r.toks[a].Norm
	for i := max(0, a-itsLookback); i <= a; i++ {
		if r.toks[i].Norm != w || r.cls[i]&clsCapWord == 0 {
			continue
		}
		if i > 0 && r.toks[i-1].Kind == nlp.Word && r.in(i-1, prepositions) {
			continue
		}
		s := &r.doc.Sentences[r.doc.SentenceOf(i)]
		for j := i + 1; j < s.First+len(s.Tokens) && j <= i+itsReach; j++ {
			t := &r.toks[j]
			if t.Kind != nlp.Word {
				continue
			}
			if t.Norm == "its" || t.Norm == "itself" {
				return true
			}
			if r.in(j, subjectPronouns) && t.Norm != "it" && t.Norm != "that" && t.Norm != "which" && t.Norm != "who" || r.in(j, possessives) || r.isName(j, s.First) && !r.in(j, calendarWords) {
				break
			}
		}
	}
	return false
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

// hasRole reports whether [a, b] holds a role or title word, or a
// lowercase noun of one by its suffix (agentNoun).
func (r *run) hasRole(a, b int) bool {
	for j := a; j <= b; j++ {
		if r.inLower(j, roleNouns) || !r.capitalized(j) && agentNoun(r.toks[j].Norm) {
			return true
		}
	}
	return false
}

// namedOrg reports whether a capitalized organization's noun stands in
// the name [a, head] before a preposition of the name: "the Council on
// Foreign Relations", "the Committee to Protect Journalists".
func (r *run) namedOrg(a, head int) bool {
	for j := a; j < head; j++ {
		if r.capitalized(j) && r.inLower(j, orgWords) && (r.toks[j+1].Norm == "on" || r.toks[j+1].Norm == "for" || r.toks[j+1].Norm == "of" || r.toks[j+1].Norm == "to") {
			return true
		}
	}
	return false
}

// roleBeforePP reports whether a lowercase role noun, or a word for people
// ("members of Congress"), with a prepositional phrase or a participle
// after it heads [a, hb): "a spokesman for the Department of
// Transportation", "one pastor backing Ms. Ruiz", whose appositive names
// the spokesman or the pastor.
func (r *run) roleBeforePP(a, hb int) bool {
	for j := a; j < hb; j++ {
		if (!r.capitalized(j) || j == a) && (r.inLower(j, roleNouns) || r.peopleWord(j)) && (r.in(j+1, ppLinks) || r.toks[j+1].Kind == nlp.Word && strings.HasSuffix(r.toks[j+1].Norm, "ing") && r.verbLike(j+1)) {
			return true
		}
	}
	return false
}

// isAcronym reports whether a word is written in capitals (FBI, CNN) or as
// dotted initials (U.S.).
func isAcronym(s string) bool {
	letters := 0
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case 'A' <= c && c <= 'Z':
			letters++
		case c == '.' || c == '&' || c == '-':
		case c >= utf8.RuneSelf:
			// a capital outside ASCII: "BOGOTÁ", "SÃO PAULO"
			r, n := utf8.DecodeRuneInString(s[i:])
			if !unicode.IsUpper(r) {
				return false
			}
			letters++
			i += n
			continue
		default:
			return false
		}
		i++
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
	// a suffix after the surname ("Jr.", "III") is shown but neither a
	// surname nor what a title stands before ("Martin Luther King Jr.")
	last := e
	if e > s && nameSuffix(r.toks[e].Text) {
		last = e - 1
	}
	for j := s; j <= last; j++ {
		if r.inLower(j, maleTitles) {
			gender = 'm'
		} else if r.inLower(j, femaleTitles) {
			gender = 'f'
		}
		if (r.inLower(j, titleWords) || r.inLower(j, roleNouns) && !r.inLower(j, orgWords)) && j < last {
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
	if first > last {
		first = last
	}
	if first-2 >= a && r.titleComplementEnds(a, first) {
		// the word completes the title before it: "the Secretary of
		// State" names no one; "Secretary of State Kerry" is Kerry
		if first == last {
			return "", nil, 0
		}
		first++
	}
	// a capitalized word before a given name that is neither is no part
	// of the name: a headline's verb ("Deport Nikki Haley")
	for first+1 < last && givenGender[lowerNorm(&r.toks[first])] == 0 && givenGender[lowerNorm(&r.toks[first+1])] != 0 && !r.in(first, nameParticles) {
		first++
	}
	if gender == 0 && first < last {
		// a first name before the surname: "Hillary Clinton"
		// A word's Norm is its Text in lower case but for apostrophes,
		// which no given name has.
		gender = givenGender[lowerNorm(&r.toks[first])]
	}
	norms := r.carveNorms(last - first + 1)
	for j := first; j <= last; j++ {
		w := r.toks[j].Norm
		if r.toks[j].Kind != nlp.Word {
			w = strings.ToLower(w) // a word's norm is lowercase already
		}
		norms = append(norms, w)
	}
	return r.text(r.span(first, e)), norms, gender
}

// nameSuffix reports whether a word is a suffix after a surname: "Jr.",
// "Sr.", "II", "III", "IV".
func nameSuffix(w string) bool {
	switch strings.TrimSuffix(w, ".") {
	case "Jr", "Sr", "II", "III", "IV":
		return true
	}
	return false
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
// entity whose name ends with it ("Trump" → "Donald Trump") and whose
// gender does not conflict, the one preferred when several do (see
// preferred), or a new entity.
func (r *run) personEntity(ents *entities, name string, norms []string, gender byte, pos int) int {
	best, fits := -1, 0
	cands := ents.withLast(norms[len(norms)-1])
	for _, k := range cands {
		e := &ents.list[k]
		if len(e.norms) < len(norms) || !endsWith(e.norms, norms) || gender != 0 && e.gender != 0 && e.gender != gender {
			continue // "Mr. Clinton" is not Hillary Clinton
		}
		if fits++; best < 0 || preferred(e, &ents.list[best], pos, gender) {
			best = int(k)
		}
	}
	if best >= 0 {
		if gender != 0 && ents.list[best].gender == 0 && fits == 1 {
			ents.list[best].gender = gender
		}
		return best
	}
	// A given name alone for a person named in full before: "Hillary
	// Clinton …", then "Hillary said": the one recent person of that
	// first name.
	if len(norms) == 1 {
		if k, n := ents.firstNamed(norms[0]); n == 1 {
			return k
		}
	}
	// A longer name for an earlier short one: "Trump", then "Donald Trump".
	for _, k := range cands {
		e := &ents.list[k]
		if len(e.norms) < len(norms) && endsWith(norms, e.norms) && (gender == 0 || e.gender == 0 || e.gender == gender) {
			e.name, e.norms = name, norms
			return int(k)
		}
	}
	return ents.add(entity{name: name, norms: norms, kind: Person, gender: gender, pos: pos}, nil)
}

// preferred reports whether a short name ("Trump", "Mr. Clinton") that
// both e and than end with refers to e rather than than: a person the text
// has shown to be one rather than a weak name, then one known to be of the
// short name's gender g (0 when its title tells none), then the one
// named in full more often so far ("Clinton" in a text about Hillary
// Clinton that names Bill Clinton once), then as better.
func preferred(e, than *entity, pos int, g byte) bool {
	if e.weak != than.weak {
		return !e.weak
	}
	if g != 0 && (e.gender == g) != (than.gender == g) {
		return e.gender == g // "Mr. Clinton": a man before one of unknown gender
	}
	if e.n != than.n {
		return e.n > than.n
	}
	return better(*e, *than, pos)
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
		// "The House" is a name of its own, not "the White House": a
		// capitalized head takes only an entity without another
		// capitalized word right before its head ("the Senate", "the
		// Republican-controlled Senate" and "the U.S. Senate" alike)
		proper := name[strings.IndexByte(name, ' ')+1] < 'a'
		for _, k := range ents.withHead(kind, head) {
			if !proper || !compoundName(ents.list[k].name) {
				consider(int(k))
			}
		}
	}
	if best < 0 && head != "" && !short && lowerDescription(name) {
		// "the budget office" after "the Congressional Budget Office":
		// a lowercase description whose words end an earlier name
		rest := name[strings.IndexByte(name, ' '):]
		for _, k := range ents.withHead(kind, head) {
			if n := ents.list[k].name; len(n) > len(rest) && strings.EqualFold(n[len(n)-len(rest):], rest) {
				consider(int(k))
			}
		}
	}
	if best >= 0 {
		return best
	}
	return ents.add(entity{name: name, head: head, kind: kind, pos: pos}, key)
}

// appositiveRoleStart returns where the words of a role may start in an
// appositive after the name that ends at j: after a determiner or
// possessive pronoun, perhaps after an adverb of time ("Lee Park, a
// former governor", "…, now a lobbyist"), or after a name of
// one or two words and "'s" ("Corey Lewandowski, Trump's campaign
// manager"); -1 when no such appositive follows.
func (r *run) appositiveRoleStart(j, lo, hi int) int {
	if j+2 >= hi || r.toks[j+1].Text != "," {
		return -1
	}
	if r.in(j+2, determiners) || r.in(j+2, possessives) {
		return j + 3
	}
	if j+3 < hi && r.isAdverb(j+2) && (r.in(j+3, determiners) || r.in(j+3, possessives)) {
		return j + 4 // "Ann Lee, then the author's agent", "…, now a lobbyist"
	}
	for k := j + 2; k < hi && k <= j+3 && r.isName(k, lo); k++ {
		if k+1 < hi && r.toks[k+1].Norm == "'s" {
			return k + 2
		}
	}
	return -1
}

// roleWordsEnd returns the end of the words of a role that start at s,
// after the determiner of an appositive or predicate, or -1 when they
// hold no role noun: up to four words, or five with a comma between two
// adjectives ("the brusque, combative governor of the state"), ending at
// the last role noun ("former governor", "campaign manager") or at a
// title that no name follows ("the governor of …", "a former governor,").
func (r *run) roleWordsEnd(s, hi int) int {
	end, limit, commas := -1, s+3, 0
	for k := s; k < hi && k <= limit; k++ {
		t := &r.toks[k]
		if t.Text == "," && commas == 0 && k > s && k+1 < hi && r.toks[k-1].Kind == nlp.Word && !r.in(k-1, roleNouns) &&
			r.toks[k+1].Kind == nlp.Word && !r.capitalized(k+1) && !r.in(k+1, functionWords) {
			commas++
			limit++
			continue
		}
		if t.Kind != nlp.Word {
			break
		}
		if r.in(k, roleNouns) && !r.capitalized(k) && !r.in(k, titleWords) ||
			r.in(k, titleWords) && (k+1 >= hi || r.toks[k+1].Kind != nlp.Word || !r.capitalized(k) && r.toks[k+1].Norm == "of") {
			end = k + 1
		}
	}
	return end
}

// predicateRoleStart returns where the words of a role may start in a
// predicate after the name that ends at j, after a form of "be" and a
// determiner or possessive, perhaps with an adverb between ("Ben Cole is
// a surgeon", "Ann Lee was once the city's mayor", "Ann Lee, who is a
// lawyer,"); -1 when no such predicate follows.
func (r *run) predicateRoleStart(j, hi int) int {
	k := j + 1
	if k+1 < hi && r.toks[k].Text == "," && r.toks[k+1].Norm == "who" {
		k += 2
	}
	if k >= hi || (r.toks[k].Norm != "is" && r.toks[k].Norm != "was") {
		return -1
	}
	k++
	if k+1 < hi && r.isAdverb(k) && !r.in(k, negators) {
		k++ // "is also a", "was once the"
	}
	if k+1 < hi && (r.in(k, determiners) && !r.in(k, quantifiers) || r.in(k, possessives)) {
		return k + 1
	}
	return -1
}

// appositivePossessor reports whether the name [i, j] is the possessor in
// an appositive that describes the name before it: "Corey Lewandowski,
// Trump's campaign manager, …". It describes that person and does not
// compete with them as the referent of a later pronoun.
func (r *run) appositivePossessor(i, j, lo, hi int) bool {
	return i-2 >= lo && r.toks[i-1].Text == "," && r.isName(i-2, lo) && j+1 < hi && r.toks[j+1].Norm == "'s"
}

// lowerDescription reports whether name is "the" and lowercase words
// ("the budget office"), a description rather than a name.
func lowerDescription(name string) bool {
	if !strings.HasPrefix(name, "the ") && !strings.HasPrefix(name, "The ") {
		return false
	}
	rest := name[4:]
	return strings.IndexByte(rest, ' ') > 0 && lowerAlready(rest)
}

// lowerAlready reports whether strings.ToLower(s) == s, without making
// the lowercase copy that ToLower makes of a string with an upper-case
// letter in it: every rune is its own lower case, and no byte is invalid
// UTF-8 (which ToLower would replace).
func lowerAlready(s string) bool {
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				return false
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 || unicode.ToLower(r) != r {
			return false
		}
		i += n
	}
	return true
}

// compoundName reports whether a name's last word follows another
// capitalized word that is no acronym or title: "the White House", "Planned
// Parenthood", but not "the U.S. Senate" or "the Democratic National
// Committee"'s "the committee".
func compoundName(name string) bool {
	last := strings.LastIndexByte(name, ' ')
	if last <= 0 {
		return false
	}
	prev := name[strings.LastIndexByte(name[:last], ' ')+1 : last]
	if prev == "" || prev[0] < 'A' || prev[0] > 'Z' || isAcronym(prev) || strings.Contains(prev, "-") {
		return false
	}
	return true
}

// titledNames collects the people the document names, in any sentence
// and whether or not they are sources, so that a later "Trump", "He" or
// "the governor" resolves to the full name: those introduced with a title
// or role ("U.S. President Donald Trump shared …", "economist Lena
// Varga", "Lee Park, a former governor,"), as the subject of a sentence
// ("Karoline Leavitt spoke on Monday."), and, as weak entities, other
// names of two or three words. It also collects the organizations named
// by a name that ends in an organization's noun ("Acme Robotics", "Harbor
// Trust Bank") or joins names with an ampersand, and records every
// mention of a known person or organization (see personReferent and
// orgReferent).
func (r *run) titledNames() *entities {
	ents := &r.ents // empty: see release
	for si := range r.doc.Sentences {
		s := &r.doc.Sentences[si]
		lo, hi := s.First, s.First+len(s.Tokens)
		hl := -1 // whether the sentence is a headline, once asked
		for i := lo; i < hi; {
			if !r.isName(i, lo) {
				i++
				continue
			}
			j := i
			for j+1 < hi && (r.isName(j+1, lo) || (r.in(j+1, nameParticles) || r.toks[j+1].Text == "&") && j+2 < hi && r.isName(j+2, lo)) {
				j++
			}
			if hl < 0 && r.headline(lo, hi) {
				hl = 1
			} else if hl < 0 {
				hl = 0
			}
			if k := r.nameRun(ents, i, j, lo, hi, hl == 1); k >= 0 {
				describes := r.appositivePossessor(i, j, lo, hi)
				subj := (r.atClauseStart(i, lo) || r.toks[i-1].Text == ",") && !describes
				place := !subj && r.in(i-1, placePreps)
				ents.mentions = append(ents.mentions, mention{pos: int32(i), sent: int32(si), ent: int32(k), subj: subj, place: place, describes: describes})
			}
			i = j + 1
		}
	}
	return ents
}

// nameRun records the run of names [i, j] of the sentence [lo, hi): a new
// person or organization, or a mention of a known one; in a headline only
// the latter. It returns the entity the run names, or -1.
func (r *run) nameRun(ents *entities, i, j, lo, hi int, headline bool) int {
	if headline {
		// capitals in a headline do not mark names: only known people count
		return r.knownRun(ents, i, j)
	}
	// An organization's name ends in its noun or joins names with an
	// ampersand: "Acme Robotics", "the Lindqvist Institute", "Kessler &
	// Dunn". A word of theirs inside a person's name is not one:
	// "Mayor Bill Yates", "Senate Majority Leader Mitch McConnell".
	lastTitle := -1
	firm := r.inLower(j, firmWords)
	for k := i; k <= j; k++ {
		if r.inLower(k, titleWords) {
			lastTitle = k
		}
		if r.toks[k].Text == "&" {
			firm = true
		}
	}
	if firm || r.inLower(j, orgWords) {
		// "the" is part of the name when it stands before it
		if j > i {
			a := i
			if i-1 >= lo && r.toks[i-1].Norm == "the" {
				a = i - 1
			}
			ei := r.orgEntity(ents, r.text(r.span(a, j)), lowerNorm(&r.toks[j]), Organization, a)
			ents.list[ei].firm = ents.list[ei].firm || firm
			return ei
		}
		return -1
	}
	roleLo, roleHi := -1, -1
	if i-1 >= lo && r.in(i-1, roleNouns) && !r.capitalized(i-1) {
		// "press secretary Karoline Leavitt", "Democratic candidate Mia Torres"
		roleHi, roleLo = i, i-1
		for roleLo-1 >= lo && roleLo-1 > i-5 && (r.isContent(roleLo-1) && !r.verbLike(roleLo-1) || r.capitalized(roleLo-1) && r.inLower(roleLo-1, titleWords)) {
			roleLo--
		}
		if k := roleLo - 2; k >= lo && r.toks[k+1].Text == "," && r.in(k, roleNouns) && !r.capitalized(k) {
			// a role in apposition before: "her husband, former
			// President Bill Clinton"
			roleLo = k
		}
	}
	if s := r.appositiveRoleStart(j, lo, hi); roleLo < 0 && s > 0 {
		// "Lee Park, a former governor, …", "Corey Lewandowski, Trump's
		// campaign manager, …"
		if e := r.roleWordsEnd(s, hi); e > 0 {
			roleLo, roleHi = j+2, e
		}
	}
	if s := r.predicateRoleStart(j, hi); roleLo < 0 && s > 0 {
		// "Ben Cole is a retired surgeon", "Ann Lee, who was the
		// state's governor, …"
		if e := r.roleWordsEnd(s, hi); e > 0 {
			roleLo, roleHi = s-1, e
		}
	}
	if roleLo < 0 && i-2 >= lo && r.toks[i-1].Text == "," && r.in(i-2, roleNouns) && !r.capitalized(i-2) && (j+1 >= hi || r.toks[j+1].Kind != nlp.Word) {
		// "the mayor, Hal Brennan, …"
		roleHi, roleLo = i-1, i-2
		for roleLo-1 >= lo && roleLo-1 > i-6 && r.isContent(roleLo-1) && !r.verbLike(roleLo-1) {
			roleLo--
		}
	}
	// a two- or three-word name opening a sentence before its verb:
	// "Karoline Leavitt spoke on Monday."
	subject := lastTitle < i && r.atClauseStart(i, lo) && j-i >= 1 && j-i <= 2 && j+1 < hi && r.toks[j+1].Kind == nlp.Word && !r.capitalized(j+1) && !r.in(j, calendarWords) ||
		// or a sentence of the name alone, a heading that introduces the
		// person of the paragraphs after it: "Marco Rubio."
		lastTitle < i && i == lo && j-i >= 1 && j-i <= 2 && (j+1 >= hi || j+2 >= hi && isTerminalTok(&r.toks[j+1])) && !r.in(j, calendarWords)
	if subject && r.capitalsRun(i, j) {
		// words all in capitals are a section's heading or an acronym's,
		// not a name: "FULL TEXT.", "BREAKING NEWS"
		subject = false
	}
	honorific := lastTitle >= i && lastTitle == j-1 && (r.inLower(lastTitle, maleTitles) || r.inLower(lastTitle, femaleTitles))
	if !((lastTitle >= i || roleLo >= 0 || subject) && (j-lastTitle >= 2 || honorific)) || !r.plainName(max(i, lastTitle+1), j) {
		if r.weakName(i, j, lo) {
			name, norms, g := r.personName(i, j)
			k := r.knownName(ents, norms)
			if k < 0 {
				k = ents.add(entity{name: name, norms: norms, kind: Person, gender: g, pos: i, weak: true}, nil)
			}
			ents.list[k].n++
			return k
		}
		return r.knownRunRole(ents, i, j, lastTitle, roleLo, roleHi, honorific)
	}
	name, norms, g := r.personName(i, j)
	if name == "" || !(len(norms) >= 2 || honorific) {
		return r.knownRunRole(ents, i, j, lastTitle, roleLo, roleHi, honorific)
	}
	for k := roleLo; k >= 0 && k < roleHi && g == 0; k++ {
		// a role that tells the gender: "his first wife, Ivana Trump"
		if r.in(k, maleTitles) {
			g = 'm'
		} else if r.in(k, femaleTitles) {
			g = 'f'
		}
	}
	if first := j - len(norms) + 1; roleLo < 0 && first > i {
		roleLo, roleHi = i, first // the title in the run: "Gov. Lee Park"
	}
	k, fits := -1, 0
	for _, c := range ents.withLast(norms[len(norms)-1]) {
		e := &ents.list[c]
		switch {
		case len(e.norms) >= len(norms) && endsWith(e.norms, norms):
			// "Ms. Smith" after "Jane Smith", of her gender if known
			if g != 0 && e.gender != 0 && e.gender != g {
				continue
			}
			if fits++; k >= 0 && !preferred(e, &ents.list[k], i, g) {
				continue
			}
		case len(e.norms) < len(norms) && endsWith(norms, e.norms) && (g == 0 || e.gender == 0 || e.gender == g):
			// the full name of one named short before, not of another
			// gender: "Mr. Obama" is not "the first lady, Michelle Obama"
			e.name, e.norms = name, norms
		default:
			continue
		}
		k = int(c)
	}
	if k < 0 {
		k = ents.add(entity{name: name, norms: norms, kind: Person, gender: g, pos: i}, nil)
	}
	e := &ents.list[k]
	e.n++
	e.weak = false // a title or a subject's place shows a person
	if e.gender == 0 && fits <= 1 {
		e.gender = g // not when "Mr. Reyes" might be another Reyes
	}
	if e.role[1] <= e.role[0] && roleLo >= 0 {
		e.role = [2]int32{int32(roleLo), int32(roleHi)}
	}
	if roleLo >= 0 {
		ents.addRole(k, roleLo, roleHi, false)
	}
	return k
}

// knownRunRole is knownRun for a run [i, j] that names a known person by
// a short name, giving that person the role the run's title or the words
// around it tell: "Gov. Christie" (lastTitle the last title in the run),
// "businessman Trump" and "Trump, a businessman," ([roleLo, roleHi), or
// -1).
func (r *run) knownRunRole(ents *entities, i, j, lastTitle, roleLo, roleHi int, honorific bool) int {
	k := r.knownRun(ents, i, j)
	if k < 0 || ents.list[k].weak {
		return k
	}
	if roleLo < 0 && lastTitle >= i && lastTitle < j && !honorific {
		roleLo, roleHi = i, lastTitle+1
	}
	if roleLo >= 0 {
		ents.addRole(k, roleLo, roleHi, false)
	}
	return k
}

// capitalsRun reports whether every word of [i, j] is written in
// capitals.
func (r *run) capitalsRun(i, j int) bool {
	for k := i; k <= j; k++ {
		if !isAcronym(r.toks[k].Text) {
			return false
		}
	}
	return true
}

// plainName reports whether the words [i, j] can be a person's name: at
// most four, none a function word ("The National Review Crowd Does Not
// Like …" is a headline).
func (r *run) plainName(i, j int) bool {
	if j-i >= 4 {
		return false
	}
	for k := i; k <= j; k++ {
		if r.in(k, functionWords) {
			return false
		}
	}
	return true
}

// headline reports whether the sentence [lo, hi) is written in title
// case, as a headline is, where capitals do not mark names: a function
// word is capitalized inside it ("… Crowd Does Not Like …"), or it has no
// final punctuation and two thirds of its longer words are capitalized.
// A sentence of names ("Councilman Ted Rowe met Mayor Lisa Chen.") ends
// with a stop.
func (r *run) headline(lo, hi int) bool {
	for k := lo + 1; k < hi; k++ {
		// (an acronym that spells a function word is a name: "US
		// troops", "the WHO")
		if r.cls[k]&clsCapWord != 0 && r.in(k, functionWords) && r.toks[k].Norm != "i" && !r.atClauseStart(k, lo) && !isAcronym(r.toks[k].Text) {
			return true
		}
	}
	last := hi - 1
	for last > lo && r.toks[last].Kind.IsQuote() {
		last--
	}
	return !isTerminalTok(&r.toks[last]) && r.titleCaseScan(lo, hi)
}

// weakName reports whether the run [i, j] looks like a person's name
// though nothing says so: two or three capitalized words, none a title,
// role, organization's noun, month or day, nor an acronym, the first not
// one that opens a place's name ("New York"), and not after "the".
func (r *run) weakName(i, j, lo int) bool {
	if j-i < 1 || j-i > 2 || i-1 >= lo && r.in(i-1, determiners) || !r.plainName(i, j) || r.in(i, placeStarts) {
		return false
	}
	for k := i; k <= j; k++ {
		t := &r.toks[k]
		if t.Kind != nlp.Word || r.inLower(k, titleWords) || r.inLower(k, roleNouns) || r.in(k, calendarWords) || r.in(k, timeWords) || isAcronym(t.Text) {
			return false
		}
	}
	return true
}

// knownRun returns the person a run of names [i, j] mentions by the end
// of a known name ("Soto", "Ms. Soto"), or -1.
func (r *run) knownRun(ents *entities, i, j int) int {
	last := lowerNorm(&r.toks[j])
	if _, ok := ents.byLast[last]; !ok {
		return -1
	}
	var g byte // "Mr. Clinton" is not Hillary Clinton
	if j > i && r.inLower(j-1, maleTitles) {
		g = 'm'
	} else if j > i && r.inLower(j-1, femaleTitles) {
		g = 'f'
	}
	best, full := -1, 0 // full: the words of best's name the run holds
	for _, c := range ents.withLast(last) {
		e := &ents.list[c]
		if g != 0 && e.gender != 0 && e.gender != g {
			continue
		}
		n := len(e.norms) - 1
		ok := true
		for k := j - 1; k >= i && !r.inLower(k, titleWords); k-- {
			n--
			if n < 0 || lowerNorm(&r.toks[k]) != e.norms[n] {
				ok = false
				break
			}
		}
		if ok && (best < 0 || preferred(e, &ents.list[best], i, g)) {
			best, full = int(c), len(e.norms)-n
		}
	}
	if best >= 0 && ents.list[best].weak && j > i && r.inLower(j-1, titleWords) {
		ents.list[best].weak = false // "Ms. Quinlan" after "Marta Quinlan"
	}
	if best >= 0 && full == len(ents.list[best].norms) {
		ents.list[best].n++ // a short name may be another's: only full names count
	}
	return best
}

// knownName returns the latest person whose name ends with norms, or -1.
func (r *run) knownName(ents *entities, norms []string) int {
	best := -1
	for _, c := range ents.withLast(norms[len(norms)-1]) {
		if e := &ents.list[c]; len(e.norms) >= len(norms) && endsWith(e.norms, norms) {
			best = int(c)
		}
	}
	return best
}

// lowerNorm returns a token's norm in lowercase: a word's norm is
// lowercase already.
func lowerNorm(t *nlp.Token) string {
	if t.Kind == nlp.Word {
		return t.Norm
	}
	return strings.ToLower(t.Norm)
}

// mentionsBefore returns the number of mentions, which are in order, that
// lie before token pos.
func mentionsBefore(ms []mention, pos int) int {
	n, _ := slices.BinarySearchFunc(ms, int32(pos), func(m mention, p int32) int { return int(m.pos - p) })
	return n
}

// orgReferent returns the organization that "it" at token pos in
// sentence sent refers to when no organization has been a source: the one
// organization named in the latest sentence of the window (see
// personReferent) that names one, or -1 when it names several.
func (r *run) orgReferent(ents *entities, sent, pos int) int {
	q := r.qid[pos]
	found, top := int32(-1), int32(-1)
	for i := mentionsBefore(ents.mentions, pos) - 1; i >= 0; i-- {
		m := &ents.mentions[i]
		if m.sent < int32(sent-mentionWindow) || top >= 0 && m.sent < top {
			break
		}
		if e := &ents.list[m.ent]; !e.other || e.kind != Organization || r.qid[m.pos] >= 0 && r.qid[m.pos] != q {
			continue
		}
		if found >= 0 && found != m.ent {
			return -1 // two organizations in one sentence
		}
		found, top = m.ent, m.sent
	}
	return int(found)
}

// epithetWindow is the number of sentences before a description's own in
// which epithetReferent looks for the person it may stand for: a writer
// who calls someone "the candidate" has just named them.
const epithetWindow = 1

// A candidate is a person a pronoun may refer to, as personReferent
// weighs them.
type candidate struct {
	ent     int32
	sent    int32 // the latest sentence naming it
	srcLast bool  // it is a source in that sentence
	subj    bool  // it is a subject in that sentence
	src     bool  // it is a source in any sentence of the window
}

// pronounWindow returns how many sentences back a pronoun of gender g in
// sentence sent looks for its person: mentionWindow, and one more for each
// sentence before it, up to twelve, that holds a pronoun of that gender
// outside quotations, since a chain of pronouns keeps the person in view
// ("Marco Rubio. The senator … He is a skilled debater. His story … He
// has positioned himself …").
func (r *run) pronounWindow(sent int, g byte) int {
	if !r.pronMade {
		// once a run: which genders of pronoun each sentence holds, in
		// the memory of the run's last document
		r.pronMade = true
		ps := slices.Grow(r.pronSents[:0], len(r.doc.Sentences))[:len(r.doc.Sentences)]
		clear(ps)
		for si := range r.doc.Sentences {
			st := &r.doc.Sentences[si]
			for k := st.First; k < st.First+len(st.Tokens); k++ {
				if r.wcs[k]&wcGendered != 0 && r.toks[k].Kind == nlp.Word && r.qid[k] < 0 {
					ps[si] |= genderBit(pronounGender[r.toks[k].Norm])
				}
			}
		}
		r.pronSents = ps
	}
	w := mentionWindow
	for s := sent - 1; s >= 0 && s >= sent-w && w < 12; s-- {
		if r.pronSents[s]&genderBit(g) != 0 {
			w++
		}
	}
	return w
}

// genderBit is a bit for each gender of pronoun that pronounWindow counts.
func genderBit(g byte) uint8 {
	switch g {
	case 'm':
		return 1
	case 'f':
		return 2
	}
	return 0
}

// personReferent returns the entity that he or she (of gender g) at token
// pos in sentence sent refers to, or -1.
//
// The candidates are the people named or quoted in the pronoun's sentence
// before it and in the mentionWindow sentences before that, whose gender
// is g or unknown; not a name inside a quotation the pronoun is not in,
// nor a name without a title or role (see entity.weak). The pronoun takes
// the candidate of the latest sentence that has one. It stays unresolved
// rather than guess when that sentence names several and being its one
// speaker does not set one apart ("Paul Grey met Ana Soto. She said …",
// where a weak name counts as a rival too unless it follows a preposition
// of place), and when the latest is only named in passing, neither
// speaker nor subject, while another candidate spoke or the latest
// speaker of a compatible gender is someone else. A gender known for
// one candidate and not for another does not set them apart: the other's
// may not have been told yet.
//
// With no candidate in the window, it takes the most recent speaker of a
// compatible gender, then the one weak name of the window if there is just
// one, then the latest person introduced with a title.
func (r *run) personReferent(ents *entities, sent, pos int, g byte, recent []refKey) int {
	cs := ents.refs[:0]
	defer func() { ents.refs = cs[:0] }()
	fits := func(e *entity) bool {
		return e.kind == Person && !e.other && !e.weak && (e.gender == 0 || e.gender == g)
	}
	// the weak names in the window that could be people, and the latest
	// sentence of one
	weak, weaks, weakSent := int32(-1), 0, int32(-1)
	q := r.qid[pos]
	note := func(m *mention) {
		if m.describes {
			return
		}
		if r.qid[m.pos] >= 0 && r.qid[m.pos] != q {
			return // a name inside a quotation is the quoted speaker's, not the text's
		}
		if e := &ents.list[m.ent]; e.weak && e.kind == Person && (e.gender == 0 || e.gender == g) && !m.place {
			if m.ent != weak {
				weak = m.ent
				weaks++
			}
			weakSent = max(weakSent, m.sent)
		}
		if !fits(&ents.list[m.ent]) {
			return
		}
		for k := range cs {
			if c := &cs[k]; c.ent == m.ent {
				c.src = c.src || m.src
				if m.sent == c.sent {
					c.srcLast = c.srcLast || m.src
					c.subj = c.subj || m.subj
				}
				return
			}
		}
		cs = append(cs, candidate{ent: m.ent, sent: m.sent, srcLast: m.src, subj: m.subj, src: m.src})
	}
	// The mentions are walked from the latest back, the names and the
	// resolved sources together, while they lie in the window.
	from := int32(sent - r.pronounWindow(sent, g))
	i := mentionsBefore(ents.mentions, pos) - 1
	j := len(ents.later) - 1 // resolved so far: all before pos but a few
	for n := 0; n < maxLookback; n++ {
		for j >= 0 && ents.later[j].pos >= int32(pos) {
			j--
		}
		var m *mention
		switch {
		case i >= 0 && (j < 0 || ents.mentions[i].pos >= ents.later[j].pos):
			m = &ents.mentions[i]
			i--
		case j >= 0:
			m = &ents.later[j]
			j--
		}
		if m == nil || m.sent < from {
			break
		}
		note(m)
	}
	if len(cs) == 0 {
		for k := len(recent) - 1; k >= 0; k-- {
			if e := int(recent[k].ent); e >= 0 && fits(&ents.list[e]) {
				return e
			}
		}
		if weaks == 1 {
			// no one else: the one name in the window that may be a person
			return int(weak)
		}
		// no speaker yet: the latest person named with a title
		n := mentionsBefore(ents.mentions, pos)
		for k := n - 1; k >= 0 && k >= n-maxLookback; k-- {
			if m := &ents.mentions[k]; fits(&ents.list[m.ent]) {
				return int(m.ent)
			}
		}
		return -1
	}
	// cs[0] was noted first: its sentence is the latest
	top := cs[0].sent
	// several in that sentence: the one known to be of the pronoun's
	// gender ("Phyllis Schlafly … invokes Reagan … she"), else its one
	// speaker
	pick, speakers, tied, known, knownAt := 0, 0, 0, 0, 0
	for k := range cs {
		if c := &cs[k]; c.sent == top {
			tied++
			if c.srcLast {
				speakers++
				pick = k
			}
			if ents.list[c.ent].gender == g {
				known++
				knownAt = k
			}
		}
	}
	if tied > 1 && known == 1 {
		pick, speakers = knownAt, 1
	}
	if tied > 1 && speakers != 1 {
		return -1
	}
	c := &cs[pick]
	if !c.srcLast && !c.subj {
		// named in passing: not if the latest speaker of its gender,
		// however far back, is someone else
		for k := len(recent) - 1; k >= 0; k-- {
			if e := recent[k].ent; e >= 0 && fits(&ents.list[e]) {
				if e != c.ent {
					return -1
				}
				break
			}
		}
	}
	if weakSent >= top && !c.srcLast {
		return -1 // a name beside it may be the person meant: "Paul Grey met Ana Soto."
	}
	if weakSent > top && ents.list[c.ent].gender != g {
		// a name since, that may be a person, when the gender of the
		// one found is not known to fit: "Rush Limbaugh likened … |
		// remarks Clinton made | she offered up …"
		return -1
	}
	for k := range cs {
		if k == pick {
			continue
		}
		o := &cs[k]
		if !c.srcLast && !c.subj && o.src {
			return -1 // named in passing, after another spoke
		}
	}
	return int(c.ent)
}
