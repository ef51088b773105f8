package proofread_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/lvzhi-go/lvzhi/zh/proofread"
)

func rulesOf(fs []proofread.Finding) []string {
	out := make([]string, len(fs))
	for i, f := range fs {
		out[i] = f.Rule
	}
	return out
}

func TestNumberRules(t *testing.T) {
	cases := []struct {
		text  string
		rules []string // expected rule ids, in order; nil = clean
		sugg  string   // expected suggestion of the first finding, if any
	}{
		// 多/余 after numbers
		{"共搜集社情民意线索21多条", []string{"approx-after-exact"}, "21"},
		{"共搜集社情民意线索20多条", nil, ""},
		{"精选300多张图片", nil, ""},
		{"收到100余件", nil, ""},
		{"约3.5余万元", []string{"stacked-approx", "approx-after-exact"}, "3.5余"},
		{"近2万多字", nil, ""},
		// stacked approximations
		{"约20多人参加", []string{"stacked-approx"}, "20多"},
		{"将近400余人", []string{"stacked-approx"}, "400余"},
		{"大约30人左右", []string{"stacked-approx"}, "30人"},
		{"20多人左右", []string{"stacked-approx"}, "20多人"},
		{"节约10多万元", nil, ""},
		{"最近10多年来", nil, ""},
		{"约20人", nil, ""},
		{"30人左右", nil, ""},
		// an approximate figure beside an exact change
		{"各类履职活动1100余人次，较上年增加161人次", []string{"approx-exact-change"}, ""},
		{"约6500人次，比上年减少37人次", []string{"approx-exact-change"}, ""},
		{"收到100余件，较上年增长12.5%", []string{"approx-exact-change"}, ""},
		{"1166人次，较上年增加161人次", nil, ""},
		{"1100余人次，较上年增加100余人次", nil, ""},
		// digits with 千/百/十
		{"资金4千万元", []string{"mixed-numeral"}, ""},
		{"3百人", []string{"mixed-numeral"}, ""},
		{"3.45亿元", nil, ""},
		{"5千米", nil, ""},
		{"增长3百分点", nil, ""},
		// ranges
		{"增长20～30%", []string{"range-unit"}, "20%～30%"},
		{"投资3～5亿元", []string{"range-unit"}, "3亿～5亿"},
		{"增长20%～30%", nil, ""},
		{"投资3亿～5亿元", nil, ""},
		{"2021-2022年", nil, ""},
		// years
		{"22年上半年", []string{"short-year"}, ""},
		{"22年度工作", []string{"short-year"}, ""},
		{"22年3月", []string{"short-year"}, ""},
		{"2022年上半年", nil, ""},
		{"建校22年来", nil, ""},
		// full-width digits
		{"收到提案４４件", []string{"fullwidth-digit"}, "44"},
	}
	for _, tc := range cases {
		got := proofread.Check(tc.text)
		if tc.rules == nil {
			assert.Empty(t, got, tc.text)
			continue
		}
		require.Equal(t, tc.rules, rulesOf(got), tc.text)
		assert.Equal(t, proofread.KindNumber, got[0].Kind)
		if tc.sugg != "" {
			assert.Equal(t, tc.sugg, got[0].Suggestion, tc.text)
		}
		assert.NotEmpty(t, got[0].Message)
	}
}

func TestHeadingRules(t *testing.T) {
	cases := []struct {
		text  string
		rules []string
	}{
		{"1、举办常委学习班", []string{"heading-dunhao"}},
		{"　　2、抓好委员小组活动", []string{"heading-dunhao"}},
		{"4、5月份分两期组织常委学习", nil},
		{"1.举办常委学习班", nil},
		{"（一）、加强学习", []string{"heading-paren"}},
		{"（一）加强学习", nil},
		{"(一)加强学习", []string{"heading-paren"}},
		{"一.加强学习", []string{"heading-han-dot"}},
		{"一、加强学习", nil},
		{"第一段\n3、第三项", []string{"heading-dunhao"}},
		{"附件：1.2022年上半年提案办理情况统计表", []string{"ordinal-year"}},
		{"　　　2.2022年上半年各界别委员履职情况统计表", []string{"ordinal-year"}},
		{"附件：1.区政协2022年上半年提案办理情况统计表", nil},
		{"1.5万名委员参加", nil},
		{"增长1.2022年", nil},
		{"1.1998年以来", []string{"ordinal-year"}},
	}
	for _, tc := range cases {
		got := proofread.Check(tc.text)
		if tc.rules == nil {
			assert.Empty(t, got, tc.text)
			continue
		}
		assert.Equal(t, tc.rules, rulesOf(got), tc.text)
	}
}

