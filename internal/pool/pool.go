// Package pool recycles the working memory of one call of an analysis
// stage (a tokenizer's arena, a matcher's scratch slices, the rules'
// per-token tables) between calls, so that analyzing a document costs
// few allocations beyond its result.
package pool

import "sync"

// A Pool recycles values of type T. Every value it hands out went
// through reset, or is new: reset clears what a value still holds of its
// last use (so that the pool keeps no document alive) and reports
// whether the value is worth keeping (not grown too large by a huge
// input). A Pool is safe for concurrent use.
type Pool[T any] struct {
	p     sync.Pool
	reset func(*T) bool
}

// New returns a pool of values of type T reset by reset.
func New[T any](reset func(*T) bool) *Pool[T] {
	return &Pool[T]{reset: reset}
}

// Get returns a value from the pool, or a new zero value.
func (p *Pool[T]) Get() *T {
	if v, ok := p.p.Get().(*T); ok {
		return v
	}
	return new(T)
}

// Put resets x and keeps it for a later Get when reset says so. x must
// not be used after.
func (p *Pool[T]) Put(x *T) {
	if x != nil && p.reset(x) {
		p.p.Put(x)
	}
}

// Fits reports whether every capacity in caps is at most limit: the usual
// test of whether a value's slices are small enough to keep.
func Fits(limit int, caps ...int) bool {
	for _, c := range caps {
		if c > limit {
			return false
		}
	}
	return true
}
