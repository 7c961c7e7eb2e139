package evaluate

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// polnearDir is where the PolNeAR development set lives beside the
// repository; POLNEAR_DIR overrides it. The data is never copied into the
// repository.
func polnearDir(t *testing.T) string {
	dir := os.Getenv("POLNEAR_DIR")
	if dir == "" {
		dir = filepath.Join("..", "..", "..", "shared", "eval", "polnear-dev")
	}
	if _, err := os.Stat(filepath.Join(dir, "text")); err != nil {
		t.Skipf("PolNeAR data not found at %s (set POLNEAR_DIR)", dir)
	}
	return dir
}

// TestPolNeAR scores attribution on the PolNeAR development set and prints
// the report: go test ./internal/evaluate -run 'TestPolNeAR$' -v
func TestPolNeAR(t *testing.T) {
	dir := polnearDir(t)
	var out strings.Builder
	opt := PolNeAROptions{Tag: os.Getenv("POLNEAR_TAG") != ""}
	if f := os.Getenv("POLNEAR_ERRORS"); f != "" {
		w, err := os.Create(f)
		require.NoError(t, err)
		defer w.Close()
		opt.Errors = w
	}
	res, err := PolNeAR(dir, &out, opt)
	require.NoError(t, err)
	t.Log("\n" + out.String())
	assert.Equal(t, 84, res.Articles)
	assert.Greater(t, res.CueF1, 0.5)
}
