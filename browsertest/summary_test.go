package browsertest

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// summaryPage writes the page of "hearsay summarize --format html" on a
// CSV of articles by outlet and month.
func summaryPage(t *testing.T, csvPath string, args ...string) string {
	t.Helper()
	abs, err := filepath.Abs(csvPath)
	require.NoError(t, err)
	cmd := exec.Command("go", "run", "./cmd/hearsay", "summarize", "--by", "outlet", "--period", "month", "--date-field", "date", "--format", "html")
	cmd.Args = append(append(cmd.Args, args...), abs)
	cmd.Dir = ".."
	out, err := cmd.Output()
	require.NoError(t, err)
	path := filepath.Join(t.TempDir(), "summary.html")
	require.NoError(t, os.WriteFile(path, out, 0o644))
	return path
}

// chartFacts is what the browser shows of one chart.
type chartFacts struct {
	ID         string   `json:"id"`
	Width      float64  `json:"width"`
	Height     float64  `json:"height"`
	Title      string   `json:"title"`
	AxisLabels []string `json:"axisLabels"`
	Ticks      int      `json:"ticks"`
	Legend     []string `json:"legend"`
	Marks      int      `json:"marks"` // lines (with their markers), bars or segments drawn
	Overlaps   []string `json:"overlaps"`
	Clipped    []string `json:"clipped"` // texts outside the chart
}

const chartsJS = `[...document.querySelectorAll('svg.chart')].map(svg => {
  const r = svg.getBoundingClientRect();
  const texts = [...svg.querySelectorAll('.direct-label, .legend-item, .y-axis > text, .x-axis > text, .stack-row > text:first-child, .row-label')]
    .filter(e => e.getBBox().width > 0);
  const overlaps = [];
  for (let i = 0; i < texts.length; i++) for (let j = i + 1; j < texts.length; j++) {
    const a = texts[i].getBoundingClientRect(), b = texts[j].getBoundingClientRect();
    if (a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 2 && b.top < a.bottom - 2)
      overlaps.push(texts[i].textContent + ' / ' + texts[j].textContent);
  }
  const box = svg.getBoundingClientRect();
  const clipped = [...svg.querySelectorAll('text')].filter(e => {
    const r = e.getBoundingClientRect();
    return r.width > 0 && (r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1);
  }).map(e => e.textContent);
  return {
    id: svg.id, clipped, width: r.width, height: r.height,
    title: (svg.querySelector('.title') || {}).textContent || '',
    axisLabels: [...svg.querySelectorAll('.axis-label')].filter(e => e.getBBox().width > 0).map(e => e.textContent),
    ticks: svg.querySelectorAll('.x-axis > text:not(.axis-label)').length,
    legend: [...svg.querySelectorAll('.legend-item text')].filter(e => e.getBBox().width > 0).map(e => e.textContent),
    marks: [...svg.querySelectorAll('g.series-group, rect.bar, rect.seg')].filter(e => e.getBBox().width > 0 && e.closest('.legend') === null).length,
    overlaps,
  };
})`

