package attribution

import (
	"github.com/hearsay-go/hearsay/lexicon"
)

// Closed word classes that stand in for a part-of-speech tagger. Each list
// is small, general English grammar, not tuned to any one text: the
// extractor needs to know where a noun phrase ends, which words are
// auxiliaries, and which nouns name groups, roles and organizations.

// A wordSet is a map with a filter in front: most words looked up are in
// none of the sets, and a bit indexed by the word's length and its first and
// last bytes turns nearly all of them away before the map hashes them.
//
// Each set also owns a bit of a token's word classes (see run.wc): a token
// is looked up once, in the union of all sets, and then tested against any
// set by its bit.
type wordSet = *wordSetOf

type wordSetOf struct {
	m      map[string]struct{}
	filter [32]uint64
	bit    uint64 // the set's bit among a token's word classes
}

// setBits counts the sets made so far; setOf runs only while the package
// initializes.
var setBits uint

func setOf(words ...string) wordSet {
	if setBits >= wcFirstDerived {
		panic("attribution: too many word sets for the word-class bits")
	}
	s := &wordSetOf{m: make(map[string]struct{}, len(words)), bit: 1 << setBits}
	setBits++
	for _, w := range words {
		s.add(w)
	}
	return s
}

func (s *wordSetOf) add(w string) {
	s.m[w] = struct{}{}
	if w != "" {
		i, b := filterBit(w)
		s.filter[i] |= b
	}
}

// filterBit returns the word and bit of the filter for w, which is not "".
func filterBit(w string) (int, uint64) {
	n := len(w)
	return int(w[0] & 31), 1 << ((uint(n) + 7*uint(w[n-1])) & 63)
}

func (s *wordSetOf) has(w string) bool {
	if w != "" {
		i, b := filterBit(w)
		if s.filter[i]&b == 0 {
			return false
		}
	}
	_, ok := s.m[w]
	return ok
}

// namedSets lists every word set with its name, for the union that
// wordClasses builds and for explanations. Sets made at init by setOf must
// be listed here to get their bits set.
var namedSets = []struct {
	name string
	set  wordSet
}{
	{"determiners", determiners},
	{"possessives", possessives},
	{"auxiliaries", auxiliaries},
	{"beForms", beForms},
	{"negators", negators},
	{"adverbs", adverbs},
	{"timeWords", timeWords},
	{"calendarWords", calendarWords},
	{"prepositions", prepositions},
	{"clauseWords", clauseWords},
	{"subjectPronouns", subjectPronouns},
	{"objectPronouns", objectPronouns},
	{"otherFunction", otherFunction},
	{"controlWords", controlWords},
	{"groupNouns", groupNouns},
	{"roleNouns", roleNouns},
	{"titleWords", titleWords},
	{"nameParticles", nameParticles},
	{"orgWords", orgWords},
	{"maleTitles", maleTitles},
	{"femaleTitles", femaleTitles},
	{"nominalComplements", nominalComplements},
	{"clauseBreakers", clauseBreakers},
	{"objectControl", objectControl},
	{"aspectual", aspectual},
	{"needsOpener", needsOpener},
	{"experiencers", experiencers},
	{"participleLinks", participleLinks},
	{"ppLinks", ppLinks},
	{"postModifiers", postModifiers},
	{"addressees", addressees},
	{"adjunctPreps", adjunctPreps},
	{"objectAndClause", objectAndClause},
	{"relativeWh", relativeWh},
	{"approximators", approximators},
	{"coordinators", coordinators},
	{"topicPreps", topicPreps},
	{"whOpeners", whOpeners},
	{"subordinators", subordinators},
	{"runOnStarters", runOnStarters},
	{"clauseBreakersAfterComma", clauseBreakersAfterComma},
	{"editorialLabels", editorialLabels},
	{"quantifiers", quantifiers},
	{"functionWords", functionWords},
	{"lyNouns", lyNouns},
	{"edNouns", edNouns},
	{"clauseJoiners", clauseJoiners},
	{"modals", modals},
	{"desireVerbs", desireVerbs},
	{"conditionals", conditionals},
	{"firmWords", firmWords},
	{"firmNouns", firmNouns},
	{"placePreps", placePreps},
	{"roleModifiers", roleModifiers},
	{"placeStarts", placeStarts},
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
	slots [1 << slotBits]classSlot    // at most half full
	text  string                      // the words, one after the other
}

