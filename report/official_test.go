package report_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/lvzhi-go/lvzhi/report"
	"github.com/lvzhi-go/lvzhi/report/internal/sample"
)

// TestTextUnsealed checks the plain-text 落款 of GB/T 9704-2012 §7.3.5.2
// on a 28-character line: the 7-character issuer and the 6-character date
// (2022年7月8日, digits counting half): the date would end one character
// from the edge, so it takes 右空二字 (pad 20) and the issuer moves left to
// start two characters before it (pad 18).
func TestTextUnsealed(t *testing.T) {
	d := sample.Official()
	d.Unsealed = true
	var buf bytes.Buffer
	require.NoError(t, report.Text(&buf, d))
	lines := strings.Split(buf.String(), "\n")
	var issuer, date string
	for i, l := range lines {
		if strings.HasSuffix(l, "2022年7月8日") && i > 0 {
			issuer, date = lines[i-1], l
			break
		}
	}
	assert.Equal(t, strings.Repeat("\u3000", 18)+"柳州市某区政协", issuer)
	assert.Equal(t, strings.Repeat("\u3000", 20)+"2022年7月8日", date)
}

// TestTableText checks that columns line up by display width: every
// row of the unit table is as wide as its rules.
func TestTableText(t *testing.T) {
	var buf bytes.Buffer
	require.NoError(t, report.Text(&buf, sample.Official()))
	out := buf.String()
	start := strings.Index(out, "附件1")
	require.Positive(t, start)
	block := out[start:]
	var rule string
	for _, l := range strings.Split(block, "\n") {
		if strings.HasPrefix(l, "---") {
			rule = l
			break
		}
	}
	require.NotEmpty(t, rule)
	for _, l := range strings.Split(block, "\n") {
		if strings.HasPrefix(l, "区") || strings.HasPrefix(l, "合计") {
			// Rows end with a number: right-aligned to the rule's end.
			assert.Equal(t, len(rule), width(l), "%q", l)
		}
	}
}

// width counts a Chinese character as two columns.
func width(s string) int {
	n := 0
	for _, r := range s {
		if r >= 0x2E80 {
			n += 2
		} else {
			n++
		}
	}
	return n
}