// A colon inside another's scope is reported; one per sentence, colons in
// quotations and 《》, and times are not.
func TestNestedColon(t *testing.T) {
	for _, tc := range []struct {
		text string
		want int
	}{
		{"注：1.统计时间：2022年1月8日至6月15日。", 1},
		{"注：参加其他会议和活动10次：出席主席会议3次：参加文史工作2次。", 2},
		{"注：1.统计时间为2022年1月8日至6月15日。2.立案率：以收到提案数为基数。", 0},
		{"主要是：委员活动小组开展工作不平衡。", 0},
		{"他指出：“要做到三点：一是学习。”", 0},
		{"会议于10：30开始，议程：听取报告。", 0},
		{"签发人：覃建华\n抄送：区委办公室。", 0},
		{"政治面貌：中共党员；界别：中国共产党；政协职务：主席。", 0},
		{"政治面貌：群众；界别：文化艺术界；专门委员会：文化文史和学习委员会委员；委员活动小组：文史组组员。", 0},
		{"主要是：委员活动小组开展工作不平衡；原因是：制度不健全。", 1},
	} {
		got := 0
		for _, f := range proofread.Check(tc.text) {
			if f.Rule == "nested-colon" {
				got++
				assert.Equal(t, proofread.KindPunct, f.Kind)
				assert.Equal(t, "标点符号", f.Kind.String())
			}
		}
		assert.Equal(t, tc.want, got, tc.text)
	}
}

// The ordinal run into a year is reported where it stands.
func TestOrdinalYearPosition(t *testing.T) {
	got := proofread.Check("附件：1.2022年上半年提案办理情况统计表\n　　　2.2022年上半年各界别委员履职情况统计表")
	require.Len(t, got, 2)
	assert.Equal(t, "1.2022", got[0].Text)
	assert.Equal(t, [2]int{1, 4}, [2]int{got[0].Line, got[0].Column})
	assert.Equal(t, "2.2022", got[1].Text)
	assert.Equal(t, [2]int{2, 4}, [2]int{got[1].Line, got[1].Column})
	assert.Contains(t, got[0].Message, "读来像小数“1.2022”")
}

// An excerpt of the scraped copy the project grew from, with its machine
// substitutions and its number error.
const scraped = "认真履行政治协商、民主监视、参政议政职能\n" +
	"围绕创立“学习型、效劳型”政协机关\n坚持民主集中制原那么，班子成员以身作那么\n" +
	"区委常委会对政协工作进展了详细指导。在九届三次会议全面部署年度工作的根底上\n" +
	"半年来共搜集社情民意线索21多条"

func TestTermsAndPositions(t *testing.T) {
	got := proofread.Check(scraped)
	var texts []string
	for _, f := range got {
		texts = append(texts, f.Text)
	}
	assert.Equal(t, []string{"民主监视", "效劳", "原那么", "以身作那么", "进展了", "根底", "21多"}, texts)

	first := got[0]
	assert.Equal(t, proofread.KindTerm, first.Kind)
	assert.Equal(t, "民主监督", first.Suggestion)
	assert.Equal(t, 1, first.Line)
	assert.Equal(t, 10, first.Column, "column counts characters, not bytes")
	assert.Equal(t, len("认真履行政治协商、"), first.Offset)
	assert.Equal(t, "1:10 用词错误：应为“民主监督”（政协三大职能之一为民主监督）（“民主监视” → “民主监督”）", first.String())

	last := got[len(got)-1]
	assert.Equal(t, 5, last.Line)
	assert.Equal(t, 13, last.Column)
}

func TestCheckerOptions(t *testing.T) {
	c := proofread.New(proofread.WithTerms(append(proofread.DefaultTerms(), proofread.Term{Wrong: "七里区", Right: "七星区"}, proofread.Term{})))
	got := c.Check("桂林七里区政协来访，围绕效劳大局")
	assert.Equal(t, []string{"七里区", "效劳"}, []string{got[0].Text, got[1].Text})

	c = proofread.New(proofread.WithoutRules("term", "approx-after-exact"))
	assert.Empty(t, c.Check("民主监视；21多条"))

	got = proofread.Check("6月召开会议部署进度。")
	require.Len(t, got, 1, "a collocation the 编撰 paragraph once had")
	assert.Equal(t, "安排进度", got[0].Suggestion)

	var zero proofread.Checker
	assert.Equal(t, []string{"approx-after-exact"}, rulesOf(zero.Check("民主监视；21多条")), "the zero Checker knows no terms")

	assert.Equal(t, "Kind(9)", proofread.Kind(9).String())
	assert.Equal(t, "用词错误", proofread.KindTerm.String())
}

func FuzzCheck(f *testing.F) {
	f.Add(scraped)
	f.Add("约20多人，20～30%，22年上半年，１２，1、（一）、")
	f.Add("\xff\xfe21多条")
	f.Fuzz(func(t *testing.T, s string) {
		fs := proofread.Check(s)
		prev := -1
		for _, x := range fs {
			if x.Offset < prev || x.Offset > len(s) || x.Line < 1 || x.Column < 1 {
				t.Fatalf("bad finding %+v", x)
			}
			prev = x.Offset
		}
	})
}
