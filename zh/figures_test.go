package zh_test

import (
	"math"
	"strconv"
	"strings"
	"testing"
	"text/template"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/lvzhi-go/lvzhi/zh"
)

func TestPercentDecimals(t *testing.T) {
	tests := []struct {
		num, den, dec int
		want          string
	}{
		{129, 134, 0, "96%"},
		{129, 134, 1, "96.3%"},
		{129, 134, 2, "96.27%"},
		{1999, 2000, 0, "99%"},   // 99.95% is never 100%
		{1999, 2000, 1, "99.9%"}, // nor 100.0%
		{1999, 2000, 2, "99.95%"},
		{19999, 20000, 2, "99.99%"},
		{1, 3000, 0, "1%"}, // 0.03% is never 0%
		{1, 3000, 2, "0.03%"},
		{1, 300000, 2, "0.01%"},
		{1, 2, 2, "50%"},
		{1, 8, 2, "12.5%"},
		{1, 8, 0, "13%"},
		{-1, 8, 2, "-12.5%"},
		{0, 5, 2, "0%"},
		{5, 5, 0, "100%"},
		{3, 2, 0, "150%"},
		{129, 134, 7, "96.27%"}, // clamped to 2
		{129, 134, -1, "96%"},   // clamped to 0
		{1, 0, 1, ""},
		{math.MaxInt - 1, math.MaxInt, 2, "99.99%"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, zh.PercentDecimals(tt.num, tt.den, tt.dec), "%d/%d at %d", tt.num, tt.den, tt.dec)
	}
}

// TestPercentDecimalsNeverOverstates checks, for every fraction up to a
// denominator of 400, that a rate below 1 never reads 100% and a rate
// above 0 never reads 0%, at every precision, and that one decimal is
// what Percent writes.
func TestPercentDecimalsNeverOverstates(t *testing.T) {
	for den := 1; den <= 400; den++ {
		for num := 0; num <= den; num++ {
			assert.Equal(t, zh.Percent(num, den), zh.PercentDecimals(num, den, 1))
			for dec := range 3 {
				s := zh.PercentDecimals(num, den, dec)
				v, err := strconv.ParseFloat(strings.TrimSuffix(s, "%"), 64)
				require.NoError(t, err, s)
				if num < den && v >= 100 {
					t.Fatalf("%d/%d at %d decimals: %s", num, den, dec, s)
				}
				if num > 0 && v <= 0 {
					t.Fatalf("%d/%d at %d decimals: %s", num, den, dec, s)
				}
				exact := 100 * float64(num) / float64(den)
				if math.Abs(v-exact) > 1.0 {
					t.Fatalf("%d/%d at %d decimals: %s is far from %f", num, den, dec, s, exact)
				}
			}
		}
	}
}

func TestAtLeast(t *testing.T) {
	tests := []struct {
		num, den, step int
		want           string
	}{
		{992, 1000, 1, "99%以上"},
		{1999, 2000, 1, "99%以上"}, // 99.95% is not 100%以上
		{992, 1000, 5, "95%以上"},
		{129, 134, 5, "95%以上"},
		{95, 100, 5, "95%以上"},
		{10, 10, 1, "100%"},
		{10, 10, 5, "100%"},
	}
	for _, tt := range tests {
		got, err := zh.AtLeast(tt.num, tt.den, tt.step)
		require.NoError(t, err)
		assert.Equal(t, tt.want, got, "%d/%d step %d", tt.num, tt.den, tt.step)
	}
	for _, bad := range [][3]int{{1, 0, 1}, {-1, 5, 1}, {6, 5, 1}, {1, 200, 1}, {4, 100, 5}, {9, 10, 0}, {9, 10, 101}} {
		_, err := zh.AtLeast(bad[0], bad[1], bad[2])
		assert.Error(t, err, "%v", bad)
	}
	_, err := zh.AtLeast(4, 100, 5)
	assert.ErrorContains(t, err, "不足5%")
}

