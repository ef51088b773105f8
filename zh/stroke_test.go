package zh_test

import (
	"bufio"
	"fmt"
	"math/rand/v2"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/lvzhi-go/lvzhi/zh"
)

func TestStrokeOrder(t *testing.T) {
	tests := []struct {
		r    rune
		want string
	}{
		{'一', "横"},
		{'乙', "折"},
		{'丁', "横竖"},
		{'卜', "竖点"},
		{'马', "折折横"},
		{'小', "竖撇点"},
		{'王', "横横竖横"},
		{'毛', "撇横横折"},
		{'石', "横撇竖折横"},
		{'李', "横竖撇点折竖横"},
		{'杨', "横竖撇点折撇撇"},
		{'吴', "竖折横横横撇点"},
		{'何', "撇竖横竖折横竖"},
		{'张', "折横折撇横折点"},
		{'陈', "折竖横折竖撇点"},
		{'陳', "折竖横竖折横横竖撇点"},
	}
	for _, tt := range tests {
		t.Run(string(tt.r), func(t *testing.T) {
			got, ok := zh.StrokeOrder(tt.r)
			require.True(t, ok)
			assert.Equal(t, tt.want, got)
			n, ok := zh.Strokes(tt.r)
			require.True(t, ok)
			assert.Equal(t, utf8.RuneCountInString(tt.want), n)
		})
	}
}

func TestStrokeOrderNotCovered(t *testing.T) {
	for _, r := range []rune{'A', '1', '·', '　', '〇', '䶮', '\u9FF0', 0x2B5E7, utf8.RuneError, -1, utf8.MaxRune + 1} {
		got, ok := zh.StrokeOrder(r)
		assert.False(t, ok, "U+%04X", r)
		assert.Empty(t, got, "U+%04X", r)
		n, ok := zh.Strokes(r)
		assert.False(t, ok, "U+%04X", r)
		assert.Zero(t, n, "U+%04X", r)
	}
}

// TestStrokeTableBlock checks every covered character: the table holds exactly the CJK
// Unified Ideographs U+4E00–U+9FEF, and each count equals the length of the sequence.
func TestStrokeTableBlock(t *testing.T) {
	classes := "横竖撇点折"
	covered := 0
	for r := rune(0x3400); r <= 0xA000; r++ {
		n, ok := zh.Strokes(r)
		seq, ok2 := zh.StrokeOrder(r)
		require.Equal(t, ok, ok2, "U+%04X", r)
		if !ok {
			continue
		}
		covered++
		require.True(t, r >= 0x4E00 && r <= 0x9FEF, "U+%04X covered", r)
		require.Positive(t, n, "U+%04X", r)
		require.Equal(t, n, utf8.RuneCountInString(seq), "U+%04X", r)
		for _, s := range seq {
			require.Contains(t, classes, string(s), "U+%04X", r)
		}
	}
	assert.Equal(t, 0x9FEF-0x4E00+1, covered)
}

// TestStrokeCountsUnihan compares the counts of the characters of the 通用规范汉字表 with
// their Unihan kTotalStrokes, listed in the generator's test data.
func TestStrokeCountsUnihan(t *testing.T) {
	f, err := os.Open("internal/strokegen/testdata/tgh_strokes.tsv")
	require.NoError(t, err)
	defer f.Close()
	sc := bufio.NewScanner(f)
	var total, covered, lines int
	for sc.Scan() {
		lines++
		line := sc.Text()
		if strings.HasPrefix(line, "#") {
			continue
		}
		fields := strings.Split(line, "\t")
		require.Len(t, fields, 3, "line %d", lines)
		r, size := utf8.DecodeRuneInString(fields[1])
		require.Equal(t, len(fields[1]), size, "line %d", lines)
		want, err := strconv.Atoi(fields[2])
		require.NoError(t, err, "line %d", lines)
		total++
		n, ok := zh.Strokes(r)
		if !ok {
			assert.False(t, r >= 0x4E00 && r <= 0x9FFF, "%c U+%04X not covered", r, r)
			continue
		}
		covered++
		assert.Equal(t, want, n, "%c U+%04X", r, r)
	}
	require.NoError(t, sc.Err())
	assert.Equal(t, 8105, total)
	assert.Equal(t, 7832, covered)
}

