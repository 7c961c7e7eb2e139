package hearsay

import (
	"context"
	"errors"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// countdown is a context that is done after its Err has been asked n
// times: it shows where the analysis looks, without timing anything.
type countdown struct {
	context.Context
	n atomic.Int64
}

func (c *countdown) Err() error {
	if c.n.Add(-1) < 0 {
		return context.Canceled
	}
	return nil
}

func TestAnalyzeContext(t *testing.T) {
	text := strings.Repeat("Officials said the strike may continue. ", 3000)
	var a Analyzer

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := a.AnalyzeContext(ctx, text)
	assert.ErrorIs(t, err, context.Canceled, "a done context: no analysis")

	full, err := a.AnalyzeContext(context.Background(), text)
	require.NoError(t, err)
	plain, err := a.Analyze(text)
	require.NoError(t, err)
	assert.Equal(t, plain, full, "a live context changes nothing")

	// Done after the stages before extraction have looked: extraction or
	// scoring notices it part way through the 3,000 sentences.
	for n := int64(1); n <= 6; n++ {
		c := &countdown{Context: context.Background()}
		c.n.Store(n)
		r, err := a.AnalyzeContext(c, text)
		assert.True(t, errors.Is(err, context.Canceled), "done after %d looks: %v", n, err)
		assert.Nil(t, r)
	}
}
