// Package browsertest checks hearsay's HTML pages in a real browser:
// headless Chromium, driven from Go with chromedp. It is a module of its
// own so that chromedp stays out of the library's dependencies.
//
// Run it from this directory:
//
//	go test ./...
//	go test -artifacts -outputdir /tmp/hearsay-shots ./...   # keep the screenshots
//
// It finds Chromium on PATH (chromium, chromium-browser, google-chrome,
// headless-shell) or at $HEARSAY_CHROME, and skips, saying so, when there
// is none; with HEARSAY_REQUIRE_BROWSER=1 (as in CI) it fails instead.
package browsertest

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/input"
	cdplog "github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
	"github.com/hearsay-go/hearsay"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const (
	seedPath = "../testdata/venezuela-strike.txt"
	goldPath = "../testdata/venezuela-strike.gold.json"
)

// chromePath finds the browser, or skips (fails in CI) with the reason.
func chromePath(t *testing.T) string {
	t.Helper()
	if p := os.Getenv("HEARSAY_CHROME"); p != "" {
		return p
	}
	names := []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "headless-shell"}
	for _, name := range names {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	msg := fmt.Sprintf("no Chromium found: looked for %s on PATH and $HEARSAY_CHROME; install it (Debian: apt-get install -y chromium)", strings.Join(names, ", "))
	if os.Getenv("HEARSAY_REQUIRE_BROWSER") != "" {
		t.Fatal(msg)
	}
	t.Skip(msg)
	return ""
}

// browser is one headless Chromium tab with the console messages it has
// logged.
type browser struct {
	ctx  context.Context
	mu   sync.Mutex
	msgs []string // errors and exceptions
	warn []string
}

func newBrowser(t *testing.T) *browser {
	t.Helper()
	path := chromePath(t)
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(path),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1280, 900),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-extensions", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.Flag("force-color-profile", "srgb"),
		chromedp.Flag("hide-scrollbars", true),
	}
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancel := chromedp.NewContext(actx)
	ctx, cancelTime := context.WithTimeout(ctx, 3*time.Minute)
	t.Cleanup(func() {
		cancelTime()
		cancel()
		cancelAlloc()
	})
	b := &browser{ctx: ctx}
	require.NoError(t, chromedp.Listen(ctx, b.listen), "starting Chromium at %s", path)
	return b
}

// listen keeps the console errors, exceptions and browser-log errors (a
// blocked resource, a violated Content-Security-Policy).
func (b *browser) listen(ev any) {
	b.mu.Lock()
	defer b.mu.Unlock()
	switch ev := ev.(type) {
	case *runtime.EventConsoleAPICalled:
		var args []string
		for _, a := range ev.Args {
			args = append(args, string(a.Value)+a.Description)
		}
		m := fmt.Sprintf("console.%s: %s", ev.Type, strings.Join(args, " "))
		if ev.Type == runtime.ConsoleAPICalledTypeError || ev.Type == runtime.ConsoleAPICalledTypeAssert {
			b.msgs = append(b.msgs, m)
		} else if ev.Type == runtime.ConsoleAPICalledTypeWarning {
			b.warn = append(b.warn, m)
		}
	case *runtime.EventExceptionThrown:
		b.msgs = append(b.msgs, "exception: "+(&chromedp.ExceptionError{ExceptionDetails: ev.ExceptionDetails}).Error())
	case *cdplog.EventEntryAdded:
		m := fmt.Sprintf("log %s/%s: %s %s", ev.Entry.Source, ev.Entry.Level, ev.Entry.Text, ev.Entry.URL)
		if ev.Entry.Level == cdplog.EntryLevelError {
			b.msgs = append(b.msgs, m)
		} else if ev.Entry.Level == cdplog.EntryLevelWarning {
			b.warn = append(b.warn, m)
		}
	}
}

// checkConsole fails the test for every console error so far.
func (b *browser) checkConsole(t *testing.T, where string) {
	t.Helper()
	b.mu.Lock()
	defer b.mu.Unlock()
	for _, w := range b.warn {
		t.Logf("%s: console warning: %s", where, w)
	}
	assert.Empty(t, b.msgs, "%s: console errors", where)
	b.msgs, b.warn = nil, nil
}

func do(t *testing.T, b *browser, steps ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	require.NoError(t, chromedp.Do(b.ctx, steps...))
}

