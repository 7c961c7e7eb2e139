package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hearsay-go/hearsay/internal/evaluate"
)

// trainDir is where PolNeAR's training split lives beside the repository;
// POLNEAR_TRAIN_DIR overrides it.
func trainDir(t *testing.T) string {
	dir, err := evaluate.FindSet("polnear-train", "POLNEAR_TRAIN_DIR")
	if err != nil {
		t.Skip(err)
	}
	return dir
}

// TestCommittedModelIsReproducible runs the training command as the model
// README gives it and checks that it writes the embedded models, byte for
// byte: the weights in the repository are what the command makes.
func TestCommittedModelIsReproducible(t *testing.T) {
	if testing.Short() {
		t.Skip("trains a model")
	}
	dir := trainDir(t)
	tmp := t.TempDir()
	var log bytes.Buffer
	require.NoError(t, run([]string{"-data", dir, "-folds", "0", "-out", filepath.Join(tmp, "cue.model"), "-source-out", filepath.Join(tmp, "source.model"), "-content-out", filepath.Join(tmp, "content.model")}, &log))
	for _, name := range []string{"cue.model", "source.model", "content.model"} {
		got, err := os.ReadFile(filepath.Join(tmp, name))
		require.NoError(t, err)
		want, err := os.ReadFile(filepath.Join("..", "..", "attribution", "model", name))
		require.NoError(t, err)
		assert.True(t, bytes.Equal(want, got), "attribution/model/%s is not what the training command makes: retrain it\n%s", name, log.String())
	}
}

func TestRunRefuses(t *testing.T) {
	var log bytes.Buffer
	assert.Error(t, run(nil, &log), "no -data")
	assert.Error(t, run([]string{"-data", t.TempDir()}, &log), "no articles")
	err := run([]string{"-data", "x", "-nonsense"}, &log)
	require.Error(t, err)
	assert.True(t, strings.Contains(err.Error(), "nonsense"), "%v", err)
}