func TestApproximate(t *testing.T) {
	tests := []struct {
		n    int
		q    zh.Approx
		unit int
		want string
	}{
		{6512, zh.Over, 0, "6500余"},
		{6512, zh.More, 0, "6500多"},
		{6512, zh.About, 0, "约6500"},
		{6562, zh.About, 0, "约6600"},
		{6512, zh.Nearly, 0, "近6600"},
		{6512, zh.Over, 1000, "6000余"},
		{19600, zh.Nearly, 0, "近2万"},
		{19600, zh.Over, 0, "1.9万余"},
		{922, zh.Over, 0, "920余"},
		{334, zh.More, 0, "330多"},
		{21, zh.More, 0, "20多"},
		{6500, zh.Over, 0, "6500"}, // already round: exact, since 6500余 would be untrue
		{7, zh.More, 0, "7"},       // nothing round below 10
		{5, zh.About, 10, "5"},
		{123456, zh.Over, 0, "12万余"},
		{0, zh.Nearly, 0, "0"},
	}
	for _, tt := range tests {
		got, err := zh.Approximate(tt.n, tt.q, tt.unit)
		require.NoError(t, err)
		assert.Equal(t, tt.want, got, "%d %v %d", tt.n, tt.q, tt.unit)
	}
	for _, bad := range []struct {
		n    int
		q    zh.Approx
		unit int
	}{{-1, zh.Over, 0}, {10, 0, 0}, {10, 9, 0}, {6512, zh.Over, 50}, {6512, zh.Over, 1}} {
		_, err := zh.Approximate(bad.n, bad.q, bad.unit)
		assert.Error(t, err, "%+v", bad)
	}
}

// TestApproximateTrue checks that every approximation says something true
// of the exact count: 余/多 below it, 近 above it.
func TestApproximateTrue(t *testing.T) {
	for n := 10; n < 30000; n += 7 {
		for _, q := range []zh.Approx{zh.More, zh.Over, zh.Nearly, zh.About} {
			s, err := zh.Approximate(n, q, 0)
			require.NoError(t, err)
			word := q.String()
			if !strings.Contains(s, word) {
				continue // exact
			}
			num := strings.ReplaceAll(s, word, "")
			v := parseArabic(t, num)
			switch q {
			case zh.More, zh.Over:
				assert.Less(t, v, n, s)
				assert.True(t, zh.Round(v), s)
				_, err := zh.ApproxNumber(v, q)
				assert.NoError(t, err, s)
			case zh.Nearly:
				assert.Greater(t, v, n, s)
			}
		}
	}
}

func parseArabic(t *testing.T, s string) int {
	t.Helper()
	mul := 1.0
	if r, ok := strings.CutSuffix(s, "万"); ok {
		s, mul = r, 10000
	}
	f, err := strconv.ParseFloat(s, 64)
	require.NoError(t, err, s)
	return int(math.Round(f * mul))
}

func TestApproxNumber(t *testing.T) {
	good := map[string]struct {
		n int
		q zh.Approx
	}{
		"近2万":   {20000, zh.Nearly},
		"300多":  {300, zh.More},
		"6500余": {6500, zh.Over},
		"约50":   {50, zh.About},
		"21":    {21, 0},
		"1.5万":  {15000, 0},
		"12345": {12345, 0},
		"34.5亿": {3450000000, 0},
	}
	for want, in := range good {
		got, err := zh.ApproxNumber(in.n, in.q)
		require.NoError(t, err)
		assert.Equal(t, want, got)
	}
	_, err := zh.ApproxNumber(6512, zh.Over)
	assert.ErrorContains(t, err, "不能写作“6512余”")
	_, err = zh.ApproxNumber(21, zh.More)
	assert.Error(t, err)
	_, err = zh.ApproxNumber(-20, zh.About)
	assert.Error(t, err)
	_, err = zh.ApproxNumber(20, zh.Approx(7))
	assert.Error(t, err)
}

func TestParseApprox(t *testing.T) {
	for _, q := range []zh.Approx{0, zh.About, zh.Nearly, zh.More, zh.Over} {
		got, err := zh.ParseApprox(q.String())
		require.NoError(t, err)
		assert.Equal(t, q, got)
	}
	_, err := zh.ParseApprox("左右")
	assert.Error(t, err)
	assert.Equal(t, "Approx(9)", zh.Approx(9).String())
}

func TestCompareCount(t *testing.T) {
	assert.Equal(t, "较上年增加6件，增长15.8%", zh.CompareCount(38, 44, "件", "上年"))
	assert.Equal(t, "较上年减少6件，下降13.6%", zh.CompareCount(44, 38, "件", "上年"))
	assert.Equal(t, "与上年持平", zh.CompareCount(44, 44, "件", "上年"))
	assert.Equal(t, "较上年增加5件", zh.CompareCount(0, 5, "件", "上年"))
	assert.Equal(t, "较上年减少5件，下降100%", zh.CompareCount(5, 0, "件", "上年"))
	assert.Equal(t, "较上年减少9999人，下降99.9%", zh.CompareCount(10000, 1, "人", "上年"))
	assert.Equal(t, "较上届增加38件，增长100%", zh.CompareCount(38, 76, "件", "上届"))
}