func eval[T any](t *testing.T, b *browser, js string) T {
	t.Helper()
	v, err := chromedp.Run(b.ctx, chromedp.Evaluate[T](js))
	require.NoError(t, err, "evaluating %s", js)
	return v
}

// shot saves a screenshot of the whole page (full) or of the viewport.
func shot(t *testing.T, b *browser, name string, full bool) {
	t.Helper()
	var buf []byte
	var err error
	if full {
		buf, err = chromedp.Run(b.ctx, chromedp.FullScreenshot(100))
	} else {
		buf, err = chromedp.Run(b.ctx, chromedp.CaptureScreenshot())
	}
	require.NoError(t, err)
	path := filepath.Join(t.ArtifactDir(), name)
	require.NoError(t, os.WriteFile(path, buf, 0o644))
	t.Logf("screenshot: %s (%d KiB)", path, len(buf)>>10)
}

// gold is the hand annotation of the seed article.
type gold struct {
	Sentences []struct {
		Index        int    `json:"index"`
		Start        int    `json:"start"`
		End          int    `json:"end"`
		Text         string `json:"text"`
		Attributions []struct {
			Cue    string `json:"cue"`
			Source string `json:"source"`
			Stance string `json:"stance"`
		} `json:"attributions"`
	} `json:"sentences"`
}

// pageCue is a highlighted cue as the browser shows it, its pieces joined.
type pageCue struct {
	Attr       string  `json:"attr"`
	Stance     string  `json:"stance"`
	Text       string  `json:"text"`
	Statement  string  `json:"statement"` // the statement's element id
	Start      int     `json:"start"`     // the statement's bytes
	End        int     `json:"end"`
	Background string  `json:"background"`
	Label      string  `json:"label"` // the stance label after the cue
	Width      float64 `json:"width"`
}

const cuesJS = `(() => {
  const out = {};
  for (const el of document.querySelectorAll('.cue[data-attr]')) {
    const st = el.closest('.st');
    const id = el.dataset.attr;
    const o = out[id] || (out[id] = {attr: id, stance: el.dataset.stance, text: '', statement: st.id,
      start: +st.dataset.start, end: +st.dataset.end, background: getComputedStyle(el).backgroundColor, label: '', width: 0});
    o.text += el.textContent;
    o.width += el.getBoundingClientRect().width;
    if (el.classList.contains('tail')) o.label = getComputedStyle(el, '::after').content;
  }
  return Object.values(out);
})()`

// checkGold checks that each gold attribution's cue is highlighted in the
// statement holding it, with the gold stance, and reports which are not.
func checkGold(t *testing.T, b *browser, where string) []pageCue {
	t.Helper()
	raw, err := os.ReadFile(goldPath)
	require.NoError(t, err)
	var g gold
	require.NoError(t, json.Unmarshal(raw, &g))
	cues := eval[[]pageCue](t, b, cuesJS)
	require.NotEmpty(t, cues, "%s: no cue on the page", where)
	total, ok := 0, 0
	for _, s := range g.Sentences {
		for _, ga := range s.Attributions {
			total++
			var sameText *pageCue
			found := false
			for i := range cues {
				c := &cues[i]
				if c.Start >= s.End || s.Start >= c.End || !strings.EqualFold(strings.Join(strings.Fields(c.Text), " "), ga.Cue) {
					continue
				}
				sameText = c
				if c.Stance == ga.Stance {
					found = true
					assert.Positive(t, c.Width, "%s: cue %q is drawn", where, ga.Cue)
					assert.NotEqual(t, "rgba(0, 0, 0, 0)", c.Background, "%s: cue %q has a background", where, ga.Cue)
					assert.Contains(t, strings.ToLower(c.Label), ga.Stance, "%s: cue %q is labelled with its stance", where, ga.Cue)
					break
				}
			}
			switch {
			case found:
				ok++
			case sameText != nil:
				t.Errorf("%s: gold attribution %q (%s) in sentence %d is highlighted with stance %s", where, ga.Cue, ga.Stance, s.Index, sameText.Stance)
			default:
				t.Errorf("%s: gold attribution %q (%s, source %q) in sentence %d is not highlighted", where, ga.Cue, ga.Stance, ga.Source, s.Index)
			}
		}
	}
	t.Logf("%s: %d of %d gold attributions highlighted with their stance (%d cues on the page)", where, ok, total, len(cues))
	// One colour per stance, a different one for each.
	colour := map[string]string{}
	for _, c := range cues {
		if prev, seen := colour[c.Stance]; seen {
			assert.Equal(t, prev, c.Background, "%s: all %s cues share a colour", where, c.Stance)
		}
		colour[c.Stance] = c.Background
	}
	byColour := map[string]string{}
	for st, c := range colour {
		if other, seen := byColour[c]; seen {
			t.Errorf("%s: stances %s and %s share the colour %s", where, st, other, c)
		}
		byColour[c] = st
	}
	return cues
}

