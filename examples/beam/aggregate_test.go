package main

import "testing"

func TestQuantile(t *testing.T) {
	hist := make([]int64, Bins)
	hist[10], hist[50], hist[90] = 1, 2, 1 // 0.10x, 0.50x twice, 0.90x
	if q := quantile(hist, 4, 0.5, 0.105, 0.905); q < 0.50 || q >= 0.51 {
		t.Errorf("median %v, want in [0.50, 0.51)", q)
	}
	if q := quantile(hist, 4, 0.1, 0.105, 0.905); q != 0.105 {
		t.Errorf("p10 %v, want the minimum 0.105", q)
	}
	if bin(1) != Bins-1 || bin(0) != 0 || bin(0.999) != 99 || bin(0.01) != 1 {
		t.Error("bin edges")
	}
}
