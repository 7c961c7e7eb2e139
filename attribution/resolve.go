package attribution

import (
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
}

// resolve fills every attribution's Source from its token range: span,
// text, kind and resolved name, with pronouns resolved to the most recent
// compatible source.
func (r *run) resolve() {
	ents := r.titledNames()
	type ref struct {
		ent  int // index into ents, or -1
		pos  int
		kind SourceKind
	}
	var refs []ref // sources seen so far, in order
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
		kind, name, ei := r.classify(st[0], st[1], &ents)
		if kind == Pronoun {
			w := r.toks[st[0]].Norm
			target := -1
			switch g := pronounGender[w]; g {
			case 'm', 'f':
				for k := len(refs) - 1; k >= 0; k-- {
					e := refs[k].ent
					if e >= 0 && ents[e].kind == Person && (ents[e].gender == 0 || ents[e].gender == g) {
						target = e
						if ents[e].gender == 0 {
							ents[e].gender = g
						}
						break
					}
				}
				if target < 0 {
					// no source yet: the latest titled name before it
					best := -1
					for k := range ents {
						if ents[k].kind == Person && ents[k].pos < st[0] && (ents[k].gender == 0 || ents[k].gender == g) && (best < 0 || ents[k].pos > ents[best].pos) {
							best = k
						}
					}
					target = best
				}
			case 'p':
				for k := len(refs) - 1; k >= 0; k-- {
					if refs[k].kind == Organization || refs[k].kind == Anonymous || refs[k].ent >= 0 && ents[refs[k].ent].gender == 'p' {
						target = refs[k].ent
						if refs[k].kind == Anonymous {
							target = -2
						}
						break
					}
				}
			case 'n':
				for k := len(refs) - 1; k >= 0; k-- {
					if refs[k].kind == Organization {
						target = refs[k].ent
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
						k2, n2, e2 := r.classify(s, p, &ents)
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
				name = ents[target].name
				ents[target].pos = st[0]
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
			ents[ei].pos = st[0]
		}
		refs = append(refs, ref{ent: ei, pos: st[0], kind: kind})
	}
}

// classify returns the kind of the source phrase [a, b], the name it
// resolves to and the index of its entity in ents (added when new), or -1.
func (r *run) classify(a, b int, ents *[]entity) (SourceKind, string, int) {
	t := r.toks[a]
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
		n := r.toks[j]
		if n.Text == "," || n.Text == "(" || n.Norm == "who" || n.Norm == "which" || n.Norm == "that" {
			hb = j - 1
			break
		}
	}
	// Coordination: "Canada and the U.S.", "Clinton and Kaine".
	for j := a + 1; j < hb; j++ {
		if r.toks[j].Norm == "and" || r.toks[j].Norm == "&" {
			if r.isName(j-1, r.sentLoOf(j)) {
				k1, _, _ := r.classify(a, j-1, ents)
				k2, _, _ := r.classify(j+1, hb, ents)
				kind := Person
				switch {
				case k1 == Organization || k2 == Organization:
					kind = Organization
				case k1 == Anonymous || k2 == Anonymous:
					kind = Anonymous
				}
				name := r.text(r.span(a, hb))
				ei := r.orgEntity(ents, name, "", kind, a)
				(*ents)[ei].gender = 'p'
				return kind, name, ei
			}
		}
	}
	// The head noun: the last word before an of-phrase.
	head := hb
	for j := a; j <= hb; j++ {
		if r.toks[j].Norm == "of" && j > a {
			head = j - 1
			break
		}
	}
	ht := r.toks[head]
	lower := strings.ToLower(ht.Norm)
	lo := r.sentLoOf(a)
	// A common noun capitalized at the start of a sentence: "Authorities".
	commonAtStart := head == a && r.atClauseStart(head, lo) && (groupNouns.has(lower) || orgWords.has(lower) || roleNouns.has(lower))
	if !commonAtStart && (r.isName(head, lo) || ht.Kind == nlp.Word && ht.Capitalized()) {
		switch {
		case orgWords.has(lower) || isAcronym(ht.Text) && !r.knownPerson(*ents, lower):
			name := r.text(r.span(a, hb))
			ei := r.orgEntity(ents, name, lower, Organization, a)
			return Organization, (*ents)[ei].name, ei
		case determiners.has(t.Norm) && !r.hasRole(a, hb) && hb-a <= 4:
			name := r.text(r.span(a, hb))
			return Organization, name, r.orgEntity(ents, name, lower, Organization, a)
		}
		name, norms, gender := r.personName(a, hb)
		if name == "" {
			return Person, r.text(r.span(a, hb)), -1
		}
		ei := r.personEntity(ents, name, norms, gender, a)
		return Person, (*ents)[ei].name, ei
	}
	switch {
	case groupNouns.has(lower) && !roleNouns.has(lower) || groupNouns.has(lower) && strings.HasSuffix(lower, "s") || lower == "source" || lower == "official":
		return Anonymous, "", -1
	case orgWords.has(lower):
		name := r.text(r.span(a, hb))
		ei := r.orgEntity(ents, name, lower, Organization, a)
		return Organization, (*ents)[ei].name, ei
	case roleNouns.has(lower) || groupNouns.has(lower):
		if determiners.has(t.Norm) && t.Norm != "the" && !possessives.has(t.Norm) {
			return Anonymous, "", -1 // "a spokesman", "one aide"
		}
		return Person, r.text(r.span(a, hb)), -1
	}
	return Anonymous, "", -1
}

// sentLoOf returns the first token of the sentence holding token i.
func (r *run) sentLoOf(i int) int {
	si := r.doc.SentenceOf(i)
	if si < 0 {
		return 0
	}
	return r.doc.Sentences[si].First
}

// hasRole reports whether [a, b] holds a role or title word.
func (r *run) hasRole(a, b int) bool {
	for j := a; j <= b; j++ {
		if roleNouns.has(strings.ToLower(r.toks[j].Norm)) {
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

// knownPerson reports whether a person entity's last name is w.
func (r *run) knownPerson(ents []entity, w string) bool {
	for _, e := range ents {
		if e.kind == Person && len(e.norms) > 0 && e.norms[len(e.norms)-1] == w {
			return true
		}
	}
	return false
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
	for s-1 >= a && (r.isName(s-1, lo) || nameParticles.has(r.toks[s-1].Norm) && s-2 >= a && r.isName(s-2, lo)) {
		s--
	}
	var gender byte
	first := s
	for j := s; j <= e; j++ {
		w := strings.ToLower(r.toks[j].Norm)
		if maleTitles.has(w) {
			gender = 'm'
		} else if femaleTitles.has(w) {
			gender = 'f'
		}
		if titleWords.has(w) && j < e {
			first = j + 1
		}
	}
	// a nationality or place before a title: "Venezuelan President …" is
	// handled by the last title; a lowercase role before the run gives the
	// gender ("spokeswoman Jane Doe").
	for j := a; j < s; j++ {
		w := r.toks[j].Norm
		if maleTitles.has(w) {
			gender = 'm'
		} else if femaleTitles.has(w) {
			gender = 'f'
		}
	}
	if first > e {
		first = e
	}
	norms := make([]string, 0, e-first+1)
	for j := first; j <= e; j++ {
		norms = append(norms, strings.ToLower(r.toks[j].Norm))
	}
	return r.text(r.span(first, e)), norms, gender
}

// personEntity returns the entity a person's name refers to: an earlier
// entity whose name ends with it ("Trump" → "Donald Trump"), preferring the
// most recent one, or a new entity.
func (r *run) personEntity(ents *[]entity, name string, norms []string, gender byte, pos int) int {
	best := -1
	for k, e := range *ents {
		if e.kind != Person || len(e.norms) < len(norms) || !endsWith(e.norms, norms) {
			continue
		}
		// prefer mentions before pos, most recent first; then the longest
		if best < 0 || better(e, (*ents)[best], pos) {
			best = k
		}
	}
	if best >= 0 {
		if gender != 0 && (*ents)[best].gender == 0 {
			(*ents)[best].gender = gender
		}
		return best
	}
	// A longer name for an earlier short one: "Trump", then "Donald Trump".
	for k, e := range *ents {
		if e.kind == Person && len(e.norms) < len(norms) && endsWith(norms, e.norms) {
			(*ents)[k].name, (*ents)[k].norms = name, norms
			return k
		}
	}
	*ents = append(*ents, entity{name: name, norms: norms, kind: Person, gender: gender, pos: pos})
	return len(*ents) - 1
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
func (r *run) orgEntity(ents *[]entity, name, head string, kind SourceKind, pos int) int {
	short := strings.Count(name, " ") == 1 && (strings.HasPrefix(name, "the ") || strings.HasPrefix(name, "The "))
	best := -1
	for k, e := range *ents {
		if e.kind != kind {
			continue
		}
		if strings.EqualFold(e.name, name) || short && head != "" && e.head == head {
			if best < 0 || e.pos > (*ents)[best].pos {
				best = k
			}
		}
	}
	if best >= 0 {
		return best
	}
	*ents = append(*ents, entity{name: name, head: head, kind: kind, pos: pos})
	return len(*ents) - 1
}

// titledNames collects the people the document names with a title or role
// ("U.S. President Donald Trump shared …"), so that a later "Trump" or
// "He" resolves to the full name even when the first mention is not a
// source.
func (r *run) titledNames() []entity {
	var ents []entity
	for si := range r.doc.Sentences {
		s := &r.doc.Sentences[si]
		lo, hi := s.First, s.First+len(s.Tokens)
		for i := lo; i < hi; {
			if !r.isName(i, lo) {
				i++
				continue
			}
			j := i
			for j+1 < hi && (r.isName(j+1, lo) || nameParticles.has(r.toks[j+1].Norm) && j+2 < hi && r.isName(j+2, lo)) {
				j++
			}
			// the run is [i, j]
			lastTitle := -1
			org := false
			for k := i; k <= j; k++ {
				w := strings.ToLower(r.toks[k].Norm)
				if titleWords.has(w) {
					lastTitle = k
				}
				if orgWords.has(w) {
					org = true
				}
			}
			role := i-1 >= lo && roleNouns.has(r.toks[i-1].Norm) && !r.toks[i-1].Capitalized()
			// a two- or three-word name opening a sentence before its verb:
			// "Karoline Leavitt spoke on Monday."
			subject := lastTitle < i && r.atClauseStart(i, lo) && j-i >= 1 && j-i <= 2 && j+1 < hi && r.toks[j+1].Kind == nlp.Word && !r.toks[j+1].Capitalized() && !calendarWords.has(r.toks[j].Norm)
			honorific := lastTitle >= i && lastTitle == j-1 && (maleTitles.has(strings.ToLower(r.toks[lastTitle].Norm)) || femaleTitles.has(strings.ToLower(r.toks[lastTitle].Norm)))
			if !org && (lastTitle >= i || role || subject) && (j-lastTitle >= 2 || honorific) {
				name, norms, g := r.personName(i, j)
				if name != "" && (len(norms) >= 2 || honorific) {
					if role {
						if w := r.toks[i-1].Norm; maleTitles.has(w) {
							g = 'm'
						} else if femaleTitles.has(w) {
							g = 'f'
						}
					}
					found := false
					for k := range ents {
						e := &ents[k]
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
						ents = append(ents, entity{name: name, norms: norms, kind: Person, gender: g, pos: i})
					}
				}
			}
			i = j + 1
		}
	}
	return ents
}
