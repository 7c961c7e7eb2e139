module github.com/hearsay-go/hearsay/bench

go 1.26.0

require (
	github.com/hearsay-go/hearsay v0.0.0
	github.com/jdkato/prose/v2 v2.0.0
	github.com/jonreiter/govader v0.0.0-20250429093935-f6505c8d03cc
	gopkg.in/neurosnap/sentences.v1 v1.0.6
)

require (
	github.com/deckarep/golang-set v1.7.1 // indirect
	github.com/kljensen/snowball v0.10.0 // indirect
	github.com/mingrammer/commonregex v1.0.1 // indirect
	gonum.org/v1/gonum v0.8.2 // indirect
)

replace github.com/hearsay-go/hearsay => ../
