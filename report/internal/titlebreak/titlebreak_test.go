package titlebreak_test

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"

	"github.com/lvzhi-go/lvzhi/report/internal/titlebreak"
)

func TestLines(t *testing.T) {
	for _, tc := range []struct {
		title string
		max   float64
		want  []string
	}{
		// Fits: one line.
		{"柳州市某区政协2022年上半年工作总结", 20, []string{"柳州市某区政协2022年上半年工作总结"}},
		// 21.4 ems: two lines, broken after 上半年, the upper line shorter.
		{"区政协2022年上半年各界别委员履职情况统计表", 20, []string{"区政协2022年上半年", "各界别委员履职情况统计表"}},
		// Never inside 《》 at its edge or a number.
		{"关于印发《柳州市某区政协委员履职量化考核办法（试行）》的通知", 20, []string{"关于印发《柳州市某区政协委员", "履职量化考核办法（试行）》的通知"}},
		// Existing breaks are kept.
		{"第一行\n第二行", 20, []string{"第一行", "第二行"}},
	} {
		got := titlebreak.Lines(tc.title, tc.max)
		assert.Equal(t, tc.want, got, tc.title)
		assert.Equal(t, strings.ReplaceAll(tc.title, "\n", ""), strings.Join(got, ""), "no character lost")
		for _, l := range got {
			assert.LessOrEqual(t, titlebreak.Width(l), tc.max, l)
		}
	}
}

// A long title breaks into as many even lines as it needs, none too wide,
// no number split.
func TestLinesLong(t *testing.T) {
	title := strings.Repeat("政协委员履职", 8) + "2022年度" + strings.Repeat("工作", 10)
	got := titlebreak.Lines(title, 20)
	assert.GreaterOrEqual(t, len(got), 4)
	assert.Equal(t, title, strings.Join(got, ""))
	for _, l := range got {
		assert.LessOrEqual(t, titlebreak.Width(l), 20.0, l)
		assert.False(t, strings.HasPrefix(l, "022") || strings.HasPrefix(l, "22") || strings.HasPrefix(l, "2年"), l)
	}
}

// A title longer than any real one is filled line by line, quickly, with
// nothing lost and no line too wide.
func TestLinesHuge(t *testing.T) {
	title := strings.Repeat("政协委员履职2022年度", 5000)
	got := titlebreak.Lines(title, 20)
	assert.Equal(t, title, strings.Join(got, ""))
	for _, l := range got {
		assert.LessOrEqual(t, titlebreak.Width(l), 20.0, l)
	}
}

func TestWidth(t *testing.T) {
	assert.InDelta(t, 5.1, titlebreak.Width("2022年7月"), 1e-9) // 2 + 1 + 0.5 + 1 ems and three changes of a fifth
	assert.Equal(t, 0.0, titlebreak.Width(""))
}

func FuzzLines(f *testing.F) {
	for _, s := range []string{"区政协2022年上半年各界别委员履职情况统计表", "《》", "1234567890123456789012345678901234567890", "a\nb", " 　"} {
		f.Add(s, 20.0)
	}
	f.Fuzz(func(t *testing.T, s string, max float64) {
		if !utf8.ValidString(s) || len(s) > 2000 {
			return
		}
		got := titlebreak.Lines(s, max)
		if strings.Join(got, "") != strings.ReplaceAll(s, "\n", "") {
			t.Fatalf("characters lost: %q → %q", s, got)
		}
		if len(got) > 1 && !strings.Contains(s, "\n") { // lines it made
			for _, l := range got {
				if titlebreak.Width(l) > max {
					t.Fatalf("line %q wider than %v", l, max)
				}
			}
		}
	})
}

func ExampleLines() {
	for _, l := range titlebreak.Lines("区政协2022年上半年各界别委员履职情况统计表", 20) {
		fmt.Println(l)
	}
	// Output:
	// 区政协2022年上半年
	// 各界别委员履职情况统计表
}
