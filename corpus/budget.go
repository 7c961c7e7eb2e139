package corpus

import (
	"context"
	"sync"
)

// A budget counts the bytes reserved by the documents in flight against a
// limit. A reservation that does not fit waits until enough is released,
// except when nothing is reserved, so that a document smaller than the
// limit always gets through.
type budget struct {
	mu   sync.Mutex
	used int64
	max  int64
	peak int64
	wake chan struct{} // closed and replaced on every release
}

func newBudget(max int64) *budget {
	return &budget{max: max, wake: make(chan struct{})}
}

func (b *budget) fits(n int64) bool { return b.used == 0 || b.used+n <= b.max }

func (b *budget) take(n int64) {
	b.used += n
	b.peak = max(b.peak, b.used)
}

// tryAcquire reserves n bytes if they fit now.
func (b *budget) tryAcquire(n int64) bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	if !b.fits(n) {
		return false
	}
	b.take(n)
	return true
}

// acquire reserves n bytes, waiting until they fit or ctx is done; it
// reports whether it reserved them.
func (b *budget) acquire(ctx context.Context, n int64) bool {
	for {
		b.mu.Lock()
		if b.fits(n) {
			b.take(n)
			b.mu.Unlock()
			return true
		}
		wake := b.wake
		b.mu.Unlock()
		select {
		case <-wake:
		case <-ctx.Done():
			return false
		}
	}
}

// force reserves n bytes without waiting: for a document whose output
// turned out larger than its reservation, which must not wait for
// documents that wait for it.
func (b *budget) force(n int64) {
	b.mu.Lock()
	b.take(n)
	b.mu.Unlock()
}

// release returns n bytes.
func (b *budget) release(n int64) {
	if n == 0 {
		return
	}
	b.mu.Lock()
	b.used -= n
	close(b.wake)
	b.wake = make(chan struct{})
	b.mu.Unlock()
}

// peakUsed is the most bytes reserved at once so far.
func (b *budget) peakUsed() int64 {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.peak
}