func visible(t *testing.T, b *browser, sel string) bool {
	t.Helper()
	// checkVisibility is false inside a closed <details> (content-visibility)
	// and for display: none; the size rules out an empty element.
	return eval[bool](t, b, fmt.Sprintf(`(() => { const e = document.querySelector(%q); if (!e) return false;
	  const r = e.getBoundingClientRect();
	  return e.checkVisibility({visibilityProperty: true, opacityProperty: true}) && r.width > 0 && r.height > 0; })()`, sel))
}

// checkExplanations opens statements' explanations by click, by keyboard
// and by a click on the text, and checks the hover outline and title.
func checkExplanations(t *testing.T, b *browser, cues []pageCue, where string) string {
	t.Helper()
	var claimed *pageCue
	for i := range cues {
		if cues[i].Text == "claimed" {
			claimed = &cues[i]
		}
	}
	require.NotNil(t, claimed, "%s: the seed's “claimed” is on the page", where)
	st := "#" + claimed.Statement
	explain := st + " details.why .explain"
	summary := st + " details.why > summary"
	assert.False(t, visible(t, b, explain), "%s: the explanation is closed at first", where)

	// Click.
	do(t, b, chromedp.ScrollIntoView(summary), chromedp.Click(summary))
	assert.True(t, visible(t, b, explain), "%s: clicking “Why?” shows the explanation", where)
	text := eval[string](t, b, fmt.Sprintf(`document.querySelector(%q).innerText`, explain))
	assert.Contains(t, text, "attribution:assertive", where)
	assert.Contains(t, text, "“claimed”", where)
	do(t, b, chromedp.Click(summary))
	assert.False(t, visible(t, b, explain), "%s: a second click closes it", where)

	// Keyboard: focus the summary, Enter opens, Escape closes.
	do(t, b, chromedp.Focus(summary), chromedp.KeyEvent(kb.Enter))
	assert.True(t, visible(t, b, explain), "%s: Enter on the focused “Why?” shows the explanation", where)
	do(t, b, chromedp.KeyEvent(kb.Escape))
	assert.False(t, visible(t, b, explain), "%s: Escape closes it", where)
	assert.Equal(t, "SUMMARY", eval[string](t, b, "document.activeElement.tagName"), "%s: the focus stays on “Why?”", where)

	// A click on the statement's text opens it too.
	do(t, b, chromedp.Click(st+" .text"))
	assert.True(t, visible(t, b, explain), "%s: clicking the statement shows its explanation", where)

	// Hover: the statement's title holds the explanation; the cue's
	// source and content are outlined with it.
	title := eval[string](t, b, fmt.Sprintf(`document.querySelector(%q).title`, st+" .text"))
	assert.Contains(t, title, "attribution:assertive", "%s: the explanation on hover", where)
	box := eval[[]float64](t, b, fmt.Sprintf(`(() => { const r = document.querySelector('.cue[data-attr=%q]').getBoundingClientRect(); return [r.x + r.width/2, r.y + r.height/2]; })()`, claimed.Attr))
	do(t, b, chromedp.MouseEvent(input.DispatchMouseEventTypeMouseMoved, box[0], box[1]))
	linked := eval[int](t, b, fmt.Sprintf(`document.querySelectorAll('[data-attr=%q].linked').length`, claimed.Attr))
	assert.GreaterOrEqual(t, linked, 3, "%s: hovering the cue outlines it with its source and content", where)
	return st
}

