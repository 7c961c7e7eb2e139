package corpus

import "fmt"

// PeriodOf returns the period of p holding date, written as an
// Aggregator writes it ("2016-09" for a month, "2016-W37" for a week),
// for a date in one of the forms Aggregator.DateField reads.
func PeriodOf(p Period, date string) (string, error) {
	period, err := periodOf(p, date)
	if err != nil {
		return "", fmt.Errorf("corpus: %w", err)
	}
	return period, nil
}
