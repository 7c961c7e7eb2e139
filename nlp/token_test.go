package nlp

import "testing"

// TestMonthMay checks the month against the modal, alone and with the
// sentence inside a document, where the sentence starts after a full stop.
func TestMonthMay(t *testing.T) {
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"The dam failed in May.", true},
		{"May 26 was the deadline.", true},
		{"Prime Minister Theresa May spoke.", true},
		{"May the best team win.", false},
		{"The talks may fail.", false},
		{"It rained. May the talks fail.", false},
		{"“May the talks fail,” he said.", false},
	} {
		doc := Parse(tt.text)
		got, found := false, false
		for i := range doc.Tokens {
			if doc.Tokens[i].Norm == "may" {
				got, found = MonthMay(doc.Tokens, i), true
			}
		}
		if !found || got != tt.want {
			t.Errorf("%q: MonthMay = %v (found %v), want %v", tt.text, got, found, tt.want)
		}
	}
}
