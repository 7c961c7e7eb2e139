package attribution

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestNameKey(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Donald Trump", "donald trump"},
		{"Mr. Trump", "trump"},
		{"President Donald J. Trump", "donald trump"},
		{"Trump’s", "trump"},
		{"Sen.  Bernie\u00a0Sanders", "bernie sanders"},
		{"Mrs. Clinton", "clinton"},
		{"the Pentagon", "pentagon"},
		{"The Associated Press", "associated press"},
		{"the president", "president"},
		{"officials", "officials"},
		{"Officials", "officials"},
		{"Democrats'", "democrats"},
		{"Rival Hillary Clinton", "hillary clinton"},
		{"Republican presidential nominee Donald Trump", "donald trump"},
		{"Donald Trump’s campaign", "donald trump's campaign"},
		{"the Republican National Committee", "republican national committee"},
		{"two Democratic speechwriters", "two democratic speechwriters"},
		{"", ""},
	} {
		assert.Equal(t, tc.want, NameKey(tc.in), tc.in)
	}
}

// TestLowerAlready holds lowerAlready to strings.ToLower(s) == s, on
// ASCII, on other scripts, on U+FFFD and on invalid UTF-8.
func TestLowerAlready(t *testing.T) {
	for _, s := range []string{
		"", "budget office", "Budget office", "budget Office", "the U.S. office", "café", "Café",
		"ünd", "Ünd", "σοφία", "Σοφία", "i̇stanbul", "İstanbul", "ǅ", "ǆ", "\ufffd", "a\xffb", "\xe2\x80",
		"straße", "ﬁne", "123 main st.", "o'neill", "ʼapostrophe", "Ⅻ", "ⅻ",
	} {
		if got, want := lowerAlready(s), strings.ToLower(s) == s; got != want {
			t.Errorf("lowerAlready(%q) = %v, want %v", s, got, want)
		}
	}
}
