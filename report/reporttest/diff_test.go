package reporttest

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestDiff(t *testing.T) {
	tests := []struct {
		name, a, b, want string
	}{
		{"equal", "a\nb\n", "a\nb\n", ""},
		{"both empty", "", "", ""},
		{"from empty", "", "x\ny\n", "@@ -0,0 +1,2 @@\n+   1 | x\n+   2 | y\n"},
		{"to empty", "x\n", "", "@@ -1,1 +0,0 @@\n- 1   | x\n"},
		{"change in middle", "1\n2\n3\n4\n5\n6\n7\n8\n9\n", "1\n2\n3\n4\nV\n6\n7\n8\n9\n",
			"@@ -2,7 +2,7 @@\n  2 2 | 2\n  3 3 | 3\n  4 4 | 4\n- 5   | 5\n+   5 | V\n  6 6 | 6\n  7 7 | 7\n  8 8 | 8\n"},
		{"insert at start", "b\nc\n", "a\nb\nc\n", "@@ -1,2 +1,3 @@\n+   1 | a\n  1 2 | b\n  2 3 | c\n"},
		{"missing final newline", "a\nb\n", "a\nb", "@@ -1,2 +1,2 @@\n  1 1 | a\n- 2   | b\n+   2 | b\n\\ No newline at end of file\n"},
		{"carriage return", "a\n", "a\r\n", "@@ -1,1 +1,1 @@\n- 1   | a\n+   1 | a\\r\n"},
		{"two hunks", "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n", "X\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\nY\n",
			"@@ -1,4 +1,4 @@\n-  1    | 1\n+     1 | X\n   2  2 | 2\n   3  3 | 3\n   4  4 | 4\n" +
				"@@ -9,4 +9,4 @@\n   9  9 | 9\n  10 10 | 10\n  11 11 | 11\n- 12    | 12\n+    12 | Y\n"},
		{"close changes join", "1\n2\n3\n4\n5\n6\n7\n", "X\n2\n3\n4\n5\n6\nY\n",
			"@@ -1,7 +1,7 @@\n- 1   | 1\n+   1 | X\n  2 2 | 2\n  3 3 | 3\n  4 4 | 4\n  5 5 | 5\n  6 6 | 6\n- 7   | 7\n+   7 | Y\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, Diff(tt.a, tt.b))
		})
	}
}

// applyEdits rebuilds b from a and the edit script, checking that every
// kept line really is equal.
func applyEdits(t *testing.T, a, b []string, edits []edit) []string {
	t.Helper()
	var out []string
	ai, bi := 0, 0
	for _, e := range edits {
		switch e.op {
		case opEqual:
			require.Equal(t, ai, e.a)
			require.Equal(t, bi, e.b)
			require.Equal(t, a[e.a], b[e.b])
			out = append(out, a[e.a])
			ai++
			bi++
		case opDelete:
			require.Equal(t, ai, e.a)
			ai++
		case opInsert:
			require.Equal(t, bi, e.b)
			out = append(out, b[e.b])
			bi++
		}
	}
	require.Equal(t, len(a), ai)
	return out
}

// lcsLen is the textbook dynamic-programming LCS length, the reference for
// the minimality of the Myers script.
func lcsLen(a, b []string) int {
	dp := make([][]int, len(a)+1)
	for i := range dp {
		dp[i] = make([]int, len(b)+1)
	}
	for i := len(a) - 1; i >= 0; i-- {
		for j := len(b) - 1; j >= 0; j-- {
			if a[i] == b[j] {
				dp[i][j] = dp[i+1][j+1] + 1
			} else {
				dp[i][j] = max(dp[i+1][j], dp[i][j+1])
			}
		}
	}
	return dp[0][0]
}

func TestDiffLinesRandom(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for i := range 500 {
		a := make([]string, r.IntN(12))
		b := make([]string, r.IntN(12))
		for j := range a {
			a[j] = string(rune('a' + r.IntN(4)))
		}
		for j := range b {
			b[j] = string(rune('a' + r.IntN(4)))
		}
		edits := diffLines(a, b)
		got := applyEdits(t, a, b, edits)
		require.Equal(t, fmt.Sprint(b), fmt.Sprint(got), "case %d", i)
		kept := 0
		for _, e := range edits {
			if e.op == opEqual {
				kept++
			}
		}
		assert.Equal(t, lcsLen(a, b), kept, "case %d: %v → %v is not minimal", i, a, b)
	}
}

func TestDiffLinesBounded(t *testing.T) {
	// Beyond maxEditDistance the middle is replaced as a whole; the
	// script is still correct.
	n := maxEditDistance + 10
	a := make([]string, n)
	b := make([]string, n)
	for i := range n {
		a[i] = fmt.Sprintf("a%d", i)
		b[i] = fmt.Sprintf("b%d", i)
	}
	a[0], b[0] = "same", "same"
	edits := diffLines(a, b)
	got := applyEdits(t, a, b, edits)
	assert.Equal(t, b, got)
	_, ok := myers(a[1:], b[1:], maxEditDistance)
	assert.False(t, ok)
}

func TestDiffLargeMostlyEqual(t *testing.T) {
	var a, b strings.Builder
	for i := range 5000 {
		fmt.Fprintf(&a, "line %d\n", i)
		if i == 2500 {
			b.WriteString("changed\n")
			continue
		}
		fmt.Fprintf(&b, "line %d\n", i)
	}
	d := Diff(a.String(), b.String())
	assert.Equal(t, "@@ -2498,7 +2498,7 @@\n", strings.SplitAfter(d, "\n")[0])
	assert.Contains(t, d, "- 2501      | line 2500\n+      2501 | changed\n")
}

// A one-character change in a long paragraph shows the changed character
// with some context, not two whole paragraphs.
func TestDiffHighlightsChangedCharacters(t *testing.T) {
	para := "区政协围绕全区中心工作，组织委员深入开展调研视察，形成调研报告多篇，为区委、区政府科学决策提供了参考依据，得到了区委主要领导的批示肯定。"
	edited := strings.Replace(para, "多篇", "5篇", 1)
	got := Diff("标题\n"+para+"\n", "标题\n"+edited+"\n")
	want := "@@ -1,2 +1,2 @@\n" +
		"  1 1 | 标题\n" +
		"- 2   | …，组织委员深入开展调研视察，形成调研报告[-多-]篇，为区委、区政府科学决策提供了参考依据…\n" +
		"+   2 | …，组织委员深入开展调研视察，形成调研报告{+5+}篇，为区委、区政府科学决策提供了参考依据…\n"
	assert.Equal(t, want, got)
	for _, line := range strings.Split(strings.TrimSpace(got), "\n")[2:] {
		assert.Less(t, len([]rune(line)), len([]rune(para)), "an edited line is shorter than the paragraph")
	}

	// Lines with nothing in common at either end are shown whole.
	assert.Equal(t, "@@ -1,1 +1,1 @@\n- 1   | 甲\n+   1 | 乙\n", Diff("甲\n", "乙\n"))
	// Two edited lines in a run are paired in order.
	assert.Equal(t, "@@ -1,2 +1,2 @@\n- 1   | 一[-二-]\n- 2   | 三[-四-]\n+   1 | 一{+贰+}\n+   2 | 三{+肆+}\n", Diff("一二\n三四\n", "一贰\n三肆\n"))
}