func TestStrokeCompareKnownOrders(t *testing.T) {
	tests := []struct {
		name  string
		order []string
	}{
		{"official 7-stroke surnames", []string{"李", "杨", "吴", "何", "张", "陈"}},
		{"2 strokes 横 before 竖", []string{"丁", "卜"}},
		{"4 strokes 横 before 撇", []string{"王", "毛"}},
		{"1 stroke", []string{"一", "乙"}},
		{"count first", []string{"一", "马", "王", "石", "李"}},
		{"prefix first, then second character", []string{"王", "王伟", "王芳", "王明华", "毛"}},
		{"same sequence by code point", []string{"人", "八"}},
		{"traditional by own count", []string{"陈", "陳"}},
		{"full-width space skipped", []string{"王　伟", "王芳"}},
		{"middle dot skipped", []string{"古丽·王", "古丽张"}},
		{"transcribed name by its first character", []string{"阿木", "阿沛·阿旺晋美"}},
		{"uncovered Han after covered", []string{"龘", "䶮", "\U0002B5E7"}},
		{"others after Han by code point", []string{"䶮", "1", "A", "Wang", "a", "\uFFFD", "\xff"}},
		{"uncovered Han in second place", []string{"刘龘", "刘䶮", "刘A"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for i := 0; i+1 < len(tt.order); i++ {
				a, b := tt.order[i], tt.order[i+1]
				assert.Equal(t, -1, zh.StrokeCompare(a, b), "%q vs %q", a, b)
				assert.Equal(t, 1, zh.StrokeCompare(b, a), "%q vs %q", b, a)
				assert.True(t, zh.StrokeLess(a, b), "%q < %q", a, b)
				assert.False(t, zh.StrokeLess(b, a), "%q < %q", b, a)
			}
			shuffled := slices.Clone(tt.order)
			slices.Reverse(shuffled)
			zh.SortByStroke(shuffled, func(s string) string { return s })
			assert.Equal(t, tt.order, shuffled)
		})
	}
}

func TestStrokeCompareTies(t *testing.T) {
	tests := []struct {
		a, b string
		want int
	}{
		{"王伟", "王伟", 0},
		{"", "", 0},
		{"", "王", -1},
		{"王伟", "王　伟", 1}, // same characters: byte order decides, "王伟" > "王\u3000伟"
		{"买买提·明", "买买提明", -1},
		{"人", "八", -1},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("%q_%q", tt.a, tt.b), func(t *testing.T) {
			assert.Equal(t, tt.want, zh.StrokeCompare(tt.a, tt.b))
			assert.Equal(t, -tt.want, zh.StrokeCompare(tt.b, tt.a))
		})
	}
}

type strokeMember struct {
	Name string
	ID   int
}

func TestSortByStrokeStable(t *testing.T) {
	members := []strokeMember{
		{"陈明", 1}, {"张伟", 2}, {"陈明", 3}, {"李强", 4}, {"王芳", 5},
		{"张伟", 6}, {"李强", 7}, {"陈明", 8}, {"丁一", 9}, {"Smith", 10},
	}
	zh.SortByStroke(members, func(m strokeMember) string { return m.Name })
	want := []strokeMember{
		{"丁一", 9}, {"王芳", 5}, {"李强", 4}, {"李强", 7}, {"张伟", 2},
		{"张伟", 6}, {"陈明", 1}, {"陈明", 3}, {"陈明", 8}, {"Smith", 10},
	}
	assert.Equal(t, want, members)
}

func TestSortByStrokeSmall(t *testing.T) {
	var empty []string
	zh.SortByStroke(empty, func(s string) string { return s })
	assert.Empty(t, empty)
	one := []string{"王"}
	zh.SortByStroke(one, func(s string) string { return s })
	assert.Equal(t, []string{"王"}, one)
}

