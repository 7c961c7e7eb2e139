package learn_test

import (
	"fmt"

	"github.com/hearsay-go/hearsay/internal/learn"
)

// A model learns from hashed features which of them tell a positive
// example; the same examples, options and seed give the same model.
func Example() {
	const bits = 10
	feature := func(name string) uint32 { return learn.NewHash('w').String(name).Index(bits) }
	said, tree := feature("said"), feature("tree")
	var ex []learn.Example
	for range 50 {
		ex = append(ex, learn.Example{Features: []uint32{said}, Label: true}, learn.Example{Features: []uint32{tree}})
	}
	m, err := learn.Train(ex, learn.TrainOptions{Bits: bits, Seed: 1})
	if err != nil {
		panic(err)
	}
	fmt.Printf("said %.2f, tree %.2f\n", learn.Prob(m.Score([]uint32{said})), learn.Prob(m.Score([]uint32{tree})))
	// Output: said 0.93, tree 0.07
}