// TestReportFile loads the seed's HTML report from a file.
func TestReportFile(t *testing.T) {
	text, err := os.ReadFile(seedPath)
	require.NoError(t, err)
	r, err := hearsay.Analyze(string(text))
	require.NoError(t, err)
	file := filepath.Join(t.TempDir(), "venezuela-strike.html")
	f, err := os.Create(file)
	require.NoError(t, err)
	require.NoError(t, hearsay.WriteHTML(f, r, &hearsay.HTMLOptions{Title: "venezuela-strike.txt", Text: string(text)}))
	require.NoError(t, f.Close())

	b := newBrowser(t)
	do(t, b, chromedp.EmulateViewport(1280, 900), chromedp.Navigate("file://"+file), chromedp.WaitVisible(chromedp.ID("s0")))
	assert.Equal(t, "venezuela-strike.txt", eval[string](t, b, "document.title"))
	cues := checkGold(t, b, "file")
	st := checkExplanations(t, b, cues, "file")
	// Statement with its explanation open, scrolled into view.
	do(t, b, chromedp.ScrollIntoView(st))
	shot(t, b, "report-file-viewport.png", false)
	do(t, b, chromedp.Evaluate[chromedp.Void]("window.scrollTo(0, 0)"))
	shot(t, b, "report-file-full.png", true)

	// The label check box shows a label on every finding.
	do(t, b, chromedp.Click(chromedp.ID("labels")))
	label := eval[string](t, b, `getComputedStyle(document.querySelector('.article .f.tail[data-category="loaded"]'), '::after').content`)
	assert.Contains(t, label, "loaded", "labels on")

	// Print: every explanation is printed, the controls are not.
	_, err = chromedp.Call(b.ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: "print"})
	require.NoError(t, err)
	assert.True(t, visible(t, b, "#s0 details.why .explain"), "print: a closed explanation is printed")
	assert.False(t, visible(t, b, ".controls"), "print: no controls")
	pdf, err := chromedp.Run(b.ctx, chromedp.PrintToPDF())
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(filepath.Join(t.ArtifactDir(), "report.pdf"), pdf, 0o644))
	shot(t, b, "report-print.png", false)
	_, err = chromedp.Call(b.ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: ""})
	require.NoError(t, err)

	// Phone width: nothing wider than the screen.
	do(t, b, chromedp.EmulateViewport(390, 844, chromedp.EmulateMobile, chromedp.EmulateScale(2)), chromedp.Reload(), chromedp.WaitVisible(chromedp.ID("s0")))
	assertFits(t, b, "report on a phone")
	do(t, b, chromedp.ScrollIntoView(chromedp.ID("article")))
	shot(t, b, "report-phone.png", false)
	b.checkConsole(t, "file")
}

// assertFits checks that nothing is wider than the screen: neither the
// page nor a table in its scrolling box.
func assertFits(t *testing.T, b *browser, where string) {
	t.Helper()
	over := eval[[]float64](t, b, `[document.documentElement.scrollWidth, window.innerWidth]`)
	assert.LessOrEqual(t, over[0], over[1], "%s: no horizontal scrolling", where)
	wide := eval[[]string](t, b, `[...document.querySelectorAll('.tablewrap')].filter(e => e.scrollWidth > e.clientWidth + 1).map(e => e.firstElementChild.id)`)
	assert.Empty(t, wide, "%s: tables wider than the screen", where)
}

// startServer builds cmd/hearsay and runs "hearsay serve" on a free
// loopback port. It returns the server's URL and process.
func startServer(t *testing.T, args ...string) (string, *os.Process) {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "hearsay")
	build := exec.Command("go", "build", "-o", bin, "./cmd/hearsay")
	build.Dir = ".."
	out, err := build.CombinedOutput()
	require.NoError(t, err, "building hearsay: %s", out)
	cmd := exec.Command(bin, append([]string{"serve", "--addr", "127.0.0.1:0"}, args...)...)
	stderr, err := cmd.StderrPipe()
	require.NoError(t, err)
	require.NoError(t, cmd.Start())
	done := make(chan error, 1)
	lines := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(stderr)
		for sc.Scan() {
			select {
			case lines <- sc.Text():
			default:
			}
		}
		done <- cmd.Wait()
	}()
	t.Cleanup(func() {
		_ = cmd.Process.Signal(os.Interrupt)
		select {
		case err := <-done:
			assert.NoError(t, err, "hearsay serve stops cleanly on SIGINT")
		case <-time.After(15 * time.Second):
			_ = cmd.Process.Kill()
			t.Error("hearsay serve did not stop on SIGINT")
		}
	})
	select {
	case l := <-lines:
		m := regexp.MustCompile(`serving on (http://127\.0\.0\.1:\d+/)`).FindStringSubmatch(l)
		require.NotNil(t, m, "unexpected first line from hearsay serve: %s", l)
		return m[1], cmd.Process
	case err := <-done:
		t.Fatalf("hearsay serve exited: %v", err)
	case <-time.After(30 * time.Second):
		t.Fatal("hearsay serve did not start")
	}
	return "", nil
}

