package report

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
)

func TestMdEscape(t *testing.T) {
	tests := []struct {
		in        string
		lineStart bool
		want      string
	}{
		{"普通文字。", true, "普通文字。"},
		{"*强调* _下划线_", false, `\*强调\* \_下划线\_`},
		{"[链接](http://x)", false, `\[链接\](http://x)`},
		{"<script>alert(1)</script>", false, `\<script\>alert(1)\</script\>`},
		{"a|b~c`d&amp;e#f\\g", false, "a\\|b\\~c\\`d\\&amp;e\\#f\\\\g"},
		{"# 不是标题", true, `\# 不是标题`},
		{"- 不是列表", true, `\- 不是列表`},
		{"+ 不是列表", true, `\+ 不是列表`},
		{"===", true, `\===`},
		{"- 行中", false, "- 行中"},
		{"1. 不是列表", true, `1\. 不是列表`},
		{"2022) 不是列表", true, `2022\) 不是列表`},
		{"1234567890. 十位数字不是列表标记", true, "1234567890. 十位数字不是列表标记"},
		{"1.举办学习班", false, "1.举办学习班"},
		{"2022年", true, "2022年"},
		{"", true, ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			assert.Equal(t, tt.want, mdEscape(tt.in, tt.lineStart))
		})
	}
}

// mdUnescape removes the backslash of every backslash escape, as a
// CommonMark parser does for ASCII punctuation.
func mdUnescape(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' && i+1 < len(s) && strings.IndexByte("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~", s[i+1]) >= 0 {
			i++
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

func FuzzMdEscape(f *testing.F) {
	for _, s := range []string{"", "普通", "*a*", "1. x", "# h", "<b>&amp;", "\\", "- - -", "_a_`b`"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) || strings.ContainsAny(s, "\r\n") {
			return
		}
		for _, start := range []bool{false, true} {
			e := mdEscape(s, start)
			if got := mdUnescape(e); got != s {
				t.Fatalf("mdEscape(%q) = %q reads back as %q", s, e, got)
			}
			// No unescaped syntax character survives.
			for i := 0; i < len(e); i++ {
				if e[i] == '\\' {
					i++
					continue
				}
				if strings.IndexByte("*_[]<>|~&#`", e[i]) >= 0 {
					t.Fatalf("mdEscape(%q) = %q leaves %q unescaped", s, e, e[i])
				}
			}
			if start && e != "" && strings.IndexByte("+-=", e[0]) >= 0 {
				t.Fatalf("mdEscape(%q) = %q starts a block", s, e)
			}
		}
	})
}
