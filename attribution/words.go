package attribution

import (
	_ "embed"

	"github.com/hearsay-go/hearsay/internal/wordclass"
	"github.com/hearsay-go/hearsay/internal/wordset"
)

// Closed word classes that stand in for a part-of-speech tagger: the
// extractor needs to know where a noun phrase ends, which words are
// auxiliaries, and which nouns name groups, roles and organizations. The
// words are data, in data/en/classes.tsv, one word and its class a line,
// read when the package initializes; the rules test a token against a
// class by the set's bit (see run.in).

//go:embed data/en/classes.tsv
var classesFile string

//go:embed data/en/given-names.tsv
var givenNamesFile string

// givenGender maps a first name to the gender it tells, 'm' or 'f'
// (data/en/given-names.tsv). A name's gender is read from it only once
// per person, so a plain map does.
var givenGender = func() map[string]byte {
	words := wordclass.ReadFile(givenNamesFile) // checked by TestGivenNamesFile
	g := make(map[string]byte, len(words["male"])+len(words["female"]))
	for _, w := range words["male"] {
		g[w] = 'm'
	}
	for _, w := range words["female"] {
		g[w] = 'f'
	}
	return g
}()

// A wordSet is a set of words (see internal/wordset, which keeps a filter
// in front of the map that turns most words away before it hashes them).
//
// Each set also owns a bit of a token's word classes (see run.wc): a token
// is looked up once, in the union of all sets, and then tested against any
// set by its bit.
type wordSet = *wordSetOf

type wordSetOf struct {
	wordset.Set
	bit uint64 // the set's bit among a token's word classes
}

func (s *wordSetOf) add(w string)      { s.Add(w) }
func (s *wordSetOf) has(w string) bool { return s.Has(w) }

// A namedSet is a word set and the name of its class in classes.tsv,
// which is also the name the cue model's features give it.
type namedSet struct {
	name string
	set  wordSet
}

// namedSets lists every word set by its class: the one list of classes,
// against which classes.tsv is checked. A set's bit among a token's word
// classes is its index here. The order is the one the bits had when the
// cue model was trained, which adds a token's class features in bit
// order: a new class goes at the end.
var namedSets = loadClasses(
	"objectAndClause",
	"relativeWh",
	"approximators",
	"coordinators",
	"topicPreps",
	"whOpeners",
	"clauseJoiners",
	"runOnStarters",
	"subordinators",
	"clauseBreakersAfterComma",
	"editorialLabels",
	"objectControl",
	"aspectual",
	"needsOpener",
	"experiencers",
	"participleLinks",
	"ppLinks",
	"postModifiers",
	"addressees",
	"adjunctPreps",
	"quantifiers",
	"lyNouns",
	"edNouns",
	"determiners",
	"possessives",
	"auxiliaries",
	"modals",
	"desireVerbs",
	"conditionals",
	"beForms",
	"negators",
	"adverbs",
	"timeWords",
	"calendarWords",
	"prepositions",
	"clauseWords",
	"subjectPronouns",
	"objectPronouns",
	"otherFunction",
	"functionWords",
	"controlWords",
	"groupNouns",
	"roleNouns",
	"titleWords",
	"nameParticles",
	"orgWords",
	"firmWords",
	"firmNouns",
	"roleModifiers",
	"placePreps",
	"placeStarts",
	"maleTitles",
	"femaleTitles",
	"nominalComplements",
	"clauseBreakers",
	"recordings",
	"statements",
	"lightVerbs",
	"namingVerbs",
)

// plainNames are the classes of classes.tsv that have no bit of their own
// (the bits are spent: see wcFirstDerived): a rule looks a word up in
// one with its has method, never with run.in. They hold words that few
// tokens are asked about.
var plainNames = []string{
	"relativeParticiples",
	"whereaboutsPreps",
	"writerLinks",
	"topicVerbs",
	"postPlaces",
	"ofAfterObject",
	"toAfterObject",
	"declinedNouns",
	"complementHeads",
	"pollTakers",
	"pollNouns",
	"relationRoles",
	"mannerNouns",
	"gerundModifiers",
	"intensifiers",
	"neverNouns",
	"linkingVerbs",
	"raisingLemmas",
	"continuingCues",
	"weatherWords",
	"countWords",
	"meansNouns",
	"irregularPast",
	"notNameAdverbs",
	"bareVerbBefore",
	"placeNames",
	"leaveNouns",
	"complementVerbs",
	"namingParticiples",
	"pluralForms",
	"perceptionVerbs",
	"modalAuxiliaries",
	"spendVerbs",
	"issueVerbs",
	"issuedNouns",
	"verbParticles",
	"findingNouns",
	"indefinitePronouns",
	"degreeComparatives",
	"degreeAdverbs",
	"quantityWords",
	"cataphoricWords",
	"secondVerbs",
	"clauseLeadAdverbs",
	"workNouns",
	"plainAdjectives",
	"perceivedParticiples",
	"receiveVerbs",
	"ordinalAdverbs",
	"gradeWords",
}

