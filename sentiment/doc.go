// Package sentiment scores the valence of sentences and statements: how
// positive or negative they are, and which words make them so.
//
// It implements VADER (Hutto & Gilbert, "VADER: A Parsimonious Rule-based
// Model for Sentiment Analysis of Social Media Text", ICWSM 2014) on
// hearsay's tokens ([nlp.Token]): a lexicon of about 7,500 words,
// emoticons and slang rated from -4 to +4, and rules that adjust each
// word's valence for its context. The result, a [Valence], has VADER's
// compound score and positive, negative and neutral shares, and lists the
// words that contributed with their byte spans in the input.
//
// # Why not a Go port of VADER
//
// The lexicon is VADER's, compiled into the program (data/vader_lexicon.txt,
// MIT licence, C.J. Hutto; see data/LICENSE-vader.txt; its terms as
// builtin_gen.go), and the rules are
// re-implemented here rather than taken from a port such as
// github.com/jonreiter/govader, for two reasons. hearsay reports every
// finding with its byte span, so the analyser must say which words
// contributed and where, which VADER's interface (a string in, four
// numbers out) does not; and it works on the tokens hearsay has already
// made, so a sentence is not split again. And news is not VADER's home
// ground: its lexicon was rated for social media, and a few frequent news
// words carry a valence from another sense ("party", "like"). hearsay's
// adjustments (data/news.tsv) and the words of its news rules
// (data/news-rules.tsv) are data, laid over VADER's lexicon and rules,
// and [VADER] gives the lexicon as published.
//
// # Rules
//
// As in VADER, with the paper's constants:
//
//   - Negation: "not", "never", "no", "n't", "without" and the rest of
//     VADER's list (data/vader-rules.tsv), up to three words before a
//     sentiment word, multiply its valence by -0.74. Exceptions: "never so good" strengthens,
//     "without doubt" does not negate, "at least" and "very least" do not
//     negate while "least good" does.
//   - Intensifiers: boosters ("very", "extremely") and dampeners
//     ("slightly", "kind of"; data/vader-rules.tsv) up to three words
//     before add or subtract 0.293, less with distance.
//   - Contrast: after the first "but" words weigh 1.5 times, before it
//     half.
//   - Capitals: a sentiment word or booster in ALL CAPS gains 0.733 when
//     the text mixes cases.
//   - Punctuation: each "!" (up to four) adds 0.292 to the magnitude of
//     the sum; two or three "?" add 0.18 each, more add 0.96.
//   - Idioms: phrases such as "kiss of death" or "in the red" score as
//     one unit (data/vader_idioms.tsv).
//
// [Builtin], hearsay's reading of news, adds rules that [VADER] does
// not have:
//
//   - Shifters: a word that lessens, ends or prevents ("reduce",
//     "prevent", "curb", "fewer") negates a negative word up to five words
//     after it in its clause, as "not" does, and loses its own negative
//     valence: "reduce the risk of heart disease" is good news. A negated
//     shifter shifts nothing ("did not reduce crime" stays bad).
//   - "hardly" and "scarcely" negate, as "not" does, rather than dampen;
//     so does "few" ("few useful clues"), though not "a few".
//   - Predicates: a sentiment word up to three words after "is", "are",
//     "was", "were", "been" or "being", in its clause, weighs 1.5 times,
//     as what follows "but" does: it is what the clause asserts ("the
//     plan is absurd"). "be" is left out: it follows a modal or "to",
//     and "would be a disaster" states no verdict.
//   - Irrealis: a sentiment word after "would", "could", "might", "may"
//     or "if" in its clause weighs half, as what precedes "but" does:
//     "it would be a disaster" supposes and asserts nothing ("May" the
//     month, [nlp.MonthMay], is no modal).
//   - Negativity: a word that counts as good after the other rules weighs
//     two thirds (SO-CAL's 1.5 to 1 for bad against good; Taboada et al.
//     2011), since a news reader weighs bad news more than good.
//
// The compound score is x/sqrt(x²+15) for the sum x of the valences.
//
// Differences from vaderSentiment.py: text is split by hearsay's tokenizer
// rather than at whitespace, so "don't" is two tokens ("do", "n't") and
// punctuation is not part of a word; a lexicon phrase, emoticons
// included, is matched as a sequence of tokens; and the rules are as the
// paper describes them where the Python code slips ("but" weighting by
// position, not by value; "never so" needing "never").
//
// # Lexicons
//
// [Builtin] is VADER's lexicon with hearsay's news adjustments; [VADER] is
// the lexicon as published; [Load] reads a caller's own, in VADER's
// format, and [Lexicon.With] lays one lexicon over another.
//
// # Concurrency
//
// An [Analyzer] and a [Lexicon] are safe for concurrent use. Scoring a
// sentence allocates only the returned Words.
package sentiment