// checkSummary checks the page of a summary of the outlets given.
func checkSummary(t *testing.T, b *browser, file string, outlets []string, shots string) {
	t.Helper()
	do(t, b, chromedp.EmulateViewport(1280, 900), chromedp.Navigate("file://"+file), chromedp.WaitVisible(chromedp.ID("chart-doubt")))
	charts := eval[[]chartFacts](t, b, chartsJS)
	require.Len(t, charts, 2+len(outlets), "a doubt chart, a score chart and a sources chart per outlet")
	for _, c := range charts {
		assert.Positive(t, c.Width, "%s is drawn", c.ID)
		assert.Positive(t, c.Height, "%s is drawn", c.ID)
		assert.NotEmpty(t, c.Title, "%s has a title", c.ID)
		assert.Len(t, c.AxisLabels, 2, "%s: both axes labelled", c.ID)
		assert.GreaterOrEqual(t, c.Ticks, 2, "%s: the x axis has ticks", c.ID)
		assert.NotEmpty(t, c.Legend, "%s has a legend", c.ID)
		assert.Positive(t, c.Marks, "%s shows data", c.ID)
		assert.Empty(t, c.Overlaps, "%s: labels do not overlap", c.ID)
		assert.Empty(t, c.Clipped, "%s: no text cut off at the chart's edge", c.ID)
	}
	assert.ElementsMatch(t, outlets, charts[0].Legend, "the doubt chart's legend names every outlet")
	assert.Equal(t, len(outlets), charts[0].Marks, "a line per outlet")
	rows := eval[[]string](t, b, `[...document.querySelectorAll('#chart-scores .dist-row > .row-label')].map(e => e.textContent)`)
	assert.Equal(t, outlets, rows, "a distribution per outlet")

	// Without colour: the lines differ by dash pattern and marker shape,
	// the stances by fill pattern.
	dashes := eval[[]string](t, b, `[...document.querySelectorAll('#chart-doubt polyline.series')].map(e => getComputedStyle(e).strokeDasharray)`)
	markers := eval[[]string](t, b, `[...document.querySelectorAll('#chart-doubt .legend-item path')].map(e => e.getAttribute('d').replace(/[-\d.]+/g, 'n'))`)
	for i := range dashes {
		for j := i + 1; j < len(dashes) && j < 7; j++ {
			if i < 7 {
				assert.False(t, dashes[i] == dashes[j] && markers[i] == markers[j], "lines %d and %d look alike without colour", i, j)
			}
		}
	}
	fills := eval[[]string](t, b, `[...new Set([...document.querySelectorAll('rect.seg')].map(e => getComputedStyle(e).fill))]`)
	for _, f := range fills {
		assert.Contains(t, f, "url(", "stacked bars are filled with patterns")
	}
	shot(t, b, shots+"-full.png", true)

	// Phone width: the charts shrink, nothing is wider than the screen.
	do(t, b, chromedp.EmulateViewport(390, 844, chromedp.EmulateMobile, chromedp.EmulateScale(2)), chromedp.Reload(), chromedp.WaitVisible(chromedp.ID("chart-doubt")))
	// The wide tables scroll in their own box; the page does not.
	over := eval[[]float64](t, b, `[document.documentElement.scrollWidth, window.innerWidth]`)
	assert.LessOrEqual(t, over[0], over[1], "summary on a phone: no horizontal scrolling")
	chartW := eval[[]float64](t, b, `[...document.querySelectorAll('svg.chart')].map(e => e.getBoundingClientRect().right)`)
	for _, r := range chartW {
		assert.LessOrEqual(t, r, over[1], "summary on a phone: a chart fits the screen")
	}
	shot(t, b, shots+"-phone.png", false)
	b.checkConsole(t, "summary")
}

// TestSummary loads the summary of the command's test fixture.
func TestSummary(t *testing.T) {
	b := newBrowser(t)
	// Its sources have few cues each: rank those with one or more.
	file := summaryPage(t, "../cmd/hearsay/testdata/summarize.csv", "--min-cues", "1")
	checkSummary(t, b, file, []string{"Harbor Gazette", "Ridge & River <News>", "The Valley Ledger"}, "summary")
}

// TestSummaryPolNeAR summarizes the PolNeAR dev articles, whose file
// names carry outlet and date, when $HEARSAY_POLNEAR_DEV names their
// text directory: seven outlets, two months.
func TestSummaryPolNeAR(t *testing.T) {
	dir := os.Getenv("HEARSAY_POLNEAR_DEV")
	if dir == "" {
		t.Skip("set HEARSAY_POLNEAR_DEV to the PolNeAR dev text directory to run it")
	}
	csvPath := filepath.Join(t.TempDir(), "polnear-dev.csv")
	f, err := os.Create(csvPath)
	require.NoError(t, err)
	cmd := exec.Command("python3", "../scripts/polnear-csv.py", dir)
	cmd.Stdout, cmd.Stderr = f, os.Stderr
	require.NoError(t, cmd.Run())
	require.NoError(t, f.Close())
	b := newBrowser(t)
	file := summaryPage(t, csvPath)
	checkSummary(t, b, file, []string{"breitbart", "huff-post", "nyt", "politico", "usa-today", "wash-post", "west-journal"}, "summary-polnear")
}