// plainSets holds the sets of plainNames, filled by loadClasses.
var plainSets = map[string]wordSet{}

// plainClass returns the set of a class of plainNames. Like class, it
// depends on namedSets, whose loading fills it.
func plainClass(name string) wordSet {
	if len(namedSets) > 0 {
		if s := plainSets[name]; s != nil {
			return s
		}
	}
	panic("attribution: no plain word class " + name)
}

// class returns the word set of a class of namedSets. A variable set
// with it depends on namedSets, so that Go initializes namedSets, and
// with it every set's words and bit, before the variable and whatever
// reads the variable when the package initializes.
func class(name string) wordSet {
	for _, ns := range namedSets {
		if ns.name == name {
			return ns.set
		}
	}
	panic("attribution: no word class " + name + " in namedSets")
}

// loadClasses makes the sets of the classes named, in that order: it
// gives each set its bit, fills it from classes.tsv and adds the words
// kept elsewhere (addLexiconWords, addFunctionWords).
func loadClasses(names ...string) []namedSet {
	if len(names) > wcFirstDerived {
		panic("attribution: too many word sets for the word-class bits")
	}
	words := wordclass.ReadFile(classesFile) // checked by TestClassesFile
	// Each set made at its size (wordset.Of), not grown a word at a time.
	for _, name := range plainNames {
		plainSets[name] = &wordSetOf{Set: *wordset.Of(words[name]...)}
	}
	sets := make([]namedSet, len(names))
	byName := make(map[string]wordSet, len(names))
	for i, name := range names {
		s := &wordSetOf{Set: *wordset.Of(words[name]...), bit: 1 << i}
		sets[i] = namedSet{name, s}
		byName[name] = s
	}
	get := func(name string) wordSet {
		if s := byName[name]; s != nil {
			return s
		}
		panic("attribution: no word class " + name + " in namedSets")
	}
	addLexiconWords(get)
	addFunctionWords(get)
	return sets
}

// allSets lists every word set.
func allSets() []wordSet {
	out := make([]wordSet, len(namedSets))
	for i, n := range namedSets {
		out[i] = n.set
	}
	return out
}

// A classTable maps a word to the bits of the sets that hold it. A cheap
// hash of the word's length and a few of its bytes indexes a bitmap that
// turns most other words away, and then an open-addressed table whose
// slots keep the hash, the bits and where the word's bytes are, so that
// words are compared only when the hashes agree. Every token of a
// document is looked up, while the other stages' tables compete for the
// same caches: a hit reads the bitmap, one slot and the word, all from
// tables a few tens of kilobytes long.
type classTable struct {
	seen  [1 << (seenBits - 6)]uint64 // a bit per value of the hash's top seenBits bits
	slots []classSlot                 // a power of two long, at most half full
	shift uint                        // 64 - log2(len(slots)): the hash's top bits index slots
	text  string                      // the words, one after the other
}

const seenBits = 15

type classSlot struct {
	bits uint64 // the sets' bits
	hash uint32 // the hash's low 32 bits (see find)
	off  uint16 // the word is text[off:off+n]
	n    uint8  // 0 for an empty slot
}

// wordClasses is the union of all word sets, built once when the package
// initializes and only read after.
var wordClasses classTable

func init() {
	n := 0
	for _, s := range allSets() {
		n += s.Len()
	}
	union := make(map[string]uint64, n+len(pronounGender)) // made at its size, never grown
	for _, s := range allSets() {
		for w := range s.All() {
			if w != "" {
				union[w] |= s.bit
			}
		}
	}
	for w, g := range pronounGender {
		if genderBit(g) != 0 {
			union[w] |= wcGendered
		}
	}
	wordClasses.build(union)
}

// build fills the empty table c with the words of union, none of them
// "", and their bits, in as many slots as it takes to keep the table at
// most half full.
func (c *classTable) build(union map[string]uint64) {
	c.shift = 64 - 1
	for 1<<(64-c.shift) < 2*len(union) {
		c.shift--
	}
	c.slots = make([]classSlot, 1<<(64-c.shift))
	mask := uint64(len(c.slots) - 1)
	var text []byte
	for w, bits := range union {
		if len(w) > 255 || len(text)+len(w) > 1<<16 {
			panic("attribution: too long a word for the word-class table")
		}
		h := wordHash(w)
		c.seen[h>>(64-seenBits)>>6] |= 1 << (h >> (64 - seenBits) & 63)
		i := h >> c.shift
		for c.slots[i].n != 0 {
			i = (i + 1) & mask
		}
		c.slots[i] = classSlot{bits, uint32(h), uint16(len(text)), uint8(len(w))}
		text = append(text, w...)
	}
	c.text = string(text)
}