// TestSortByStrokeMatchesCompare sorts random names and checks the result against a stable
// sort with StrokeCompare and the properties of a total order.
func TestSortByStrokeMatchesCompare(t *testing.T) {
	names := strokeRandomNames(600, 7)
	got := slices.Clone(names)
	zh.SortByStroke(got, func(s string) string { return s })
	want := slices.Clone(names)
	slices.SortStableFunc(want, zh.StrokeCompare)
	assert.Equal(t, want, got)
	for i := 0; i+1 < len(got); i++ {
		assert.LessOrEqual(t, zh.StrokeCompare(got[i], got[i+1]), 0, "%q %q", got[i], got[i+1])
	}
	for i := 0; i+2 < len(names); i++ {
		a, b, c := names[i], names[i+1], names[i+2]
		assert.Equal(t, zh.StrokeCompare(a, b), -zh.StrokeCompare(b, a))
		if zh.StrokeCompare(a, b) <= 0 && zh.StrokeCompare(b, c) <= 0 {
			assert.LessOrEqual(t, zh.StrokeCompare(a, c), 0, "%q %q %q", a, b, c)
		}
	}
}

func FuzzStrokeCompare(f *testing.F) {
	seeds := [][2]string{
		{"李", "杨"}, {"张", "陈"}, {"王", "王伟"}, {"古丽·王", "古丽张"}, {"", ""},
		{"\xff", "\xfe"}, {"\xe6\x9d", "李"}, {"A", "䶮"}, {"王　伟", "王伟"}, {"\uFFFD", "\xff"},
	}
	for _, s := range seeds {
		f.Add(s[0], s[1])
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		ab, ba := zh.StrokeCompare(a, b), zh.StrokeCompare(b, a)
		if ab != -ba {
			t.Fatalf("StrokeCompare(%q, %q) = %d but reversed %d", a, b, ab, ba)
		}
		if ab < -1 || ab > 1 {
			t.Fatalf("StrokeCompare(%q, %q) = %d", a, b, ab)
		}
		if (ab == 0) != (a == b) {
			t.Fatalf("StrokeCompare(%q, %q) = %d", a, b, ab)
		}
		if zh.StrokeCompare(a, a) != 0 {
			t.Fatalf("StrokeCompare(%q, itself) != 0", a)
		}
		s := []string{b, a}
		zh.SortByStroke(s, func(x string) string { return x })
		if zh.StrokeCompare(s[0], s[1]) > 0 {
			t.Fatalf("SortByStroke gave %q", s)
		}
	})
}

// strokeRandomNames returns n names of two or three characters built from common surnames
// and given-name characters, with a few duplicates, spaces, dots and Latin names.
func strokeRandomNames(n int, seed uint64) []string {
	surnames := []rune("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
	given := []rune("伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华建国志红玉梅文斌海燕鹏飞宇浩然子涵欣怡晨阳俊")
	rng := rand.New(rand.NewPCG(seed, seed))
	names := make([]string, n)
	for i := range names {
		var b strings.Builder
		b.WriteRune(surnames[rng.IntN(len(surnames))])
		switch rng.IntN(20) {
		case 0:
			b.WriteString("　")
		case 1:
			b.WriteString("·")
		}
		for range 1 + rng.IntN(2) {
			b.WriteRune(given[rng.IntN(len(given))])
		}
		names[i] = b.String()
		switch {
		case i > 0 && rng.IntN(15) == 0:
			names[i] = names[rng.IntN(i)]
		case rng.IntN(100) == 0:
			names[i] = "Li Wei"
		}
	}
	return names
}

func BenchmarkSortByStroke(b *testing.B) {
	names := strokeRandomNames(2500, 42)
	s := make([]string, len(names))
	b.ReportAllocs()
	for b.Loop() {
		copy(s, names)
		zh.SortByStroke(s, func(x string) string { return x })
	}
}

func BenchmarkStrokeCompare(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		zh.StrokeCompare("欧阳明华", "欧阳明辉")
	}
}
