package attribution

import "unsafe"

//go:generate go test -run TestModelWeightsGenerated -update .

// builtinWeights returns the weight table generated for a built-in model
// (model_weights_gen.go) when data is that model's embedded file, and nil
// for any other data. Decoding a model writes every page of a fresh
// table of 2^16 weights, 256 KB a model; a generated table is read from
// the program's binary a page at a time as the weights are used.
// TestModelWeightsGenerated holds the tables to the files.
func builtinWeights(data []byte) []float32 {
	for _, b := range [...]struct {
		data    []byte
		weights []float32
	}{
		{cueModelData, cueWeights[:]},
		{sourceModelData, sourceWeights[:]},
		{contentModelData, contentWeights[:]},
	} {
		if len(data) == len(b.data) && len(data) > 0 && unsafe.SliceData(data) == unsafe.SliceData(b.data) {
			return b.weights
		}
	}
	return nil
}
