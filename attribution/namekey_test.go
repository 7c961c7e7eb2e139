package attribution

import (
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