// wordHash hashes w, which is not "", by its length and its first, middle
// and last bytes. classTable.find counts on them being packed into the
// low 32 bits before the multiplication.
func wordHash(w string) uint64 {
	n := len(w)
	return (uint64(w[0]) | uint64(w[n-1])<<8 | uint64(w[n>>1])<<16 | uint64(n)<<24) * 0x9e3779b97f4a7c15
}

// of returns the bits of the sets that hold w.
func (c *classTable) of(w string) uint64 {
	if w == "" {
		return 0
	}
	h := wordHash(w)
	if b := h >> (64 - seenBits); c.seen[b>>6]&(1<<(b&63)) == 0 {
		return 0
	}
	return c.find(w, h)
}

// find returns the bits of w, whose hash is h, when the hash's top bits
// are in the bitmap.
//
// A word of up to three bytes is all in what wordHash reads of it: its
// length and bytes, packed into 32 bits, then multiplied by an odd number,
// which maps the values of the low 32 bits one to one. Two such words of
// the same length are equal when the low 32 bits of their hashes are, so
// that the most common words of a text ("the", "of", "to", "and") are
// found without comparing their bytes.
func (c *classTable) find(w string, h uint64) uint64 {
	slots := c.slots
	mask := uint64(len(slots) - 1)
	for i := h >> c.shift; ; i++ {
		s := &slots[i&mask]
		if s.n == 0 {
			return 0
		}
		if s.hash == uint32(h) && int(s.n) == len(w) && (len(w) <= 3 || c.text[s.off:int(s.off)+len(w)] == w) {
			return s.bits
		}
	}
}

// The word-class bits above the sets' own: predicates of the token alone
// that the rules ask again and again, computed on first use (see derived),
// and whether they have been.
const (
	wcFirstDerived = 59
	wcAdverb       = 1 << 59 // isAdverb
	wcContent      = 1 << 60 // isContent
	wcVerbLike     = 1 << 61 // verbLike
	wcDerived      = 1 << 62 // the three above are filled in
	// wcGendered marks the pronouns of a gender that pronounWindow
	// counts, so that it reads no other token; no feature reads it
	wcGendered = 1 << 63
)

// determiners open a noun phrase; a leftward scan stops after one.
var determiners = class("determiners")

// possessives are determiners that name a possessor: the source of a
// nominal cue ("his claim that …").
var possessives = class("possessives")

// auxiliaries may stand between a subject and its verb.
var auxiliaries = class("auxiliaries")

// modals put a verb group's speech in an unreal mood: "would say",
// "might argue" (see unrealModal). "will" and "can" do not: a plan
// announced or an ability is reported as it stands.
var modals = class("modals")

// desireVerbs govern an infinitive that names what their subject wants
// to do, not what it did: "hopes to say", "plans to announce". Verbs of
// trying ("sought to reassure", "tried to argue") are left out: the
// attempt is most often the speech itself.
var desireVerbs = class("desireVerbs")

// conditionals open a clause that supposes rather than reports: "if he
// said", "unless the board agrees".
var conditionals = class("conditionals")

// beForms mark a passive before a past participle.
var beForms = class("beForms")

// negators negate the verb group they stand in.
var negators = class("negators")

// adverbs that commonly stand between a subject and its verb or after a
// verb; any word in -ly is treated the same way.
var adverbs = class("adverbs")

// timeWords are temporal expressions that follow or precede a cue
// ("said Tuesday", "on Monday said") and are never part of a source.
var timeWords = class("timeWords")

// weekdays and months end a name to their left: "on Tuesday Trump said".
var calendarWords = class("calendarWords")

// prepositions end a noun phrase scanned leftward (except "of", which
// links "the director of the FBI").
var prepositions = class("prepositions")

// clauseWords open a clause; they end a noun phrase.
var clauseWords = class("clauseWords")

// subjectPronouns can be the source of a verb cue.
var subjectPronouns = class("subjectPronouns")

// objectPronouns end a noun phrase scanned leftward.
var objectPronouns = class("objectPronouns")

// otherFunction are further words that cannot be part of a source.
var otherFunction = class("otherFunction")