const (
	seenBits = 15
	slotBits = 12
)

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
	sets := allSets()
	if len(sets) != int(setBits) {
		panic("attribution: a word set is missing from allSets")
	}
	union := map[string]uint64{}
	for _, s := range sets {
		for w := range s.m {
			if w != "" {
				union[w] |= s.bit
			}
		}
	}
	c := &wordClasses
	if 2*len(union) > len(c.slots) {
		panic("attribution: too many words for the word-class table")
	}
	var text []byte
	for w, bits := range union {
		if len(w) > 255 || len(text)+len(w) > 1<<16 {
			panic("attribution: too long a word for the word-class table")
		}
		h := wordHash(w)
		c.seen[h>>(64-seenBits)>>6] |= 1 << (h >> (64 - seenBits) & 63)
		i := h >> (64 - slotBits)
		for c.slots[i].n != 0 {
			i = (i + 1) & (1<<slotBits - 1)
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
	for i := h >> (64 - slotBits); ; i = (i + 1) & (1<<slotBits - 1) {
		s := &c.slots[i]
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
	wcFirstDerived = 56
	wcAdverb       = 1 << 56 // isAdverb
	wcContent      = 1 << 57 // isContent
	wcVerbLike     = 1 << 58 // verbLike
	wcDerived      = 1 << 62 // the three above are filled in
)

// determiners open a noun phrase; a leftward scan stops after one.
var determiners = setOf(
	"the", "a", "an", "this", "these", "those", "some", "many", "most",
	"several", "both", "all", "each", "every", "another", "other", "no", "few",
	"any", "his", "her", "their", "its", "our", "my", "your", "such", "more",
	"one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
	"ten", "dozens", "hundreds", "thousands", "millions", "half", "much",
)

// possessives are determiners that name a possessor: the source of a
// nominal cue ("his claim that …").
var possessives = setOf("his", "her", "their", "its", "our", "my", "your")

// auxiliaries may stand between a subject and its verb.
var auxiliaries = setOf(
	"be", "is", "was", "were", "are", "am", "been", "being", "'s", "'re", "'m",
	"has", "have", "had", "having", "'ve", "'d", "'ll",
	"do", "does", "did", "will", "would", "shall", "should", "can", "could",
	"may", "might", "must", "wo", "ca", "ought", "to", "going", "got",
)

// modals put a verb group's speech in an unreal mood: "would say",
// "might argue" (see unrealModal). "will" and "can" do not: a plan
// announced or an ability is reported as it stands.
var modals = setOf("would", "could", "might", "may")

// desireVerbs govern an infinitive that names what their subject wants
// to do, not what it did: "hopes to say", "plans to announce". Verbs of
// trying ("sought to reassure", "tried to argue") are left out: the
// attempt is most often the speech itself.
var desireVerbs = setOf(
	"want", "wants", "wanted", "wanting", "hope", "hopes", "hoped", "hoping",
	"plan", "plans", "planned", "planning", "intend", "intends", "intended",
	"intending", "wish", "wishes", "wished", "wishing", "aim", "aims",
	"aimed", "aiming",
)

// conditionals open a clause that supposes rather than reports: "if he
// said", "unless the board agrees".
var conditionals = setOf("if", "unless")

// beForms mark a passive before a past participle.
var beForms = setOf("be", "is", "was", "were", "are", "am", "been", "being", "'s", "'re", "'m", "get", "gets", "got", "gotten")

// negators negate the verb group they stand in.
var negators = setOf("not", "never", "n't", "no", "nor", "hardly", "neither")

// adverbs that commonly stand between a subject and its verb or after a
// verb; any word in -ly is treated the same way.
var adverbs = setOf(
	"also", "still", "already", "just", "even", "again", "then", "now",
	"once", "often", "later", "earlier", "previously", "recently", "long",
	"first", "further", "quickly", "repeatedly", "frequently", "generally",
	"always", "sometimes", "soon", "yet", "only", "too", "ever", "reportedly",
	"allegedly", "similarly", "likewise", "instead", "however", "though",
	"initially", "originally", "subsequently", "immediately", "openly",
	"publicly", "privately", "separately", "last", "twice", "well", "back",
	"almost", "nearly", "essentially", "effectively", "actually", "really",
	"simply", "seemingly", "apparently", "so", "very", "rather", "quite",
	"far", "much", "longer", "more", "less", "forward", "ahead", "together",
)

// timeWords are temporal expressions that follow or precede a cue
// ("said Tuesday", "on Monday said") and are never part of a source.
var timeWords = setOf(
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"today", "yesterday", "tonight", "tomorrow", "morning", "afternoon",
	"evening", "night", "week", "weekend", "month", "year", "earlier", "later",
	"day", "days", "weeks", "months", "years", "hours", "minutes", "decades", "decade", "hour", "minute", "while", "now",
	"recently", "previously", "ago", "last", "this", "next", "past",
	"january", "february", "march", "april", "june", "july", "august",
	"september", "october", "november", "december",
	"mon", "tue", "wed", "thu", "fri", "sat", "sun", "jan", "feb", "apr",
	"jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
)

// weekdays and months end a name to their left: "on Tuesday Trump said".
var calendarWords = setOf(
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"january", "february", "march", "april", "june", "july", "august",
	"september", "october", "november", "december",
)

// prepositions end a noun phrase scanned leftward (except "of", which
// links "the director of the FBI").
var prepositions = setOf(
	"in", "on", "at", "by", "for", "with", "from", "to", "into", "onto",
	"over", "under", "about", "against", "amid", "among", "between", "during",
	"after", "before", "since", "until", "through", "throughout", "across",
	"toward", "towards", "upon", "within", "without", "despite", "via",
	"per", "like", "unlike", "near", "behind", "beyond", "around", "along",
	"alongside", "besides", "beside", "except", "inside", "outside", "off",
	"out", "up", "down", "following", "including", "regarding", "concerning",
	"than", "as",
)

// clauseWords open a clause; they end a noun phrase.
var clauseWords = setOf(
	"that", "which", "who", "whom", "whose", "what", "when", "where", "why",
	"how", "whether", "if", "while", "whereas", "although", "though",
	"because", "since", "unless", "once", "and", "but", "or", "nor", "so",
	"yet", "then", "as", "after", "before", "until", "however", "meanwhile",
	"moreover", "furthermore", "nevertheless", "still", "also", "indeed",
	"instead", "thus", "therefore", "hence", "otherwise", "later", "now",
	"here", "there", "not", "even", "just", "only",
)

// subjectPronouns can be the source of a verb cue.
var subjectPronouns = setOf("he", "she", "they", "we", "i", "you", "it", "who", "which", "that")

// objectPronouns end a noun phrase scanned leftward.
var objectPronouns = setOf("him", "her", "them", "us", "me", "it", "himself", "herself", "themselves", "itself", "yourself", "ourselves", "myself", "one")

// otherFunction are further words that cannot be part of a source.
var otherFunction = setOf(
	"is", "was", "were", "are", "be", "been", "being", "has", "have", "had",
	"do", "does", "did", "will", "would", "can", "could", "should", "may",
	"might", "must", "shall", "not", "no", "there", "here", "very", "too",
	"also", "said", "says", "say", "told", "than", "such", "it", "this",
	"what", "we", "i", "you", "he", "she", "they", "him", "them", "me", "us",
	"if", "to", "'s", "'re", "'m", "'ve", "'d", "'ll",
)

// controlWords govern an infinitive whose subject is their own: "refused
// to comment", "wants to know", "is expected to announce".
var controlWords = setOf(
	"want", "wants", "wanted", "wanting", "plan", "plans", "planned", "planning",
	"refuse", "refuses", "refused", "refusing", "decline", "declines",
	"declined", "declining", "agree", "agrees", "agreed", "continue",
	"continues", "continued", "continuing", "try", "tries", "tried", "trying",
	"promise", "promises", "promised", "vow", "vows", "vowed", "seem", "seems",
	"seemed", "appear", "appears", "appeared", "expect", "expects", "expected",
	"going", "used", "begin", "begins", "began", "begun", "start", "starts",
	"started", "decide", "decides", "decided", "need", "needs", "needed",
	"hope", "hopes", "hoped", "hoping", "intend", "intends", "intended",
	"attempt", "attempts", "attempted", "tend", "tends", "tended", "seek",
	"seeks", "sought", "fail", "fails", "failed", "wish", "wishes", "wished",
	"like", "love", "prefer", "prefers", "preferred", "ready", "willing",
	"eager", "quick", "careful", "reluctant", "unwilling", "able", "unable",
	"likely", "unlikely", "set", "due", "about", "choose", "chose", "chosen",
	"chooses", "dare", "dared", "threaten", "threatens", "threatened",
	"offer", "offers", "offered", "pledge", "pledges", "pledged", "rush",
	"rushed", "move", "moved", "moves", "hasten", "hastened", "went", "go",
	"goes", "came", "come", "comes", "forced", "asked", "urged", "told",
	"encouraged", "called", "pressed", "allowed", "helped", "help", "helps",
	"managed", "manage", "stopped", "ceased", "declines", "neglected",
	"sure", "certain", "happy", "glad", "proud", "keen", "anxious",
)

// groupNouns name vague groups and unnamed people: a source headed by one
// is anonymous ("officials", "a source", "critics", "a spokesman").
//
// The vague groups themselves are the one-word entries of class group in
// the lexicon's vague-sources.tsv, the list the report flags vague sources
// by: they are added from there, so that a source is anonymous here
// exactly when the report calls it vague ("skeptics" as well as
// "critics"). The words below are the rest: unnamed people that are not
// vague in themselves ("a spokesman", "one man") and words that stand for
// a group ("some", "others").
var groupNouns = withVagueGroups(setOf(
	"source", "expert", "analyst", "authority", "people", "insider", "aide",
	"aides", "adviser", "advisers", "advisor", "advisors", "diplomat",
	"resident", "witness", "scientist", "researcher", "economist", "some",
	"many", "others", "someone", "somebody", "one", "several", "most", "few",
	"person", "persons", "individual", "individuals", "supporter", "opponent",
	"activist", "strategist", "operative", "operatives", "staffer",
	"staffers", "member", "members", "lawmaker", "legislator", "voter",
	"voters", "commentator", "pundit", "investigator", "prosecutor",
	"prosecutors", "agent", "agents", "officer", "officers", "employee",
	"employees", "worker", "workers", "staff", "spokesman", "spokeswoman",
	"spokesperson", "representative", "representatives", "leader", "leaders",
	"man", "woman", "men", "women", "student", "students", "doctor",
	"doctors", "physician", "physicians", "lawyer", "lawyers", "attorney",
	"attorneys", "participant", "participants", "respondent", "respondents",
	"american", "americans", "everyone", "everybody", "anyone", "nobody",
	"rumors", "reports", "studies", "polls", "surveys", "estimates",
))

// withVagueGroups adds to s the one-word vague groups of the lexicon's
// vague-sources.tsv.
func withVagueGroups(s wordSet) wordSet {
	for _, e := range lexicon.Default().Entries() {
		if e.Category == lexicon.VagueSource && e.Class == "group" && e.Len() == 1 {
			s.add(e.Term)
		}
	}
	return s
}

// withCueFlag adds to s the one-word terms of the built-in cues that carry
// flag f, so that a class of the words a cue is flagged for is written
// once, as the flag. The built-in lexicon is parsed once, for this and
// for the extractor.
func withCueFlag(s wordSet, f lexicon.Flags) wordSet {
	for _, e := range defaultCues().Entries() {
		if e.Flags.Has(f) && e.Len() == 1 {
			s.add(e.Term)
		}
	}
	return s
}

// roleNouns are titles and roles that, before or beside a name, belong to
// the source ("press secretary Karoline Leavitt", "pollster Pat Caddell").
var roleNouns = setOf(
	"secretary", "manager", "spokesman", "spokeswoman", "spokesperson",
	"leader", "chairman", "chairwoman", "chair", "director", "adviser",
	"advisor", "aide", "pollster", "strategist", "analyst", "candidate",
	"nominee", "senator", "governor", "president", "minister", "official",
	"attorney", "lawyer", "commentator", "host", "anchor", "author",
	"professor", "economist", "activist", "chief", "head", "member",
	"founder", "executive", "officer", "ceo", "commissioner", "mayor",
	"judge", "justice", "ambassador", "general", "colonel", "businessman",
	"businesswoman", "billionaire", "comedian", "actor", "actress", "singer",
	"star", "critic", "supporter", "surrogate", "donor", "rival", "opponent",
	"challenger", "mate", "wife", "husband", "daughter", "son", "mother",
	"father", "brother", "sister", "friend", "colleague", "partner",
	"correspondent", "reporter", "columnist", "editor", "writer",
	"historian", "scientist", "researcher", "expert", "coach", "veteran",
	"deputy", "assistant", "representative", "congressman", "congresswoman",
	"lawmaker", "legislator", "speaker", "whip", "prosecutor", "sheriff",
	"commander", "admiral", "sergeant", "lieutenant", "captain", "dean",
	"president-elect", "vice", "rep", "rep.", "sen", "sen.", "gov", "gov.",
	"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "gen", "gen.",
	"lt", "lt.", "col", "col.", "capt", "capt.", "adm", "adm.", "sgt",
	"sgt.", "prof", "prof.", "rev", "rev.", "hon", "hon.", "sir", "dame",
	"lord", "lady", "king", "queen", "prince", "princess", "pope", "sheikh",
	"premier", "chancellor", "counsel", "organizer", "founder", "owner",
	"investor", "economist", "physician", "doctor", "nurse", "officer",
	"pastor", "bishop", "rabbi", "imam", "cardinal", "councilman",
	"councilwoman", "councilor", "delegate", "treasurer", "comptroller",
	"auditor", "inspector", "superintendent", "principal", "student",
	"blogger", "journalist", "producer", "director", "playwright",
	"novelist", "poet", "artist", "musician", "rapper", "entrepreneur",
	"magnate", "mogul", "tycoon", "heir", "heiress", "widow", "son-in-law",
	"daughter-in-law", "cousin", "nephew", "niece", "uncle", "aunt",
	"grandson", "granddaughter", "former", "retired", "longtime", "acting",
	"interim", "then-", "senior", "top", "chief", "fellow", "press",
	"campaign", "white", "house", "foreign", "defense", "state", "national",
	"security", "communications", "policy", "political", "legal", "general",
	"deputy", "assistant", "associate", "executive", "managing",
	"pilot", "driver", "landlord", "tenant", "regulator", "suspect",
	"defendant", "plaintiff", "gunman", "captain", "contractor", "vendor",
)

// titleWords precede a person's name and are dropped from the resolved
// name ("U.S. President Donald Trump" → "Donald Trump").
var titleWords = setOf(
	"president", "vice", "secretary", "minister", "prime", "foreign",
	"defense", "defence", "interior", "finance", "justice", "attorney",
	"general", "senator", "sen", "sen.", "rep", "rep.", "representative",
	"gov", "gov.", "governor", "mayor", "mr", "mr.", "mrs", "mrs.", "ms",
	"ms.", "dr", "dr.", "gen", "gen.", "lt", "lt.", "col", "col.", "capt",
	"capt.", "adm", "adm.", "sgt", "sgt.", "prof", "prof.", "rev", "rev.",
	"hon", "hon.", "sir", "dame", "lord", "lady", "king", "queen", "prince",
	"princess", "pope", "sheikh", "premier", "chancellor", "speaker",
	"leader", "chairman", "chairwoman", "chair", "director", "chief",
	"judge", "justice", "ambassador", "commander", "admiral", "colonel",
	"sergeant", "lieutenant", "captain", "officer", "press", "spokesman",
	"spokeswoman", "spokesperson", "house", "senate", "majority", "minority",
	"state", "national", "security", "adviser", "advisor", "former",
	"retired", "acting", "deputy", "assistant", "democratic", "republican",
	"democrat", "u.s.", "us", "u.k.", "uk", "u.n.", "un", "eu", "white",
	"homeland", "labor", "labour", "treasury", "commerce", "energy",
	"education", "health", "transportation", "agriculture", "army", "navy",
	"air", "force", "marine", "corps", "supreme", "court", "federal",
	"reserve", "central", "bank", "first", "lady", "gop", "candidate",
	"nominee", "presidential", "congressman", "congresswoman", "councilman",
	"councilwoman", "sheriff", "inspector", "special", "counsel", "sec",
	"sec.", "atty", "atty.", "amb", "amb.", "st", "saint", "pastor", "bishop",
	"rabbi", "imam", "cardinal", "father", "brother", "sister", "elder",
	"chancellor", "emir", "crown", "mp", "mep", "ceo", "cfo", "coo",
	"treasurer", "coach", "commissioner", "superintendent", "prosecutor",
	"professor", "councilor", "councillor", "comptroller", "controller",
	"auditor", "trustee", "alderman", "alderwoman", "assemblyman",
	"assemblywoman", "assemblymember", "delegate", "marshal", "detective",
	"trooper", "provost", "president-elect", "vice-president",
)

// nameParticles may stand inside a person's name ("Nicolás de la Cruz").
var nameParticles = setOf("de", "del", "della", "da", "das", "do", "dos", "du", "la", "le", "van", "von", "der", "den", "ter", "bin", "ibn", "al", "el", "y", "st.", "mc", "mac", "ben")

// orgWords head or end the name of an organization, or are organizations
// when lowercase with a determiner ("the government", "the campaign").
var orgWords = setOf(
	"government", "governments", "administration", "ministry", "ministries",
	"campaign", "campaigns", "committee", "committees", "party", "parties",
	"department", "departments", "company", "companies", "agency", "agencies",
	"police", "court", "courts", "poll", "polls", "survey", "surveys",
	"study", "studies", "report", "reports", "analysis", "data", "research",
	"newspaper", "network", "group", "groups", "organization",
	"organisation", "organizations", "union", "unions", "board", "council",
	"city", "country", "team", "firm", "firms", "bank", "banks", "office",
	"commission", "panel", "coalition", "congress", "senate", "house",
	"parliament", "assembly", "cabinet", "kremlin", "pentagon", "military",
	"army", "navy", "force", "forces", "corps", "guard", "service",
	"services", "bureau", "institute", "university", "college", "school",
	"center", "centre", "foundation", "association", "federation", "society",
	"fund", "trust", "inc", "inc.", "corp", "corp.", "co", "co.", "llc",
	"ltd", "ltd.", "plc", "group", "times", "post", "news", "journal",
	"press", "media", "magazine", "television", "radio", "channel", "tribune",
	"herald", "gazette", "review", "daily", "weekly", "wire", "reuters",
	"associated", "bloomberg", "politico", "cnn", "nbc", "abc", "cbs", "fox",
	"msnbc", "npr", "bbc", "pac", "pacs", "white", "states", "nations",
	"republic", "kingdom", "state", "ministry", "embassy", "consulate",
	"regime", "junta", "command", "directorate", "authority", "network",
	"website", "site", "blog", "paper", "memo", "letter", "statement",
	"document", "documents", "filing", "filings", "records", "transcript",
	"video", "footage", "audit", "review", "investigation", "inquiry",
	"probe", "index", "model", "forecast", "projection", "census", "tally",
	"count", "results", "figures", "numbers", "statistics", "election",
	"electorate", "public", "industry", "sector", "market", "markets",
	"republicans", "democrats", "gop", "left", "right", "opposition", "camp",
	"staff", "team", "delegation", "caucus", "legislature", "judiciary",
	"prosecution", "defense", "plaintiffs", "defendants", "jury", "panel",
	"tribunal", "lawsuit", "suit", "complaint", "indictment", "ruling",
	"decision", "order", "law", "bill", "constitution", "platform",
	"agreement", "accord", "treaty", "resolution", "motion", "policy",
	"plan", "proposal", "book", "article", "story", "ad", "ads", "speech",
	"tweet", "tweets", "post", "posts", "email", "emails", "message",
	"messages", "interview", "op-ed", "editorial", "column", "page",
	"world", "nation", "region", "province", "county", "district",
)

// firmWords end the name of a business ("Acme Robotics", "Delmar Plastics
// Inc.", "Northgate Capital Partners"): capitalized in a name, they make it
// an organization, and one that "the company" or "the firm" can refer to.
// Unlike orgWords they say nothing when lowercase ("the partners").
var firmWords = setOf(
	"inc", "inc.", "incorporated", "corp", "corp.", "corporation", "co",
	"co.", "llc", "llp", "lp", "ltd", "ltd.", "limited", "plc", "gmbh", "ag",
	"s.a.", "n.v.", "group", "holdings", "partners", "associates",
	"robotics", "industries", "technologies", "technology", "systems",
	"labs", "laboratories", "solutions", "capital", "ventures",
	"pharmaceuticals", "pharma", "motors", "airlines", "airways", "plastics",
	"steel", "chemicals", "enterprises", "networks", "software",
	"insurance", "financial", "securities", "brands", "logistics", "foods",
	"bancorp", "manufacturing", "mining", "consulting", "electronics",
	"semiconductor", "semiconductors", "telecom", "petroleum", "oil",
	"motor", "company", "companies", "bank", "investments", "advisors",
	"management", "trading", "shipping", "realty", "properties", "studios",
	"entertainment", "resources", "dynamics", "aerospace", "biotech",
)

// firmNouns are the nouns by which a text refers back to a business it
// has named, whatever its trade ("the company said"); a noun of one trade
// ("the airline") refers only to a name that holds it.
var firmNouns = setOf("company", "firm", "business", "corporation", "conglomerate")

// roleModifiers are role words that qualify a role rather than name one
// ("the former governor", "the press secretary"): a description is not
// headed by one.
var roleModifiers = setOf("former", "retired", "longtime", "acting", "interim", "then-", "senior", "top", "fellow", "press", "campaign", "white", "house", "foreign", "defense", "state", "national", "security", "communications", "policy", "political", "legal", "managing", "associate", "vice")

// placePreps stand before the name of a place rather than a person's: a
// name after one is no rival for a pronoun ("toured New Orleans").
var placePreps = setOf("in", "at", "to", "from", "across", "near", "into", "of", "outside", "inside", "throughout", "around", "toward", "towards", "through", "via")

// placeStarts open the names of places ("New York", "San Juan", "Fort
// Worth"): a name of two or three words that starts with one is taken for
// a place, not a person.
var placeStarts = setOf("new", "san", "santa", "santo", "sao", "los", "las", "saint", "st.", "st", "fort", "port", "north", "south", "east", "west", "upper", "lower", "lake", "mount", "mt.", "puerto", "costa", "cape", "glen", "great", "little")

// personPronouns and their gender; "they" is plural.
var pronounGender = map[string]byte{
	"he": 'm', "him": 'm', "his": 'm', "himself": 'm',
	"she": 'f', "her": 'f', "hers": 'f', "herself": 'f',
	"they": 'p', "them": 'p', "their": 'p', "themselves": 'p',
	"it": 'n', "its": 'n', "itself": 'n',
	"who": 'r', "which": 'r', "that": 'r', "whose": 'r',
	"i": 's', "we": 's', "me": 's', "us": 's', "my": 's', "our": 's',
	"you": 'y', "your": 'y',
}

// maleTitles and femaleTitles give a person's gender from a title.
var (
	maleTitles   = setOf("mr", "mr.", "sir", "lord", "king", "prince", "father", "brother", "congressman", "councilman", "chairman", "spokesman", "businessman", "husband", "son", "uncle", "nephew", "grandson", "pope", "sheikh", "emir")
	femaleTitles = setOf("mrs", "mrs.", "ms", "ms.", "miss", "dame", "lady", "queen", "princess", "sister", "congresswoman", "councilwoman", "chairwoman", "spokeswoman", "businesswoman", "wife", "daughter", "aunt", "niece", "granddaughter", "actress", "heiress", "widow")
)

// nominalComplements introduce the content of a nominal cue ("the claim
// that …", "his call for …").
var nominalComplements = setOf("that", "of", "to", "about", "for", "on", "against", "over", "as")

// introWords open a sentence with an adverbial that a subject follows
// after a comma ("In 2014, Trump said …").
var clauseBreakers = setOf(
	"although", "though", "but", "while", "whereas", "because", "since",
	"unless", "even", "as", "despite", "however", "yet", "so", "and", "or",
	"which", "who", "when", "where", "if", "after", "before", "until",
	"according", "with", "without", "amid", "following", "including",
)
