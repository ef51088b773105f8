package validate

import (
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// normTags are the `norm` tags whose shortcut is checked: each option
// alone and the combinations the domain packages use.
var normTags = []string{"trim", "narrow", "upper", "name", "mobile", "narrow,upper", "trim,name", "narrow,upper,name,mobile"}

// normAlphabet mixes characters no option touches with every kind each
// option does touch: white space of all sorts, full-width letters and
// digits, lower-case letters (ASCII and not), look-alike dots, the
// characters normMobile drops or folds, country-code digits and bytes of
// invalid UTF-8.
var normAlphabet = []string{
	"张", "三", "𠀀", "·", "A", "1", "8", "6", "0", "+", "-", "(", ")", "（", "）", "－", "＋",
	" ", "\t", "\n", "\u3000", "\u00a0", "\u0085", "\u200b", "\ufeff", "\u2028",
	"ａ", "Ａ", "１", "ｚ", "！", "ß", "é", "ǆ", "ﬀ", "ı",
	"・", "•", "‧", "∙", "⋅", "·", "．", "･", "\ufffd", "\xff", "\xe5\xbc",
}

// checkKeeps asserts that keeps(s) implies that every step leaves s alone.
func checkKeeps(t *testing.T, o normOpts, tag, s string) bool {
	t.Helper()
	if !o.keeps(s) {
		return false
	}
	require.Equal(t, s, o.rewrite(s), "tag %q: keeps(%q) but the steps change it", tag, s)
	return true
}

func TestKeepsImpliesUnchanged(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 11))
	for _, tag := range normTags {
		o, err := parseNorm(tag)
		require.NoError(t, err)
		kept := 0
		for range 20000 {
			var b strings.Builder
			for range rng.IntN(16) {
				b.WriteString(normAlphabet[rng.IntN(len(normAlphabet))])
			}
			if checkKeeps(t, o, tag, b.String()) {
				kept++
			}
		}
		assert.Greater(t, kept, 100, "tag %q: the shortcut is hardly ever taken", tag)
		// Country codes, which only whole strings reveal.
		for _, s := range []string{"8613912345678", "008613912345678", "+8613912345678", "861391234567",
			"13912345678", "86139123456789"} {
			checkKeeps(t, o, tag, s)
		}
	}
}

func TestKeepsTypicalValues(t *testing.T) {
	// Clean values, the common case, take the shortcut.
	cases := []struct{ tag, s string }{
		{"name", "张三"}, {"name", "阿沛·阿旺晋美"}, {"trim", "某市某单位"}, {"trim", "经济界"},
		{"narrow,upper", "45020219700501011X"}, {"mobile", "13912345678"}, {"narrow", "a@b.cn"},
		{"trim", ""}, {"mobile", ""},
	}
	for _, tc := range cases {
		o, err := parseNorm(tc.tag)
		require.NoError(t, err)
		assert.True(t, o.keeps(tc.s), "%s %q", tc.tag, tc.s)
		assert.Equal(t, tc.s, o.apply(tc.s))
	}
	// Values that need work do not.
	for _, tc := range []struct{ tag, s string }{
		{"name", "张 三"}, {"name", "阿沛・阿旺晋美"}, {"trim", " 某单位"}, {"narrow,upper", "45020219700501011x"},
		{"narrow", "１"}, {"mobile", "+8613912345678"}, {"mobile", "139-1234-5678"}, {"upper", "é"},
	} {
		o, err := parseNorm(tc.tag)
		require.NoError(t, err)
		assert.False(t, o.keeps(tc.s), "%s %q", tc.tag, tc.s)
		assert.NotEqual(t, tc.s, o.apply(tc.s), "%s %q", tc.tag, tc.s)
	}
}

func FuzzKeeps(f *testing.F) {
	for _, s := range []string{"张三", " 张三 ", "+8613912345678", "ａ１", "\xff", "阿沛・阿旺晋美", "ǆ"} {
		f.Add(s, uint8(0))
	}
	f.Fuzz(func(t *testing.T, s string, which uint8) {
		tag := normTags[int(which)%len(normTags)]
		o, err := parseNorm(tag)
		require.NoError(t, err)
		checkKeeps(t, o, tag, s)
	})
}

type planInner struct {
	Line string `norm:"trim"`
}

type planOuter struct {
	Name  string      `norm:"name"`
	ID    string      `norm:"narrow,upper"`
	Items []planInner `norm:"-" json:"-"`
}

func TestNormalizeCleanValueDoesNotAllocate(t *testing.T) {
	type clean struct {
		Name   string `norm:"name"`
		Mobile string `norm:"mobile"`
		Lines  []planInner
		Inner  planInner
	}
	v := &clean{Name: "张三", Mobile: "13912345678", Lines: []planInner{{"一"}, {"二"}}, Inner: planInner{"三"}}
	require.NoError(t, Normalize(v)) // builds the plans
	allocs := testing.AllocsPerRun(100, func() { _ = Normalize(v) })
	assert.Zero(t, allocs)
	assert.Equal(t, "张三", v.Name)

	// A norm tag on a slice of structs is still refused, as before.
	assert.ErrorIs(t, Normalize(&planOuter{}), ErrBadTag)
}

func TestIsEmail(t *testing.T) {
	for s, want := range map[string]bool{
		"a@b.cn": true, "zhang.wei@example.org.cn": true, "": false, "a@": false, "not an email": false, "a b@c.cn": false,
	} {
		assert.Equal(t, want, IsEmail(s), s)
		// The predicate agrees with the tag it stands for.
		assert.Equal(t, want, Var(s, "email", "电子邮箱") == nil, s)
	}
}

func BenchmarkNormalize(b *testing.B) {
	type rec struct {
		ID     string `norm:"trim"`
		Name   string `norm:"name"`
		Number string `norm:"narrow,upper"`
		Mobile string `norm:"mobile"`
		Lines  []planInner
	}
	v := &rec{ID: "m1", Name: "张三", Number: "45020219700501011X", Mobile: "13912345678", Lines: []planInner{{"科技组"}}}
	b.ReportAllocs()
	for b.Loop() {
		if err := Normalize(v); err != nil {
			b.Fatal(err)
		}
	}
}

type planNode struct {
	Name string `norm:"trim"`
	Kids []planNode
	Meta planMeta
}

type planMeta struct {
	Deep planDeep
}

type planDeep struct {
	Count int
}

type planBadDeep struct {
	Inner struct {
		Inner struct {
			N int `norm:"trim"`
		}
	}
}

func TestPlansSkipFieldsWithoutWork(t *testing.T) {
	n := &planNode{Name: " 根 ", Kids: []planNode{{Name: " 枝 ", Kids: []planNode{{Name: " 叶 "}}}}}
	require.NoError(t, Normalize(n))
	assert.Equal(t, "根", n.Name)
	assert.Equal(t, "枝", n.Kids[0].Name)
	assert.Equal(t, "叶", n.Kids[0].Kids[0].Name, "a recursive field is walked")

	p := planFor(reflect.TypeFor[planNode]())
	require.Len(t, p.fields, 2, "Meta leads to no norm tag and is left out")
	assert.Equal(t, 0, p.fields[0].index)
	assert.Equal(t, 1, p.fields[1].index)

	// A bad tag deep below is still reported.
	assert.ErrorIs(t, Normalize(&planBadDeep{}), ErrBadTag)
}
