package docx

import (
	"math"
	"strings"
	"testing"

	"github.com/lvzhi-go/lvzhi/report/internal/textcheck"
	"github.com/stretchr/testify/assert"
)

// TestLayoutArithmetic checks the derivations of the layout constants
// from GB/T 9704-2012 millimetres.
func TestLayoutArithmetic(t *testing.T) {
	twips := func(mm float64) float64 { return mm * 1440 / 25.4 }
	for _, tc := range []struct {
		name string
		got  int
		mm   float64
	}{
		{"page width", pageWidth, 210},
		{"page height", pageHeight, 297},
		{"top", marginTop, 37},
		{"bottom", marginBottom, 35},
		{"left", marginLeft, 28},
		{"right", marginRight, 26},
	} {
		assert.InDelta(t, twips(tc.mm), float64(tc.got), 0.5, tc.name)
	}
	assert.InDelta(t, twips(156), float64(textWidth), 1, "text block width")
	assert.InDelta(t, twips(225), float64(textHeight), 1, "text block height")

	// 22 lines fit; 22 lines of the next larger pitch would not.
	assert.LessOrEqual(t, 22*linePitch, textHeight)
	assert.Greater(t, 22*(linePitch+1), textHeight)

	// The grid pitch of ECMA-376 §17.6.5 (16 pt + charSpace/4096 pt) fits
	// 28 characters and no more, and −841 would just overflow.
	line := float64(textWidth) / 20
	pitch := func(cs int) float64 { return 16 + float64(cs)/4096 }
	assert.LessOrEqual(t, 28*pitch(charSpace), line)
	assert.Greater(t, 29*pitch(charSpace), line)
	assert.Greater(t, 28*pitch(charSpace+1), line)

	// Condensed characters: 28 fit, 29 do not.
	adv := 16 + float64(condense)/20
	assert.LessOrEqual(t, 28*adv, line)
	assert.Greater(t, 29*adv, line)

	// Footer: the top of the dash's ink (dashInk below the top of the
	// 14 pt page-number line) is 7 mm below the text block.
	assert.InDelta(t, twips(35-7), float64(footerDistance+pageNumberChar-dashInk), 1)
	assert.Equal(t, 1445, footerDistance)
}

func TestTextChars(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want float64
	}{
		{"2022年7月8日", 6},
		{"柳州市某区政协", 7},
		{"ABC", 1.5},
		{"区政协\n柳州市某区政协", 7},
		{"·—", 2},
	} {
		assert.Equal(t, tc.want, textChars(tc.s), tc.s)
	}
	assert.False(t, math.IsNaN(textChars("")))
}

// A word joiner stands wherever the date changes between digits and
// Chinese characters, nowhere else, and adds no width.
func TestJoinScripts(t *testing.T) {
	const j = "\u2060"
	for _, tc := range []struct{ in, want string }{
		{"2022年7月8日", "2022" + j + "年" + j + "7" + j + "月" + j + "8" + j + "日"},
		{"2022年12月18日", "2022" + j + "年" + j + "12" + j + "月" + j + "18" + j + "日"},
		{"二〇二二年七月八日", "二〇二二年七月八日"},
		{"政协柳州市某区委员会", "政协柳州市某区委员会"},
		{"2022", "2022"},
		{"", ""},
		{"2022年\n7月", "2022" + j + "年\n7" + j + "月"},
	} {
		got := joinScripts(tc.in)
		assert.Equal(t, tc.want, got, tc.in)
		assert.Equal(t, textChars(tc.in), textChars(strings.ReplaceAll(got, j, "")), tc.in)
	}
}

func TestCheckText(t *testing.T) {
	for _, tc := range []struct {
		s, rule string
	}{
		{"正常\t文本\r\n", ""},
		{"😀𠀀", ""},
		{"\x1f", "xmlchar"},
		{"\uFFFF", "xmlchar"},
		{"\xc0\x80", "utf8"},
		{"\xed\xbf\xbf", "utf8"},
	} {
		rule, msg := textcheck.Check(tc.s)
		assert.Equal(t, tc.rule, rule, "%q", tc.s)
		assert.Equal(t, tc.rule == "", msg == "", "%q", tc.s)
	}
}
