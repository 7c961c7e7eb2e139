package main

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestAnalyzeHTML(t *testing.T) {
	code, out, stderr := runCmd(t, "", "analyze", "--format", "html", "../../testdata/venezuela-strike.txt")
	require.Equal(t, 0, code, stderr)
	assert.True(t, strings.HasPrefix(out, "<!DOCTYPE html>"))
	assert.Contains(t, out, "<title>venezuela-strike.txt</title>")
	assert.Contains(t, out, `data-stance="assertive"`)
	assert.Contains(t, out, `<th scope="row"><bdi>Donald Trump</bdi></th>`)
	assert.True(t, strings.HasSuffix(out, "</html>\n"))
}

func TestAnalyzeHTMLStdin(t *testing.T) {
	code, out, stderr := runCmd(t, "Officials claimed <script>x</script> it.\n\nIt rained.", "analyze", "--format", "html")
	require.Equal(t, 0, code, stderr)
	assert.Contains(t, out, "<title>standard input</title>")
	assert.Contains(t, out, "&lt;script&gt;x&lt;/script&gt;")
	assert.Equal(t, 2, strings.Count(out, `<div class="para">`))
}
