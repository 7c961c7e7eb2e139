package nlp

import (
	"encoding/json"
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

type goldSentence struct {
	Index int    `json:"index"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

func TestSeedSentencesMatchGold(t *testing.T) {
	text, err := os.ReadFile("../testdata/venezuela-strike.txt")
	require.NoError(t, err)
	raw, err := os.ReadFile("../testdata/venezuela-strike.gold.json")
	require.NoError(t, err)
	var gold struct {
		Sentences []goldSentence `json:"sentences"`
	}
	require.NoError(t, json.Unmarshal(raw, &gold))
	require.Len(t, gold.Sentences, 31)

	doc := Parse(string(text))
	require.Len(t, doc.Sentences, len(gold.Sentences))
	for i, g := range gold.Sentences {
		s := doc.Sentences[i]
		assert.Equal(t, g.Start, s.Start, "sentence %d start", i)
		assert.Equal(t, g.End, s.End, "sentence %d end", i)
		assert.Equal(t, g.Text, s.Text, "sentence %d text", i)
	}
}

func texts(toks []Token) []string {
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = t.Text
	}
	return out
}

func sentenceTexts(d *Document) []string {
	out := make([]string, len(d.Sentences))
	for i, s := range d.Sentences {
		out[i] = s.Text
	}
	return out
}

func TestTokens(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
		reason     string
	}{
		{"abbreviation keeps its period", "the U.S. on", []string{"the", "U.S.", "on"}, ""},
		{"hyphenated word after abbreviation", "a U.S.-backed plot", []string{"a", "U.S.-backed", "plot"}, ""},
		{"number abbreviation before a number", "ranked No. 5 today", []string{"ranked", "No.", "5", "today"}, ""},
		{"number abbreviation as a word", "She said no.", []string{"She", "said", "no", "."}, `"no" before no number is the word, and its period ends the sentence`},
		{"day abbreviation in lower case", "The cat sat.", []string{"The", "cat", "sat", "."}, `a lowercase "sat" is the verb`},
		{"day abbreviation capitalized", "on Sat. night", []string{"on", "Sat.", "night"}, ""},
		{"hyphens and possessive", "Venezuela’s narco-traffickers", []string{"Venezuela", "’s", "narco-traffickers"}, "the clitic is its own token"},
		{"negation clitic", "they won’t go; don't", []string{"they", "wo", "n’t", "go", ";", "do", "n't"}, ""},
		{"curly quotes kept", "11 “terrorists,” all", []string{"11", "“", "terrorists", ",", "”", "all"}, "token text is the original bytes"},
		{"numbers", "$15 million, 4,000 troops, 3.5%", []string{"$", "15", "million", ",", "4,000", "troops", ",", "3.5", "%"}, ""},
		{"ellipsis and runs", "Wait... what?!", []string{"Wait", "...", "what", "?!"}, ""},
		{"name with apostrophe", "O’Brien said", []string{"O’Brien", "said"}, ""},
		{"emoji and CJK", "好 🙂 ok", []string{"好", "🙂", "ok"}, ""},
		{"invalid byte", "a\xffb", []string{"a", "\xff", "b"}, "each invalid byte is a symbol token"},
		{"NUL is a separator", "a\x00b", []string{"a", "b"}, ""},
		{"party and state", "Graham (R-S.C.) and Merkley (D-Ore.)", []string{"Graham", "(", "R-S.C.", ")", "and", "Merkley", "(", "D-Ore.", ")"}, "US news designations are abbreviations"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, texts(Parse(tt.text).Tokens), tt.reason)
		})
	}
}

func TestNorm(t *testing.T) {
	doc := Parse("Trump’s “CLAIM” didn’t Ärger")
	var norms []string
	for _, tk := range doc.Tokens {
		norms = append(norms, tk.Norm)
	}
	assert.Equal(t, []string{"trump", "'s", "“", "claim", "”", "did", "not", "ärger"}, norms)
}

func TestQuoteDirection(t *testing.T) {
	doc := Parse(`He said "no" and 'maybe' to “it”.`)
	var kinds []Kind
	for _, tk := range doc.Tokens {
		if tk.Kind.IsQuote() {
			kinds = append(kinds, tk.Kind)
		}
	}
	assert.Equal(t, []Kind{OpenQuote, CloseQuote, OpenQuote, CloseQuote, OpenQuote, CloseQuote}, kinds)
}

// A curly double quote typed the wrong way faces the way its spacing
// says; where the spacing is unclear its glyph decides. A directional
// mark or embedding is no letter: it spaces as a space does.
func TestCurlyQuoteTurnedWrongWay(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []Kind
	}{
		{"“It is late,“ he said.", []Kind{OpenQuote, CloseQuote}},
		{"He said ”Wait” and left.", []Kind{OpenQuote, CloseQuote}},
		{"the so-called“experts”", []Kind{OpenQuote, CloseQuote}},
		{"He said:“Go.”", []Kind{OpenQuote, CloseQuote}},
		{"“ Spaced ” marks", []Kind{OpenQuote, CloseQuote}},
		{"He left.\n\n\u202a”Wait for us!” she wrote.", []Kind{OpenQuote, CloseQuote}},
		{"He said \u200f”Wait\u200e” and left.", []Kind{OpenQuote, CloseQuote}},
	} {
		var kinds []Kind
		for _, tk := range Parse(tc.text).Tokens {
			if tk.Kind.IsQuote() {
				kinds = append(kinds, tk.Kind)
			}
		}
		assert.Equal(t, tc.want, kinds, tc.text)
	}
}

func TestSentences(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
		reason     string
	}{
		{"abbreviation inside", "The U.S. Defense Secretary spoke. He left.", []string{"The U.S. Defense Secretary spoke.", "He left."}, ""},
		{"abbreviation at end before starter", "Drugs went to the U.S. The next day, troops left.", []string{"Drugs went to the U.S.", "The next day, troops left."}, ""},
		{"abbreviation at end of line", "Drugs went to the U.S.\nTrump spoke.", []string{"Drugs went to the U.S.", "Trump spoke."}, "a line break after an abbreviation ends the sentence"},
		{"title", "Gen. Smith and Mr. Jones met. They spoke.", []string{"Gen. Smith and Mr. Jones met.", "They spoke."}, ""},
		{"initial", "Donald J. Trump spoke.", []string{"Donald J. Trump spoke."}, ""},
		{"quote inside", `He stated, “Obviously they won’t.” Then he left.`, []string{`He stated, “Obviously they won’t.”`, "Then he left."}, "closing quote stays with its sentence"},
		{"question inside quote", "“Why?” he asked. Nobody knew.", []string{"“Why?” he asked.", "Nobody knew."}, "lower case after ?” continues"},
		{"quotation spanning sentences", "“We will win. They will lose,” she said.", []string{"“We will win.", "They will lose,” she said."}, ""},
		{"CRLF paragraphs", "One here.\r\nTwo here.\r\n\r\nThree", []string{"One here.", "Two here.", "Three"}, ""},
		{"tabs", "One\there.\tTwo.", []string{"One\there.", "Two."}, ""},
		{"heading without full stop", "Strike in the Caribbean\nThe U.S. struck a boat.", []string{"Strike in the Caribbean", "The U.S. struck a boat."}, ""},
		{"hard wrap in lower case", "The boat was\nstruck at night.", []string{"The boat was\nstruck at night."}, "a line starting in lower case continues"},
		{"straight quotes", `He said "stop." She agreed.`, []string{`He said "stop."`, "She agreed."}, ""},
		{"ellipsis mid-sentence", "He paused... and went on.", []string{"He paused... and went on."}, ""},
		{"number after period", "It cost $5. 10 people paid.", []string{"It cost $5.", "10 people paid."}, ""},
		{"exclamation", "Stop! Now.", []string{"Stop!", "Now."}, ""},
		{"no punctuation", "just words here", []string{"just words here"}, ""},
		{"party and state", "Rep. Trey Gowdy (R-S.C.) said that. He left.", []string{"Rep. Trey Gowdy (R-S.C.) said that.", "He left."}, "the periods of (R-S.C.) end no sentence"},
		{"plural title", "Sens. Ann Ray, Bo Lin and Cy Diaz objected. They left.", []string{"Sens. Ann Ray, Bo Lin and Cy Diaz objected.", "They left."}, "Sens. before a list of names ends no sentence"},
		{"plural titles", "Reps. Tom Hale and Drs. Ana Ruiz and Govs. Lena Park met.", []string{"Reps. Tom Hale and Drs. Ana Ruiz and Govs. Lena Park met."}, ""},
		{"plural as a word", "He did ten reps. Then he rested.", []string{"He did ten reps.", "Then he rested."}, "a plural title is a common noun before a sentence opener"},
		{"two-part title", "Lt. Gov. Dan Brill and Lt. Col. Ray Dunn spoke.", []string{"Lt. Gov. Dan Brill and Lt. Col. Ray Dunn spoke."}, ""},
		{"military and clerical titles", "Gen. Al Hart, Col. Bo Kim, Sgt. Cy Orr, Adm. Di Lee and the Rev. Ed Fox met.", []string{"Gen. Al Hart, Col. Bo Kim, Sgt. Cy Orr, Adm. Di Lee and the Rev. Ed Fox met."}, ""},
		{"title and party", "Rep. Maxine Waters (D-Calif.) said so. Dr. Lee agreed.", []string{"Rep. Maxine Waters (D-Calif.) said so.", "Dr. Lee agreed."}, ""},
		{"place abbreviations", "Rangers on Mt. Hood, troops at Ft. Bragg and fans in St. Louis cheered.", []string{"Rangers on Mt. Hood, troops at Ft. Bragg and fans in St. Louis cheered."}, ""},
		{"street at the end", "He lives on Elm St. The house is old.", []string{"He lives on Elm St.", "The house is old."}, "St. before a sentence opener ends the sentence"},
		{"quotation after an abbreviation", "“We won,” said Sen. Ann Lee, R-S.C. “I knew it.”", []string{"“We won,” said Sen. Ann Lee, R-S.C.", "“I knew it.”"}, "a quotation opening with a capital after an abbreviation that is no title starts a sentence"},
		{"quotation after a title", "He met Gov. “Big Jim” Ray.", []string{"He met Gov. “Big Jim” Ray."}, "a title's period ends nothing"},
		{"closing straight quote after a space", `"It is a debate. What does it mean? " Lee asked.`, []string{`"It is a debate.`, `What does it mean? "`, "Lee asked."}, "a straight quote set off by spaces closes the quotation open before it"},
		{"opening straight quote after a space", `"We won." "They lost," Lee said.`, []string{`"We won."`, `"They lost," Lee said.`}, "a straight quote against its first word opens one"},
		{"straight quotes per paragraph", "\"We won.\n\n\" Lee said.", []string{`"We won.`, `" Lee said.`}, "a quotation left open at a paragraph's end is no longer open in the next"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, sentenceTexts(Parse(tt.text)), tt.reason)
		})
	}
}

func TestEmptyAndBlank(t *testing.T) {
	for _, s := range []string{"", "   ", "\n\n\t", "\x00\x00"} {
		d := Parse(s)
		assert.Empty(t, d.Sentences, "%q", s)
		assert.Empty(t, d.Tokens, "%q", s)
	}
}

func TestMaxSentence(t *testing.T) {
	text := strings.Repeat("word ", 3000) // 15,000 bytes, no punctuation
	d, err := (&Parser{MaxSentence: 1000}).Parse(text)
	require.NoError(t, err)
	require.Greater(t, len(d.Sentences), 10)
	for _, s := range d.Sentences {
		assert.LessOrEqual(t, s.Len(), 1000)
	}
	assert.Len(t, Parse(text).Sentences, 4, "the default cap is 4096 bytes")
}

func TestSentenceOf(t *testing.T) {
	d := Parse("One two. Three four. Five.")
	for i := range d.Tokens {
		si := d.SentenceOf(i)
		require.GreaterOrEqual(t, si, 0)
		s := d.Sentences[si]
		assert.True(t, s.Contains(d.Tokens[i].Span))
	}
	assert.Equal(t, -1, d.SentenceOf(len(d.Tokens)))
}

// checkDocument asserts the invariants every Document holds.
func checkDocument(t *testing.T, text string, d *Document) {
	t.Helper()
	boundary := make(map[int]bool, len(text)+1)
	for i := 0; i < len(text); {
		boundary[i] = true
		_, w := utf8.DecodeRuneInString(text[i:])
		i += w
	}
	boundary[len(text)] = true
	prevEnd := 0
	n := 0
	for si, s := range d.Sentences {
		require.Equal(t, si, s.Index)
		require.True(t, 0 <= s.Start && s.Start < s.End && s.End <= len(text), "sentence %d span %v out of bounds", si, s.Span)
		require.GreaterOrEqual(t, s.Start, prevEnd, "sentences overlap or are out of order")
		require.True(t, boundary[s.Start] && boundary[s.End], "sentence %d not on rune boundaries", si)
		require.Equal(t, text[s.Start:s.End], s.Text)
		require.Equal(t, n, s.First)
		for _, tk := range s.Tokens {
			require.True(t, s.Contains(tk.Span), "token %v outside sentence %v", tk.Span, s.Span)
			require.True(t, boundary[tk.Start] && boundary[tk.End] && tk.Start < tk.End)
			require.Equal(t, text[tk.Start:tk.End], tk.Text)
		}
		n += len(s.Tokens)
		prevEnd = s.End
	}
	require.Equal(t, len(d.Tokens), n, "every token belongs to one sentence")
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{
		"", "U.S. troops left. He said “no.”", "a\xffb\x80c", "“‘’”\"'", "Mr. J. Smith Jr. went to D.C.\r\nThen...",
		strings.Repeat("x", 5000), "won’t can't O’Brien 4,000.5", "好。 🙂! ¿Qué? «Oui»",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		d, err := (&Parser{MaxSentence: 200}).Parse(text)
		require.NoError(t, err)
		checkDocument(t, text, d)
		for _, s := range d.Sentences {
			assert.LessOrEqual(t, s.Len(), 200+maxTokenOver(s), "cap holds except for a single long token")
		}
	})
}

// maxTokenOver returns how far the longest token of s could push the
// sentence past the cap: a token longer than the cap stands alone.
func maxTokenOver(s Sentence) int {
	m := 0
	for _, t := range s.Tokens {
		m = max(m, t.Len())
	}
	return m
}

func BenchmarkParse(b *testing.B) {
	for _, bc := range benchTexts(b) {
		b.Run(bc.name, func(b *testing.B) {
			b.SetBytes(int64(len(bc.text)))
			b.ReportAllocs()
			for b.Loop() {
				Parse(bc.text)
			}
		})
	}
}

// BenchmarkParseInto parses into one recycled document, as an analysis
// that pools its documents does.
func BenchmarkParseInto(b *testing.B) {
	for _, bc := range benchTexts(b) {
		b.Run(bc.name, func(b *testing.B) {
			var p Parser
			var d Document
			b.SetBytes(int64(len(bc.text)))
			b.ReportAllocs()
			for b.Loop() {
				_ = p.ParseInto(&d, bc.text)
			}
		})
	}
}

type benchText struct{ name, text string }

// benchTexts returns the seed article and a longer text made of it.
func benchTexts(tb testing.TB) []benchText {
	b, err := os.ReadFile("../testdata/venezuela-strike.txt")
	require.NoError(tb, err)
	seed := string(b)
	return []benchText{{"seed", seed}, {"seed-x50", strings.Repeat(seed+"\n", 50)}}
}

func TestParseIntoReuses(t *testing.T) {
	var p Parser
	var d Document
	long := strings.Repeat("Officials said it. ", 200)
	require.NoError(t, p.ParseInto(&d, long))
	want := Parse("He left. She stayed.")
	require.NoError(t, p.ParseInto(&d, "He left. She stayed."))
	assert.Equal(t, want.Sentences, d.Sentences)
	assert.Equal(t, want.Tokens, d.Tokens)
	assert.Empty(t, d.Tokens[len(d.Tokens):cap(d.Tokens)][0].Text, "the reused tail holds no old strings")
	checkDocument(t, "He left. She stayed.", &d)
}
