//go:build !race

package hearsay

const raceEnabled = false
