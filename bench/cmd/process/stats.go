package main

import (
	"slices"
	"time"
)

// A sample is one process's measurement.
type sample struct {
	wall   time.Duration
	cpu    time.Duration // the process's user + system time
	maxRSS int64         // peak resident set, bytes (rusage ru_maxrss)
	others time.Duration // CPU time the rest of the machine used during the run
	out    output
}

// median is the middle value of xs, or the mean of the two middle values
// when there is an even number of them; 0 for none.
func median[T ~int64 | ~float64](xs []T) T {
	if len(xs) == 0 {
		return 0
	}
	s := slices.Clone(xs)
	slices.Sort(s)
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}

// A summary is one contender's runs at one setting.
type summary struct {
	runs           int
	wall, min, max time.Duration // median, fastest, slowest
	cpu            time.Duration // median user + system time
	rss, maxRSS    int64         // median and largest peak RSS, bytes
	busy           float64       // median share of its cores the process used, %
	others         float64       // median share of the machine the rest used, %
	out            output        // the output of the last run
	same           bool          // every run wrote the same bytes
}

// summarize reduces runs at cores cores on a machine of ncpu CPUs.
func summarize(runs []sample, cores, ncpu int) summary {
	s := summary{runs: len(runs), same: true}
	if len(runs) == 0 {
		return s
	}
	var walls, cpus []time.Duration
	var rss []int64
	var busy, others []float64
	for _, r := range runs {
		walls = append(walls, r.wall)
		cpus = append(cpus, r.cpu)
		rss = append(rss, r.maxRSS)
		busy = append(busy, share(r.cpu, r.wall, cores))
		others = append(others, share(r.others, r.wall, ncpu))
		s.same = s.same && r.out.sum == runs[0].out.sum
	}
	s.wall = median(walls)
	s.cpu = median(cpus)
	s.min, s.max = slices.Min(walls), slices.Max(walls)
	s.rss, s.maxRSS = median(rss), slices.Max(rss)
	s.busy, s.others = median(busy), median(others)
	s.out = runs[len(runs)-1].out
	return s
}

// share is cpu as a percentage of wall × cores.
func share(cpu, wall time.Duration, cores int) float64 {
	if wall <= 0 || cores <= 0 {
		return 0
	}
	return 100 * cpu.Seconds() / (wall.Seconds() * float64(cores))
}

// mbps is input bytes (10⁶) per second of wall.
func mbps(bytes int64, wall time.Duration) float64 {
	if wall <= 0 {
		return 0
	}
	return float64(bytes) / 1e6 / wall.Seconds()
}

// speedup is how many times faster than base a run of wall is: base's
// time over its own (the ratio of their throughputs on the same input).
func speedup(wall, base time.Duration) float64 {
	if wall <= 0 {
		return 0
	}
	return base.Seconds() / wall.Seconds()
}

// roundRatios is speedup round by round: each of runs against the base run
// of the same round, which ran next to it. On a machine whose speed drifts
// it varies less than the ratio of the medians.
func roundRatios(runs, base []sample) []float64 {
	out := make([]float64, 0, min(len(runs), len(base)))
	for i := range min(len(runs), len(base)) {
		out = append(out, speedup(runs[i].wall, base[i].wall))
	}
	return out
}
