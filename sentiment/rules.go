package sentiment

// The constants and word lists of this file are VADER's (Hutto & Gilbert
// 2014; vaderSentiment.py, MIT licence, see data/LICENSE-vader.txt). The
// numbers are the paper's empirically derived mean changes in rated
// intensity.
const (
	boostIncr    = 0.293 // a booster ("very", "extremely") before a word
	boostDecr    = -0.293
	capsIncr     = 0.733 // a word in ALL CAPS among mixed-case words
	negScalar    = -0.74 // a negated word's valence is multiplied by this
	exclaimIncr  = 0.292 // each "!", up to maxExclaim
	maxExclaim   = 4
	questIncr    = 0.18 // each "?" when there are two or three
	questMax     = 0.96 // four or more "?"
	butBefore    = 0.5  // words before a contrastive "but"
	butAfter     = 1.5  // words after it
	neverSoBoost = 1.25 // "never so good", "never this good"
	// normAlpha approximates the largest expected sum of valences: the
	// compound score is x/sqrt(x²+normAlpha).
	normAlpha = 15
)

// Rule flags of a token, looked up together with its valence.
const (
	fNegation  uint16 = 1 << iota // negates a word up to three words on: "not", "never", "without"
	fBooster                      // raises or lowers the next words' intensity: "very", "slightly"
	fBut                          // "but"
	fLeast                        // "least"
	fNo                           // "no", negation with special cases
	fAt                           // "at" ("at least" is not a negation)
	fVery                         // "very" ("very least")
	fSoThis                       // "so", "this" ("never so good")
	fNever                        // "never"
	fWithout                      // "without" ("without doubt" is not a negation)
	fDoubt                        // "doubt"
	fOrNor                        // "or", "nor" ("no good or bad")
	fShifter                      // lessens or ends what follows: "reduce the risk", "prevent disease"
	fNotObject                    // "by", "to" after a shifter: its agent or result ("deterred by theft", "reduced to rubble")
	fCopula                       // a form of "be": what follows it in its clause is the predicate ("the plan is absurd")
	fIrrealis                     // a modal or "if": what follows it in its clause is supposed, not asserted ("would be a disaster")
)

// positiveWeight multiplies the valence of a word that counts as good
// after the rules. Only [Builtin] applies it: readers weigh bad news
// more than good news of the same strength (Baumeister et al., "Bad Is
// Stronger Than Good", 2001), and lexicons rated word by word overrate
// the positive side of text; SO-CAL (Taboada et al., "Lexicon-Based
// Methods for Sentiment Analysis", Computational Linguistics 2011) weighs
// a negative expression 1.5 times a positive one. The ratio is SO-CAL's,
// applied to the positive side so that a bad word keeps VADER's scale.
const positiveWeight = 1 / 1.5

// predicateWeight multiplies the valence of a sentiment word up to three
// words after a form of "be" in its clause: the predicate of a copula is
// what the clause asserts of its subject, the writer's verdict ("the
// plan is absurd", "this was a disgrace"), while a sentiment word in a
// noun phrase describes what the clause is about ("the absurd plan was
// debated"). It is VADER's weight of what follows "but", the part of a
// sentence its point rests on. Only [Builtin] applies it.
const predicateWeight = butAfter

// copulas are the forms of "be" of data/news-rules.tsv that open a
// predicate (predicateWeight).
var copulas = newsRules["copula"]

// irrealisWeight multiplies the valence of a sentiment word after a
// modal or "if" in its clause: "it would be a disaster", "if the plan
// fails" assert no fact, only what might be, as what precedes "but" is
// conceded rather than asserted, and it weighs as that does. SO-CAL
// (Taboada et al. 2011) blocks such words altogether ("irrealis
// blocking"); on news that lost more than it gained (NYT r 0.5568 ->
// 0.5464, tweets 0.8711 -> 0.8679), since a hypothetical still colours
// its sentence. Only [Builtin] applies it.
const irrealisWeight = butBefore

// irrealis are the words of data/news-rules.tsv that make what follows
// them in their clause hypothetical (irrealisWeight).
var irrealis = newsRules["irrealis"]

// newsNegations are the words of data/news-rules.tsv that deny in news as
// "not" does, where VADER only dampens ("hardly", "scarcely", "few"
// without "a"). Only [Builtin] reads them so.
var newsNegations = newsRules["negation"]

// shifterReach is how many words after a shifter its object may reach, in
// its clause: "reduce the risk of heart disease" is five.
const shifterReach = 5

// shifters are the words of the shifter rule of data/news-rules.tsv:
// they lessen, end or prevent what their object names ("reduce the risk
// of heart disease"). Only [Builtin] applies them (see shift).
var shifters = newsRules["shifter"]

// negations are VADER's NEGATE list in hearsay's token forms, the
// negation rule of data/vader-rules.tsv.
var negations = vaderRules["negation"]

// boosters are VADER's BOOSTER_DICT, the booster rules of
// data/vader-rules.tsv: degree adverbs that raise (boostIncr) or lower
// (boostDecr) the intensity of the sentiment words after them. Entries of
// several words are matched as phrases of tokens.
var boosters = func() map[string]float64 {
	m := make(map[string]float64, len(vaderRules["booster-up"])+len(vaderRules["booster-down"]))
	for _, w := range vaderRules["booster-up"] {
		m[w] = boostIncr
	}
	for _, w := range vaderRules["booster-down"] {
		m[w] = boostDecr
	}
	return m
}()

// ruleWords are the other words VADER's rules test for.
var ruleWords = map[string]uint16{
	"but": fBut, "least": fLeast, "no": fNo, "at": fAt, "very": fVery,
	"so": fSoThis, "this": fSoThis, "never": fNever, "without": fWithout,
	"doubt": fDoubt, "or": fOrNor, "nor": fOrNor,
}
