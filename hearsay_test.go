package hearsay

import (
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// gold is the hand annotation of the seed article, testdata/venezuela-strike.gold.json.
type gold struct {
	Sentences []struct {
		Index        int      `json:"index"`
		Start        int      `json:"start"`
		End          int      `json:"end"`
		Text         string   `json:"text"`
		Hedges       []string `json:"hedges"`
		Boosters     []string `json:"boosters"`
		Loaded       []string `json:"loaded"`
		Band         string   `json:"band"`
		Attributions []struct {
			Cue        string  `json:"cue"`
			Source     string  `json:"source"`
			Resolved   *string `json:"resolved"`
			Stance     string  `json:"stance"`
			SourceKind string  `json:"source_kind"`
		} `json:"attributions"`
		Evidence []struct {
			Phrase string `json:"phrase"`
			Kind   string `json:"kind"`
		} `json:"evidence"`
	} `json:"sentences"`
}

func loadSeed(t testing.TB) (string, gold) {
	t.Helper()
	text, err := os.ReadFile("testdata/venezuela-strike.txt")
	require.NoError(t, err)
	raw, err := os.ReadFile("testdata/venezuela-strike.gold.json")
	require.NoError(t, err)
	var g gold
	require.NoError(t, json.Unmarshal(raw, &g))
	return string(text), g
}

// TestSeedFindings checks that every hedge, booster, loaded term and
// evidence phrase of the gold annotation is covered by a finding of its
// category in its sentence.
func TestSeedFindings(t *testing.T) {
	text, g := loadSeed(t)
	r, err := Analyze(text)
	require.NoError(t, err)
	require.Len(t, r.Statements, len(g.Sentences))
	for i, gs := range g.Sentences {
		st := r.Statements[i]
		check := func(cat Category, phrase string) {
			at := strings.Index(gs.Text, phrase)
			require.GreaterOrEqual(t, at, 0, "gold phrase %q not in sentence %d", phrase, i)
			start := gs.Start + at
			end := start + len(phrase)
			for _, f := range st.Findings {
				if f.Category == cat && f.Start < end && start < f.End {
					return
				}
			}
			t.Errorf("sentence %d: no %s finding covers %q; found %v", i, cat, phrase, describe(st.Findings))
		}
		for _, h := range gs.Hedges {
			check(Hedge, h)
		}
		for _, b := range gs.Boosters {
			check(Booster, b)
		}
		for _, l := range gs.Loaded {
			check(Loaded, l)
		}
		for _, e := range gs.Evidence {
			check(Category("evidence-"+e.Kind), e.Phrase)
		}
	}
}

func describe(fs []Finding) []string {
	var out []string
	for _, f := range fs {
		out = append(out, string(f.Category)+":"+f.Text)
	}
	return out
}

func TestFindingTraps(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // category:text of every finding
		reason     string
	}{
		{"month May", "The vote took place on May 5.", nil, "May the month is not the modal"},
		{"modal may", "The vote may take place soon.", []string{"hedge:may"}, ""},
		{"suspect the noun", "The suspect was arrested on Tuesday.", nil, "suspect is not suspected"},
		{"suspected the adjective", "Police seized a suspected drug boat.", []string{"hedge:suspected"}, ""},
		{"could inside evidence phrase", "The account could not be independently verified.", []string{"evidence-absent:could not be independently verified"}, "the longer evidence phrase wins over the modal"},
		{"insurance claims", "Insurance claims rose by 4 percent last year.", nil, "claims here is no hedge or attribution"},
		{"partial quote in reported content", "The vessel carried 11 “terrorists,” he said later.", []string{"loaded:terrorists"}, "the quotation lies inside the content he is reported to have said: his own word, a partial quote"},
		{"speech, not scare quote", "“Never,” he said.", nil, "a quotation opening the sentence and followed by a cue is speech"},
		{"quoted label after a cue", "She called them “thugs.”", []string{"loaded:thugs"}, "quoted right after a cue: the source's word, not the writer's distance"},
		{"quoted sentence", "They wrote “we stop here. Others go on.”", nil, "not a short phrase"},
		{"quoted title", "The navy began “Operation Southern Spear” on Monday.", nil, "a capitalized name or title in quotes names something"},
		{"quoted capitalized word", "Members of the “Squad” met on Tuesday.", []string{"scare-quote:“Squad”"}, "one capitalized word can still be held at a distance"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := Analyze(tt.text)
			require.NoError(t, err)
			var got []string
			for _, s := range r.Statements {
				got = append(got, describe(s.Findings)...)
			}
			assert.Equal(t, tt.want, got, tt.reason)
		})
	}
}
