package lexicon

import (
	"strings"
	"testing"

	"github.com/hearsay-go/hearsay/nlp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseStrict(t *testing.T) {
	tests := []struct {
		name, src string
		err       string // "" when it parses
		reason    string
	}{
		{"decimal weights", "a\tloaded\tlabel\t0.5\nb\tloaded\tlabel\t.25\nc\tloaded\tlabel\t1\nd\tloaded\tlabel\t1.0\ne\tloaded\tlabel\t0\n", "", "the usual forms"},
		{"hex float", "a\tloaded\tlabel\t0x1p-1\n", `x.tsv:1: weight "0x1p-1" is not a decimal number in [0, 1]`, "strconv reads it as 0.5"},
		{"exponent", "a\tloaded\tlabel\t5e-1\n", `x.tsv:1: weight "5e-1" is not a decimal`, "decimal only"},
		{"nan", "a\tloaded\tlabel\tNaN\n", `weight "NaN" is not a decimal`, "not a number"},
		{"inf", "a\tloaded\tlabel\tinf\n", `weight "inf" is not a decimal`, "not in [0, 1]"},
		{"sign", "a\tloaded\tlabel\t+0.5\n", `weight "+0.5" is not a decimal`, "no sign"},
		{"underscore", "a\tloaded\tlabel\t0_5\n", `weight "0_5" is not a decimal`, "no separators"},
		{"two points", "a\tloaded\tlabel\t0.5.1\n", `weight "0.5.1" is not a decimal`, "one point"},
		{"over one", "a\tloaded\tlabel\t1.5\n", `weight "1.5" is not a decimal number in [0, 1]`, "out of range"},
		{"NUL in term", "no\x00evidence\tevidence-absent\tphrase\t0.6\n", `x.tsv:1: term "no\x00evidence" holds the control or invalid character U+0000`, "a NUL"},
		{"control in term", "a\x1bb\tloaded\tlabel\t0.5\n", "holds the control or invalid character U+001B", "an escape"},
		{"C1 control", "a\u0085b\tloaded\tlabel\t0.5\n", "holds the control or invalid character U+0085", "next line"},
		{"inner spaces", "no  evidence\tevidence-absent\tphrase\t0.6\n", "", "two spaces are one"},
		{"duplicate by spacing", "no evidence\tevidence-absent\tphrase\t0.6\nno   evidence\tevidence-absent\tphrase\t0.7\n",
			`x.tsv:2: duplicate evidence-absent entry "no evidence" (first at line 1; "no   evidence" is the same term, spaces between words count once)`, "one term, however spaced"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l, err := Parse(strings.NewReader(tt.src), "x.tsv")
			if tt.err == "" {
				require.NoError(t, err, tt.reason)
				assert.NotZero(t, l.Len())
				return
			}
			require.Error(t, err, tt.reason)
			assert.Contains(t, err.Error(), tt.err, tt.reason)
		})
	}
}

// TestMergeSpacedTerm checks that a user's "no  evidence" replaces the
// built-in "no evidence" instead of adding a second entry that doubles
// the finding.
func TestMergeSpacedTerm(t *testing.T) {
	user, err := Parse(strings.NewReader("no  evidence\tevidence-absent\tphrase\t0.9\n"), "user.tsv")
	require.NoError(t, err)
	e, ok := user.Lookup("no evidence", EvidenceAbsent)
	require.True(t, ok)
	assert.Equal(t, "no evidence", e.Term)
	l := Merge(Default(), user)
	assert.Equal(t, Default().Len(), l.Len(), "replaced, not added")
	doc := nlp.Parse("There is no evidence of it.")
	var got []Match
	for _, m := range l.Match(doc) {
		if m.Entry.Category == EvidenceAbsent {
			got = append(got, m)
		}
	}
	require.Len(t, got, 1, "one finding, not two")
	assert.Equal(t, 0.9, got[0].Entry.Weight, "the user's weight")
}
