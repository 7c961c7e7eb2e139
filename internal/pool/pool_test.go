package pool

import (
	"sync"
	"testing"
)

type scratch struct{ buf []byte }

func newPool() *Pool[scratch] {
	return New(func(s *scratch) bool {
		s.buf = s.buf[:0]
		return Fits(64, cap(s.buf))
	})
}

func TestPool(t *testing.T) {
	p := newPool()
	s := p.Get()
	if s == nil || len(s.buf) != 0 {
		t.Fatalf("Get: %v", s)
	}
	s.buf = append(s.buf, "abc"...)
	p.Put(s)
	// sync.Pool may drop what it holds at any time; whatever comes back
	// was reset.
	if s := p.Get(); len(s.buf) != 0 {
		t.Errorf("a value from the pool was not reset: %q", s.buf)
	}
	p.Put(nil) // no panic
}

func TestFits(t *testing.T) {
	if !Fits(8) || !Fits(8, 0, 8) || Fits(8, 1, 9) {
		t.Error("Fits")
	}
}

func TestConcurrent(t *testing.T) {
	p := newPool()
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			for range 1000 {
				s := p.Get()
				if len(s.buf) != 0 {
					t.Error("not reset")
					return
				}
				s.buf = append(s.buf, 'x')
				p.Put(s)
			}
		})
	}
	wg.Wait()
}

// BenchmarkGetPut measures a Get and a Put, against BenchmarkSyncPool,
// the sync.Pool with a type assertion that the stages used before.
func BenchmarkGetPut(b *testing.B) {
	p := newPool()
	b.ReportAllocs()
	for b.Loop() {
		s := p.Get()
		s.buf = append(s.buf, 'x')
		p.Put(s)
	}
}

func BenchmarkSyncPool(b *testing.B) {
	p := sync.Pool{New: func() any { return new(scratch) }}
	b.ReportAllocs()
	for b.Loop() {
		s := p.Get().(*scratch)
		s.buf = append(s.buf, 'x')
		if cap(s.buf) <= 64 {
			s.buf = s.buf[:0]
			p.Put(s)
		}
	}
}
