package lexicon

import (
	"fmt"
	"slices"
	"strings"
)

// A Category says what a lexicon entry marks. Categories form a closed set.
type Category string

// The categories of entry.
const (
	Cue               Category = "cue"                // an attribution cue: said, claimed, according to
	Hedge             Category = "hedge"              // epistemic uncertainty: reportedly, may, suspected
	Booster           Category = "booster"            // asserted certainty: obviously, clearly
	Loaded            Category = "loaded"             // a contentious label or charged word: regime, obliterated
	EvidenceAbsent    Category = "evidence-absent"    // no evidence was provided, without evidence
	EvidenceSupported Category = "evidence-supported" // court records show, a video showing
	VagueSource       Category = "vague-source"       // officials, critics, people familiar with
)

// Categories lists every category in a fixed order.
var Categories = []Category{Cue, Hedge, Booster, Loaded, EvidenceAbsent, EvidenceSupported, VagueSource}

// A Stance says how an attribution cue frames what its source says. Stances
// form a closed set; they are the classes of Cue entries.
type Stance string

// The stances of attribution cues (see the design document for examples).
const (
	Neutral     Stance = "neutral"     // said, told, according to: reported, not judged
	Assertive   Stance = "assertive"   // claimed, alleged, insisted: the writer signals doubt
	Denial      Stance = "denial"      // denied, rejected, dismissed: a counter-assertion
	Accusation  Stance = "accusation"  // accused, blamed, branded: a charge against someone
	Factive     Stance = "factive"     // confirmed, revealed, admitted: presented as true
	Speculative Stance = "speculative" // suggested, believed, did not rule out: uncertain
	Directive   Stance = "directive"   // urged, demanded, called for: no proposition asserted
	Commissive  Stance = "commissive"  // promised, pledged, vowed: the source commits itself, no proposition asserted
)

// Stances lists every stance in a fixed order.
var Stances = []Stance{Neutral, Assertive, Denial, Accusation, Factive, Speculative, Directive, Commissive}

// classes holds the closed set of classes each category allows.
var classes = map[Category][]string{
	Cue:               {"neutral", "assertive", "denial", "accusation", "factive", "speculative", "directive", "commissive"},
	Hedge:             {"modal", "adverb", "adjective", "noun", "verb", "phrase", "approximator"},
	Booster:           {"adverb", "adjective", "verb", "phrase"},
	Loaded:            {"label", "violence", "emotion", "conspiracy", "dehumanizing", "pejorative", "puffery", "exaggeration"},
	EvidenceAbsent:    {"document", "record", "media", "verification", "statement", "phrase"},
	EvidenceSupported: {"document", "record", "media", "verification", "statement", "phrase"},
	VagueSource:       {"group", "anonymous", "weasel"},
}

// Classes returns the classes an entry of category c may have.
func Classes(c Category) []string { return slices.Clone(classes[c]) }

// Flags restrict where an entry matches, say what part of speech it is
// for, or, for a cue, what it takes after it.
type Flags uint16

// The flags an entry may carry (the fifth column of a lexicon file).
const (
	// Exact matches only the term's own form, case-insensitively, with no
	// stemming: "suspected" but not "the suspect".
	Exact Flags = 1 << iota
	// Lower skips capitalized occurrences except at the start of a
	// sentence: the modal "may" but not the month "May".
	Lower
	// Attributive matches an adjective only before the word it modifies:
	// "the alleged plot" but not "Trump alleged that".
	Attributive
	// Noun marks an entry meant as a noun ("claim" in "his claim that").
	Noun
	// Verb marks an entry meant as a verb.
	Verb
	// Opener marks a cue whose verb is as common without a report
	// ("continued their attacks", "wrote letters"): it reports only what a
	// that-clause, quotation, colon or wh-clause opens after it, or a
	// quotation before it. For cues only.
	Opener
	// ObjectClause marks a cue that takes an object and then a clause
	// ("told reporters that …", "warned voters that …"): a that or wh-word
	// after its object opens the content, not a relative clause on the
	// object. For cues only.
	ObjectClause
	// PersonObject marks a cue that, done to a person, is an act and no
	// report: "confirmed the nominee" (appointed), "was dismissed after
	// …" (fired), "voters rejected Smith". For cues only.
	PersonObject
	// Inverts marks a cue whose subject may follow it after a clause and
	// a comma: "The vote was rigged, said Smith", "…, wrote the
	// columnist". Verbs that take an object do not invert there ("…,
	// endorsed Senator Cruz" has Senator Cruz as what was endorsed);
	// after a quotation any cue may ("“No,” confirmed the aide"). For cues
	// only.
	Inverts
)

var flagNames = []struct {
	f    Flags
	name string
}{{Exact, "exact"}, {Lower, "lower"}, {Attributive, "attributive"}, {Noun, "noun"}, {Verb, "verb"}, {Opener, "opener"}, {ObjectClause, "object-clause"}, {PersonObject, "person-object"}, {Inverts, "inverts"}}

// cueFlags are the flags only a cue entry may carry.
const cueFlags = Opener | ObjectClause | PersonObject | Inverts

// Has reports whether all of g are set in f.
func (f Flags) Has(g Flags) bool { return f&g == g }

// String returns the flags as written in a lexicon file: "exact,lower".
func (f Flags) String() string {
	var names []string
	for _, fn := range flagNames {
		if f.Has(fn.f) {
			names = append(names, fn.name)
		}
	}
	return strings.Join(names, ",")
}

func parseFlags(s string) (Flags, error) {
	var f Flags
	if s == "" {
		return 0, nil
	}
	for part := range strings.SplitSeq(s, ",") {
		found := false
		for _, fn := range flagNames {
			if part == fn.name {
				f |= fn.f
				found = true
			}
		}
		if !found {
			var names []string
			for _, fn := range flagNames {
				names = append(names, fn.name)
			}
			return 0, fmt.Errorf("unknown flag %q (want one of %s)", part, strings.Join(names, ", "))
		}
	}
	return f, nil
}

// An Entry is one term of a lexicon.
type Entry struct {
	Term     string   // the word or phrase as written, lowercase: "did not rule out"
	Category Category // what the entry marks
	Class    string   // the entry's class within its category; for cues, a Stance
	Weight   float64  // strength or intensity in [0, 1]
	Flags    Flags    // matching restrictions
	Source   string   // where the entry was defined: "cues.tsv:42"

	keys  []string // match key of each token of Term
	norms []string // normalized form of each token of Term
}

// Stance returns the stance of a cue entry, or "" for other categories.
func (e *Entry) Stance() Stance {
	if e.Category != Cue {
		return ""
	}
	return Stance(e.Class)
}

// Len returns the number of tokens in the entry's term.
func (e *Entry) Len() int { return len(e.keys) }

// Head returns the match key of the entry's first token.
func (e *Entry) Head() string {
	if len(e.keys) == 0 {
		return ""
	}
	return e.keys[0]
}