// controlWords govern an infinitive whose subject is their own: "refused
// to comment", "wants to know", "is expected to announce".
var controlWords = class("controlWords")

// groupNouns name vague groups and unnamed people: a source headed by one
// is anonymous ("officials", "a source", "critics", "a spokesman").
//
// The vague groups themselves are the one-word entries of class group in
// the lexicon's vague-sources.tsv, the list the report flags vague sources
// by: addLexiconWords adds them from there, so that a source is anonymous
// here exactly when the report calls it vague ("skeptics" as well as
// "critics"). classes.tsv lists the rest: unnamed people that are not
// vague in themselves ("a spokesman", "one man") and words that stand for
// a group ("some", "others").
var groupNouns = class("groupNouns")

//go:generate go run ../internal/lexwords/gen lexwords_gen.go

// addLexiconWords adds to the sets the words the built-in lexicon holds,
// so that each fact is written once: to groupNouns the one-word vague
// groups of vague-sources.tsv, and to needsOpener and objectAndClause the
// one-word cues of cues.tsv flagged opener and object-clause. byName
// finds a set by its name. The words come from lexwords_gen.go, which
// go generate writes from the lexicon's files (TestLexiconWordsGenerated
// holds it to them): building the lexicon here, when the package
// initializes, was most of a short run's start-up.
func addLexiconWords(byName func(string) wordSet) {
	for _, l := range []struct {
		set   string
		words []string
	}{{"groupNouns", lexiconGroups}, {"needsOpener", lexiconOpeners}, {"objectAndClause", lexiconObjectClause}} {
		s := byName(l.set)
		for _, w := range l.words {
			s.add(w)
		}
	}
}

// roleNouns are titles and roles that, before or beside a name, belong to
// the source ("press secretary Karoline Leavitt", "pollster Pat Caddell").
var roleNouns = class("roleNouns")

// titleWords precede a person's name and are dropped from the resolved
// name ("U.S. President Donald Trump" → "Donald Trump").
var titleWords = class("titleWords")

// nameParticles may stand inside a person's name ("Nicolás de la Cruz").
var nameParticles = class("nameParticles")

// orgWords head or end the name of an organization, or are organizations
// when lowercase with a determiner ("the government", "the campaign").
var orgWords = class("orgWords")

// firmWords end the name of a business ("Acme Robotics", "Delmar Plastics
// Inc.", "Northgate Capital Partners"): capitalized in a name, they make it
// an organization, and one that "the company" or "the firm" can refer to.
// Unlike orgWords they say nothing when lowercase ("the partners").
var firmWords = class("firmWords")

// firmNouns are the nouns by which a text refers back to a business it
// has named, whatever its trade ("the company said"); a noun of one trade
// ("the airline") refers only to a name that holds it.
var firmNouns = class("firmNouns")

// roleModifiers are role words that qualify a role rather than name one
// ("the former governor", "the press secretary"): a description is not
// headed by one.
var roleModifiers = class("roleModifiers")

// placePreps stand before the name of a place rather than a person's: a
// name after one is no rival for a pronoun ("toured New Orleans").
var placePreps = class("placePreps")

// whereaboutsPreps open a phrase that tells where an unnamed speaker
// stood, which picks them out: "shouted a man in the crowd".
var whereaboutsPreps = plainClass("whereaboutsPreps")

// placeStarts open the names of places ("New York", "San Juan", "Fort
// Worth"): a name of two or three words that starts with one is taken for
// a place, not a person.
var placeStarts = class("placeStarts")

// personPronouns and their gender; "they" is plural.
var pronounGender = map[string]byte{
	"he": 'm', "him": 'm', "his": 'm', "himself": 'm',
	"she": 'f', "her": 'f', "hers": 'f', "herself": 'f',
	// ("both" as a source alone: "Both have promised …")
	"they": 'p', "them": 'p', "their": 'p', "themselves": 'p', "both": 'p',
	"it": 'n', "its": 'n', "itself": 'n',
	"who": 'r', "which": 'r', "that": 'r', "whose": 'r',
	"i": 's', "we": 's', "me": 's', "us": 's', "my": 's', "our": 's',
	"you": 'y', "your": 'y',
}

// maleTitles and femaleTitles give a person's gender from a title.
var (
	maleTitles   = class("maleTitles")
	femaleTitles = class("femaleTitles")
)

// nominalComplements introduce the content of a nominal cue ("the claim
// that …", "his call for …").
var nominalComplements = class("nominalComplements")

// clauseBreakers open a clause or an adverbial phrase that a subject
// follows after a comma ("In 2014, Trump said …").
var clauseBreakers = class("clauseBreakers")
