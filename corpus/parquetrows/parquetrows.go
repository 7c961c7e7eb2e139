// Package parquetrows writes hearsay's flat rows as a Parquet file.
//
// [corpus.Run] writes flat rows as CSV; [FromCSV] turns that CSV into
// Parquet, one typed, optional column a CSV column: integers, doubles and
// booleans where [corpus.KindOf] says so, UTF-8 strings for the rest (the
// id and the kept fields), an empty cell as null. It lives apart from
// corpus so that only programs that write Parquet carry the Parquet
// library.
package parquetrows

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strconv"

	"github.com/parquet-go/parquet-go"

	"github.com/hearsay-go/hearsay/corpus"
)

// rowGroup is the most rows held in memory before they are written out.
const rowGroup = 64 << 10

// FromCSV reads flat rows as corpus.Run writes them in CSV (a header line
// first) from in and writes them to out as one Parquet file.
func FromCSV(in io.Reader, out io.Writer) error {
	r := csv.NewReader(in) // every line as many fields as the header
	r.ReuseRecord = true
	header, err := r.Read()
	if err == io.EOF {
		return errors.New("parquetrows: no header line")
	}
	if err != nil {
		return fmt.Errorf("parquetrows: %w", err)
	}
	header = append([]string(nil), header...)
	group := parquet.Group{}
	kinds := make([]corpus.Kind, len(header))
	for i, name := range header {
		if _, dup := group[name]; dup {
			return fmt.Errorf("parquetrows: column %q twice", name)
		}
		kinds[i] = corpus.KindOf(name)
		var node parquet.Node
		switch kinds[i] {
		case corpus.KindInt:
			node = parquet.Int(64)
		case corpus.KindFloat:
			node = parquet.Leaf(parquet.DoubleType)
		case corpus.KindBool:
			node = parquet.Leaf(parquet.BooleanType)
		default:
			node = parquet.String()
		}
		group[name] = parquet.Compressed(parquet.Optional(node), &parquet.Zstd)
	}
	schema := parquet.NewSchema("hearsay", group)
	index := make([]int, len(header)) // CSV column → Parquet column
	for i, name := range header {
		leaf, ok := schema.Lookup(name)
		if !ok {
			return fmt.Errorf("parquetrows: column %q not in the schema", name)
		}
		index[i] = leaf.ColumnIndex
	}
	w := parquet.NewWriter(out, schema, parquet.MaxRowsPerRowGroup(rowGroup))
	row := make(parquet.Row, len(header))
	rows := []parquet.Row{row}
	for n := 2; ; n++ {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return fmt.Errorf("parquetrows: %w", err)
		}
		for i, cell := range rec {
			v, err := value(kinds[i], cell)
			if err != nil {
				return fmt.Errorf("parquetrows: line %d, column %q: %w", n, header[i], err)
			}
			def := 1
			if v.IsNull() {
				def = 0
			}
			row[index[i]] = v.Level(0, def, index[i])
		}
		if _, err := w.WriteRows(rows); err != nil {
			return fmt.Errorf("parquetrows: %w", err)
		}
	}
	if err := w.Close(); err != nil {
		return fmt.Errorf("parquetrows: %w", err)
	}
	return nil
}

// value converts a CSV cell; an empty cell is null.
func value(k corpus.Kind, cell string) (parquet.Value, error) {
	if cell == "" {
		return parquet.NullValue(), nil
	}
	switch k {
	case corpus.KindInt:
		n, err := strconv.ParseInt(cell, 10, 64)
		return parquet.Int64Value(n), err
	case corpus.KindFloat:
		f, err := strconv.ParseFloat(cell, 64)
		return parquet.DoubleValue(f), err
	case corpus.KindBool:
		b, err := strconv.ParseBool(cell)
		return parquet.BooleanValue(b), err
	}
	return parquet.ByteArrayValue([]byte(cell)), nil
}