func TestCompareRate(t *testing.T) {
	tests := []struct {
		pn, pd, n, d int
		want         string
	}{
		// The difference of the printed rates, 94.7% and 96.3%, not of
		// the exact ones (1.53).
		{36, 38, 129, 134, "较上年提高1.6个百分点"},
		{129, 134, 36, 38, "较上年下降1.6个百分点"},
		{1, 2, 2, 4, "与上年持平"},
		// 94.89% and 94.95% are both published as 94.9%: 持平, never
		// 提高0.1个百分点 beside two equal figures.
		{167, 176, 188, 198, "与上年持平"},
		{1, 3, 333, 1000, "与上年持平"},
		{0, 5, 5, 5, "较上年提高100个百分点"},
		{968, 1000, 1000, 1000, "较上年提高3.2个百分点"},
		// 99.95% is published 99.9%, never 100%.
		{1999, 2000, 2000, 2000, "较上年提高0.1个百分点"},
	}
	for _, tt := range tests {
		got, err := zh.CompareRate(tt.pn, tt.pd, tt.n, tt.d, "上年")
		require.NoError(t, err)
		assert.Equal(t, tt.want, got, "%+v", tt)
	}
	_, err := zh.CompareRate(1, 0, 1, 2, "上年")
	assert.Error(t, err)
}

// The points a comparison states are always the difference of the two
// rates as printed at the same precision.
func TestCompareRateIsDifferenceOfPrinted(t *testing.T) {
	for _, dec := range []int{0, 1, 2} {
		for pd := 1; pd <= 40; pd += 3 {
			for pn := 0; pn <= pd; pn += 2 {
				for d := 1; d <= 40; d += 5 {
					for n := 0; n <= d; n++ {
						got, err := zh.CompareRateDecimals(pn, pd, n, d, dec, "上年")
						require.NoError(t, err)
						p := printedValue(t, zh.PercentDecimals(pn, pd, dec))
						c := printedValue(t, zh.PercentDecimals(n, d, dec))
						want := "与上年持平"
						if diff := math.Round((c-p)*100) / 100; diff != 0 {
							word := "提高"
							if diff < 0 {
								word, diff = "下降", -diff
							}
							want = "较上年" + word + strconv.FormatFloat(diff, 'f', -1, 64) + "个百分点"
						}
						assert.Equal(t, want, got, "%d/%d → %d/%d at %d decimals", pn, pd, n, d, dec)
					}
				}
			}
		}
	}
	s, err := zh.CompareRateDecimals(36, 38, 129, 134, 0, "上年")
	require.NoError(t, err)
	assert.Equal(t, "较上年提高1个百分点", s)
	s, err = zh.CompareRateDecimals(36, 38, 129, 134, 2, "上年")
	require.NoError(t, err)
	assert.Equal(t, "较上年提高1.53个百分点", s)
}

// printedValue reads a printed percentage back.
func printedValue(t *testing.T, s string) float64 {
	t.Helper()
	v, err := strconv.ParseFloat(strings.TrimSuffix(s, "%"), 64)
	require.NoError(t, err)
	return v
}

func TestPercentFixed(t *testing.T) {
	for _, tt := range []struct {
		n, d, dec int
		want      string
	}{
		{144, 150, 1, "96.0%"}, {12, 18, 1, "66.7%"}, {5, 5, 1, "100.0%"}, {5, 5, 0, "100%"},
		{1, 2, 2, "50.00%"}, {1999, 2000, 1, "99.9%"}, {1999, 2000, 2, "99.95%"}, {0, 3, 1, "0.0%"},
		{-1, 8, 1, "-12.5%"}, {1, 0, 1, ""},
	} {
		assert.Equal(t, tt.want, zh.PercentFixed(tt.n, tt.d, tt.dec), "%+v", tt)
		// The value is the one PercentDecimals writes.
		if tt.want != "" {
			a, _ := strconv.ParseFloat(strings.TrimSuffix(tt.want, "%"), 64)
			b, _ := strconv.ParseFloat(strings.TrimSuffix(zh.PercentDecimals(tt.n, tt.d, tt.dec), "%"), 64)
			assert.Equal(t, b, a)
		}
	}
}

type frac struct{ n, d int }

func (f frac) Fraction() (int, int) { return f.n, f.d }