// TestReportServe pastes the seed article into the page of hearsay serve
// and checks the report it shows.
func TestReportServe(t *testing.T) {
	b := newBrowser(t)
	base, _ := startServer(t)
	text, err := os.ReadFile(seedPath)
	require.NoError(t, err)
	do(t, b, chromedp.EmulateViewport(1280, 900), chromedp.Navigate(base), chromedp.WaitVisible(chromedp.ID("text")))
	shot(t, b, "serve-page.png", false)
	do(t, b,
		chromedp.SetValue(chromedp.ID("title"), "venezuela-strike.txt"),
		chromedp.SetValue(chromedp.ID("text"), string(text)))
	_, err = chromedp.Run(b.ctx, chromedp.WaitEvent(page.LoadEventFired, nil, chromedp.Click(chromedp.ID("analyze"))))
	require.NoError(t, err)
	do(t, b, chromedp.WaitVisible(chromedp.ID("s0")))
	assert.Equal(t, "venezuela-strike.txt", eval[string](t, b, "document.title"))
	assert.Equal(t, base+"report", eval[string](t, b, "location.href"))
	assert.Greater(t, eval[int](t, b, `document.querySelectorAll('.para').length`), 5, "paragraphs kept through the form")
	cues := checkGold(t, b, "serve")
	st := checkExplanations(t, b, cues, "serve")
	do(t, b, chromedp.ScrollIntoView(st))
	shot(t, b, "serve-report.png", false)
	b.checkConsole(t, "serve")

	// An error page, in the browser too: over the limit.
	do(t, b, chromedp.Navigate(base), chromedp.WaitVisible(chromedp.ID("text")),
		chromedp.SetValue(chromedp.ID("text"), strings.Repeat("x", 1<<20+1)))
	_, err = chromedp.Run(b.ctx, chromedp.WaitEvent(page.LoadEventFired, nil, chromedp.Click(chromedp.ID("analyze"))))
	require.NoError(t, err)
	assert.Contains(t, eval[string](t, b, "document.body.innerText"), "413 Request Entity Too Large")
	b.mu.Lock()
	b.msgs = nil // the browser logs the 413 response itself as an error
	b.mu.Unlock()
}

// TestComparison loads the comparison pages of hearsay compare.
func TestComparison(t *testing.T) {
	b := newBrowser(t)
	dir := t.TempDir()
	write := func(name string, files ...string) string {
		path := filepath.Join(dir, name)
		cmd := exec.Command("go", append([]string{"run", "./cmd/hearsay", "compare", "--format", "html"}, files...)...)
		cmd.Dir = ".."
		out, err := cmd.Output()
		require.NoError(t, err)
		require.NoError(t, os.WriteFile(path, out, 0o644))
		return path
	}
	verbs := write("verbs.html", "testdata/compare/plant-fire-said.txt", "testdata/compare/plant-fire-claimed.txt")
	do(t, b, chromedp.EmulateViewport(1280, 900), chromedp.Navigate("file://"+verbs), chromedp.WaitVisible(chromedp.ID("source-table")))
	changed := eval[[]string](t, b, `[...document.querySelectorAll('#source-table tr[data-changed]')].map(r => r.dataset.source)`)
	assert.Equal(t, []string{"Delmar Plastics"}, changed, "said → claimed: one source shifts")
	stances := eval[[]string](t, b, `[...document.querySelectorAll('#b-text .cue')].filter(e => e.textContent === 'claimed').map(e => e.dataset.stance)`)
	assert.Equal(t, []string{"assertive"}, stances)
	shot(t, b, "compare-verbs.png", false)
	b.checkConsole(t, "compare said/claimed")

	framing := write("framing.html", "testdata/compare/plant-fire-wire.txt", "testdata/compare/plant-fire-tabloid.txt")
	do(t, b, chromedp.Navigate("file://"+framing), chromedp.WaitVisible(chromedp.ID("source-table")))
	assert.Contains(t, eval[string](t, b, `document.getElementById('asymmetry').innerText`), "Asymmetry (B − A): +")
	shot(t, b, "compare-framing.png", true)
	do(t, b, chromedp.EmulateViewport(390, 844, chromedp.EmulateMobile, chromedp.EmulateScale(2)), chromedp.Reload(), chromedp.WaitVisible(chromedp.ID("source-table")))
	assertFits(t, b, "comparison on a phone")
	shot(t, b, "compare-phone.png", false)
	b.checkConsole(t, "compare wire/tabloid")
}
