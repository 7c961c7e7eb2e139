package parquetrows

import (
	"bytes"
	"context"
	"encoding/csv"
	"io"
	"strconv"
	"strings"
	"testing"

	"github.com/parquet-go/parquet-go"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hearsay-go/hearsay/corpus"
)

const articles = "id,outlet,date,text\n" +
	`a1,wire,2016-09-12,"Officials said the “regime” may have moved the boat. He denied it."` + "\n" +
	"a2,blog,2016-10-02\n" +
	`a3,blog,2016-10-01,"Critics claimed, without evidence, that the vote was rigged. Smith confirmed the count."` + "\n"

// TestFromCSVReadBack writes the attribution and finding rows of a small
// corpus as Parquet and reads them back: every cell is there, typed, in
// its column; empty cells are null.
func TestFromCSVReadBack(t *testing.T) {
	for _, level := range []corpus.Level{corpus.LevelAttribution, corpus.LevelFinding, corpus.LevelDocument} {
		t.Run(string(level), func(t *testing.T) {
			var rows bytes.Buffer
			_, err := corpus.Run(context.Background(), strings.NewReader(articles), &rows, corpus.Options{
				Input: corpus.CSV, Output: corpus.CSV, Level: level, Keep: []string{"outlet", "date"},
			})
			require.NoError(t, err)
			recs, err := csv.NewReader(bytes.NewReader(rows.Bytes())).ReadAll()
			require.NoError(t, err)
			require.Greater(t, len(recs), 2, "rows beyond the header")

			var out bytes.Buffer
			require.NoError(t, FromCSV(bytes.NewReader(rows.Bytes()), &out))
			f, err := parquet.OpenFile(bytes.NewReader(out.Bytes()), int64(out.Len()))
			require.NoError(t, err, "a valid Parquet file")
			require.Equal(t, int64(len(recs)-1), f.NumRows())

			header := recs[0]
			r := parquet.NewReader(f)
			defer r.Close()
			got := make([]parquet.Row, len(recs))
			n, err := r.ReadRows(got)
			if err != io.EOF {
				require.NoError(t, err)
			}
			require.Equal(t, len(recs)-1, n)
			for i, rec := range recs[1:] {
				for j, name := range header {
					leaf, ok := f.Schema().Lookup(name)
					require.True(t, ok, name)
					v := got[i][leaf.ColumnIndex]
					if rec[j] == "" {
						assert.True(t, v.IsNull(), "row %d %s: empty cell, null value", i, name)
						continue
					}
					require.False(t, v.IsNull(), "row %d %s", i, name)
					switch corpus.KindOf(name) {
					case corpus.KindInt:
						assert.Equal(t, rec[j], strconv.FormatInt(v.Int64(), 10), "row %d %s", i, name)
					case corpus.KindFloat:
						assert.Equal(t, rec[j], strconv.FormatFloat(v.Double(), 'f', -1, 64), "row %d %s", i, name)
					case corpus.KindBool:
						assert.Equal(t, rec[j], strconv.FormatBool(v.Boolean()), "row %d %s", i, name)
					default:
						assert.Equal(t, rec[j], string(v.ByteArray()), "row %d %s", i, name)
					}
				}
			}
		})
	}
}

func TestFromCSVErrors(t *testing.T) {
	for _, tt := range []struct{ name, in, err string }{
		{"empty", "", "no header line"},
		{"bad number", "id,score\na,high\n", `line 2, column "score"`},
		{"short line", "id,score\na\n", "line 2: wrong number of fields"},
		{"twice", "id,id\na,b\n", `column "id" twice`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			err := FromCSV(strings.NewReader(tt.in), io.Discard)
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.err)
		})
	}
}
