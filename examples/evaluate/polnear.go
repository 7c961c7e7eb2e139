package main

import (
	"os"

	"github.com/hearsay-go/hearsay/internal/evaluate"
)

func polnear(dir string) error {
	_, err := evaluate.PolNeAR(dir, os.Stdout, evaluate.PolNeAROptions{})
	return err
}
