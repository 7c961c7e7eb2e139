package main

import (
	"context"
	"sync"
	"time"
)

// A memBudget hands out bytes of a fixed budget to requests, first come
// first served. It is safe for concurrent use.
type memBudget struct {
	mu      sync.Mutex
	limit   int64
	used    int64
	waiters []*budgetWaiter // in arrival order
}

type budgetWaiter struct {
	n     int64
	ready chan struct{} // closed once the bytes are granted
}

func newMemBudget(limit int64) *memBudget { return &memBudget{limit: limit} }

// clamp bounds a request to the whole budget, so that one request larger
// than the budget still runs, alone.
func (b *memBudget) clamp(n int64) int64 { return max(0, min(n, b.limit)) }

// acquire takes n bytes, waiting at most wait (and while ctx is not done)
// for them to be free. It returns the bytes taken, to be given back with
// release, or false when they could not be had in time.
func (b *memBudget) acquire(ctx context.Context, n int64, wait time.Duration) (int64, bool) {
	n = b.clamp(n)
	b.mu.Lock()
	if len(b.waiters) == 0 && b.used+n <= b.limit {
		b.used += n
		b.mu.Unlock()
		return n, true
	}
	if wait <= 0 {
		b.mu.Unlock()
		return 0, false
	}
	w := &budgetWaiter{n: n, ready: make(chan struct{})}
	b.waiters = append(b.waiters, w)
	b.mu.Unlock()

	t := time.NewTimer(wait)
	defer t.Stop()
	select {
	case <-w.ready:
		return n, true
	case <-t.C:
	case <-ctx.Done():
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	select {
	case <-w.ready: // granted while timing out: give it back
		b.used -= n
		b.grant()
		return 0, false
	default:
	}
	for i, x := range b.waiters {
		if x == w {
			b.waiters = append(b.waiters[:i], b.waiters[i+1:]...)
			break
		}
	}
	b.grant() // a large waiter leaving may let smaller ones in
	return 0, false
}

// release gives back n bytes.
func (b *memBudget) release(n int64) {
	if n <= 0 {
		return
	}
	b.mu.Lock()
	b.used -= n
	b.grant()
	b.mu.Unlock()
}

// grant wakes the waiters at the head of the queue that now fit. b.mu is
// held.
func (b *memBudget) grant() {
	for len(b.waiters) > 0 && b.used+b.waiters[0].n <= b.limit {
		w := b.waiters[0]
		b.waiters = b.waiters[1:]
		b.used += w.n
		close(w.ready)
	}
}

// inUse returns the bytes taken now.
func (b *memBudget) inUse() int64 {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.used
}

// What a request costs, in bytes of the budget. The factors are measured
// (scripts/serve-load.sh prints the figures they bound): a 1 MB text of
// short attributed sentences ("He said it. " repeated), the densest there
// is, holds a 52 MB report once analyzed and peaks at about 100 MB more
// while it is analyzed.
const (
	requestOverhead      = 64 << 10 // headers, buffers, goroutine
	analysisBytesPerByte = 160      // text, analysis and the report being built
	replyBytesPerByte    = 64       // text and the finished report while it is written
	// memLimitHeadroom is what the runtime may use beyond the budget
	// (GOMEMLIMIT = budget + headroom): the server's own code, models and
	// lexicons, and garbage not yet collected.
	memLimitHeadroom = 96 << 20
)

func analysisCost(textBytes int) int64 {
	return requestOverhead + int64(textBytes)*analysisBytesPerByte
}

func replyCost(textBytes int) int64 {
	return requestOverhead + int64(textBytes)*replyBytesPerByte
}

// A lease is one request's share of the memory budget, and its deadline.
type lease struct {
	b        *memBudget
	n        int64
	deadline time.Time // the end of the write time-out; zero for none
}

// shrink gives back what the lease holds beyond n bytes.
func (l *lease) shrink(n int64) {
	if n = l.b.clamp(n); n < l.n {
		l.b.release(l.n - n)
		l.n = n
	}
}

// done gives back the whole lease.
func (l *lease) done() {
	l.b.release(l.n)
	l.n = 0
}

// queued returns the number of requests waiting.
func (b *memBudget) queued() int {
	b.mu.Lock()
	defer b.mu.Unlock()
	return len(b.waiters)
}
