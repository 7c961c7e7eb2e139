package host_test

import (
	"fmt"

	"github.com/hearsay-go/hearsay/bench/internal/host"
)

func ExampleReadCPUStat() {
	before, ok := host.ReadCPUStat()
	if !ok {
		fmt.Println("no /proc/stat here")
		return
	}
	// ... run something ...
	after, _ := host.ReadCPUStat()
	busy := float64(after.Busy-before.Busy) / host.TicksPerSecond
	fmt.Println(busy >= 0)
	// Output: true
}