func TestFigureFuncs(t *testing.T) {
	data := map[string]any{
		"Rate":   frac{129, 134},
		"Prev":   frac{36, 38},
		"Sat":    frac{992, 1000},
		"Counts": []int{3, 4, 5},
		"N":      6512,
	}
	tests := []struct{ src, want string }{
		{"{{percent 129 134}}", "96.3%"},
		{"{{percent 129 134 0}}", "96%"},
		{"{{percent 129 134 2}}", "96.27%"},
		{"{{percent .Rate}}", "96.3%"},
		{"{{percent .Rate 0}}", "96%"},
		{"{{atleast .Sat}}", "99%以上"},
		{"{{atleast .Sat 5}}", "95%以上"},
		{"{{atleast 992 1000}}", "99%以上"},
		{`{{approx .N "余"}}人次`, "6500余人次"},
		{`{{approx 19600 "近"}}字`, "近2万字"},
		{`{{approx .N "余" 1000}}人次`, "6000余人次"},
		{`{{approxnum 300 "多"}}张`, "300多张"},
		{`{{compare 38 44 "件"}}`, "较上年增加6件，增长15.8%"},
		{`{{compare 44 44 "件" "上半年"}}`, "与上半年持平"},
		{`{{comparerate .Prev .Rate}}`, "较上年提高1.6个百分点"},
		{`{{comparerate 36 38 129 134 "上届"}}`, "较上届提高1.6个百分点"},
		{`{{comparerate 36 38 129 134 "上届" 0}}`, "较上届提高1个百分点"},
		{`{{comparerate .Prev .Rate 2}}`, "较上年提高1.53个百分点"},
		{`{{comparerate 167 176 188 198}}`, "与上年持平"},
		{"{{add 3 2}}", "5"},
		{"{{add 3 2 1}}", "6"},
		{"{{sub 44 38}}", "6"},
		{"{{sum .Counts}}", "12"},
		{"{{sum .Counts 1 2}}", "15"},
		{"{{sum}}", "0"},
	}
	for _, tt := range tests {
		got, err := run(tt.src, data)
		require.NoError(t, err, tt.src)
		assert.Equal(t, tt.want, got, tt.src)
	}
	errs := []struct{ src, want string }{
		{`{{approxnum 6512 "余"}}`, "approxnum：zh: “余”只能跟在整十"},
		{`{{approx 6512 "左右"}}`, "approx：zh: 概数用词应为"},
		{`{{approx 6512 5}}`, "approx：概数用词应为字符串"},
		{"{{percent 129 134 3}}", "percent：小数位数应为0、1或2"},
		{"{{percent 129}}", "percent：需要一个比率"},
		{"{{percent .Rate 1 2}}", "percent：参数过多"},
		{"{{atleast 4 100 5}}", "atleast：zh: 比率4%不足5%"},
		{`{{comparerate .Prev}}`, "comparerate：需要一个比率"},
		{`{{comparerate .Prev .Rate ""}}`, "comparerate：比较对象应为非空字符串"},
		{`{{comparerate .Prev .Rate 3}}`, "comparerate：小数位数应为0、1或2"},
		{`{{comparerate .Prev .Rate "上年" 1 2}}`, "comparerate：参数过多"},
		{`{{comparerate 1 0 1 2}}`, "comparerate：zh: 比较比率需要正的分母"},
		{`{{compare 1 "2" "件"}}`, "compare：参数应为整数"},
		{`{{sum "a"}}`, "sum：参数应为整数"},
		{`{{sub 1 "a"}}`, "sub：参数应为整数"},
	}
	for _, tt := range errs {
		_, err := run(tt.src, data)
		require.Error(t, err, tt.src)
		assert.Contains(t, err.Error(), tt.want, tt.src)
	}
}

func run(src string, data any) (string, error) {
	tmpl, err := template.New("t").Funcs(zh.FuncMap()).Parse(src)
	if err != nil {
		return "", err
	}
	var b strings.Builder
	err = tmpl.Execute(&b, data)
	return b.String(), err
}

func TestApproximateLimits(t *testing.T) {
	s, err := zh.Approximate(math.MaxInt-5, zh.Nearly, 10)
	require.NoError(t, err)
	assert.Equal(t, strconv.Itoa(math.MaxInt-5), s, "no round number above it fits an int: exact")
	s, err = zh.Approximate(math.MaxInt, zh.Over, 0)
	require.NoError(t, err)
	assert.True(t, strings.HasSuffix(s, "余"), s)
}
