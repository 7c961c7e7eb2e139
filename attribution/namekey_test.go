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
		{"", ""},
	} {
		assert.Equal(t, tc.want, NameKey(tc.in), tc.in)
	}
}
