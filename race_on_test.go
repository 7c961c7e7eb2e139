//go:build race

package hearsay

// raceEnabled scales the hostile inputs down: the race detector makes the
// analysis about ten times slower.
const raceEnabled = true
