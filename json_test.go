package hearsay

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestWriteJSONMatchesEncodingJSON checks that the streaming encoder writes
// exactly what encoding/json writes for the whole report, compact and
// indented.
func TestWriteJSONMatchesEncodingJSON(t *testing.T) {
	seed, _ := loadSeed(t)
	for _, text := range []string{seed, "", "He said “<b>&</b>”."} {
		r, err := Analyze(text)
		require.NoError(t, err)
		for _, id := range []string{"", "doc-1"} {
			r.ID = id
			for _, indent := range []bool{false, true} {
				var want bytes.Buffer
				enc := json.NewEncoder(&want)
				enc.SetEscapeHTML(false)
				if indent {
					enc.SetIndent("", "  ")
				}
				require.NoError(t, enc.Encode(r))
				var got bytes.Buffer
				require.NoError(t, WriteJSON(&got, r, indent))
				assert.Equal(t, want.String(), got.String(), "indent %v, id %q", indent, id)
			}
		}
	}
}
