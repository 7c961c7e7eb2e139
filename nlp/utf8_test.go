package nlp

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestInvalidUTF8(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want int
	}{
		{"", -1},
		{"plain", -1},
		{"“curly” é 🙂", -1},
		{"ok \xff bad", 3},
		{"\xe2\x80", 0},                   // a cut-off rune
		{"é\xed\xa0\x80", 2},              // an encoded surrogate
		{"abc\xc0\xaf", 3},                // an overlong form
		{"\U0010FFFF\xf4\x90\x80\x80", 4}, // beyond U+10FFFF
	} {
		assert.Equal(t, tc.want, InvalidUTF8(tc.in), "%q", tc.in)
	}
}
