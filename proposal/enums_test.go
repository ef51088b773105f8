package proposal

import (
	"encoding"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/lvzhi-go/lvzhi"
)

type enum interface {
	String() string
	IsValid() bool
	encoding.TextMarshaler
}

func TestEnums(t *testing.T) {
	tests := []struct {
		name  string
		first enum
		names []string
		at    func(n int) enum
		parse func(s string) (enum, error)
	}{
		{"Kind", Plenary, []string{"大会提案", "平时提案"}, func(n int) enum { return Kind(n) },
			func(s string) (enum, error) { var v Kind; err := v.UnmarshalText([]byte(s)); return v, err }},
		{"SubmitterKind", Individual, []string{"个人提案", "联名提案", "集体提案"}, func(n int) enum { return SubmitterKind(n) },
			func(s string) (enum, error) { var v SubmitterKind; err := v.UnmarshalText([]byte(s)); return v, err }},
		{"Body", Party, []string{"党派", "人民团体", "专门委员会", "界别", "委员小组"}, func(n int) enum { return Body(n) },
			func(s string) (enum, error) { var v Body; err := v.UnmarshalText([]byte(s)); return v, err }},
		{"Role", Lead, []string{"主办", "协办", "分办"}, func(n int) enum { return Role(n) },
			func(s string) (enum, error) { var v Role; err := v.UnmarshalText([]byte(s)); return v, err }},
		{"Conversion", ToSuggestion, []string{"意见建议", "社情民意"}, func(n int) enum { return Conversion(n) },
			func(s string) (enum, error) { var v Conversion; err := v.UnmarshalText([]byte(s)); return v, err }},
		{"Satisfaction", Satisfied, []string{"满意", "基本满意", "不满意"}, func(n int) enum { return Satisfaction(n) },
			func(s string) (enum, error) { var v Satisfaction; err := v.UnmarshalText([]byte(s)); return v, err }},
		{"Grade", GradeA, []string{"A", "B", "C", "D"}, func(n int) enum { return Grade(n) },
			func(s string) (enum, error) { var v Grade; err := v.UnmarshalText([]byte(s)); return v, err }},
		{"State", Submitted, []string{"已提交", "审查中", "已立案", "不予立案", "已并案", "转为意见建议", "转为社情民意",
			"已撤案", "已交办", "已转交", "已答复", "已办结"}, func(n int) enum { return State(n) },
			func(s string) (enum, error) { var v State; err := v.UnmarshalText([]byte(s)); return v, err }},
		{"Action", ActionSubmit, []string{"提交", "附议", "审查", "立案", "不予立案", "并案", "转为意见建议", "转为社情民意",
			"撤案", "交办", "转交", "答复", "反馈", "二次办理", "办结", "列为重点提案", "督办"}, func(n int) enum { return Action(n) },
			func(s string) (enum, error) { var v Action; err := v.UnmarshalText([]byte(s)); return v, err }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.names[0], tt.first.String(), "the first value is 1")
			for i, name := range tt.names {
				v := tt.at(i + 1)
				assert.Equal(t, name, v.String())
				assert.True(t, v.IsValid())
				b, err := v.MarshalText()
				require.NoError(t, err)
				assert.Equal(t, name, string(b))
				back, err := tt.parse(name)
				require.NoError(t, err)
				assert.Equal(t, v, back)
			}
			for _, n := range []int{0, len(tt.names) + 1, -1} {
				v := tt.at(n)
				assert.False(t, v.IsValid())
				assert.Contains(t, v.String(), tt.name+"(")
				_, err := v.MarshalText()
				assert.ErrorIs(t, err, lvzhi.ErrOutOfRange)
			}
			_, err := tt.parse("未知值")
			assert.ErrorIs(t, err, lvzhi.ErrSyntax)
			assert.Contains(t, err.Error(), "未知值")
		})
	}
}

func TestStateFinal(t *testing.T) {
	final := map[State]bool{Rejected: true, Merged: true, ConvertedToSuggestion: true, ConvertedToOpinion: true,
		Withdrawn: true, Forwarded: true, Closed: true}
	for s := Submitted; s <= Closed; s++ {
		assert.Equal(t, final[s], s.Final(), s.String())
	}
}

func TestGradeSchemes(t *testing.T) {
	assert.Equal(t, "正在解决或列入计划", DefaultGrades().Name(GradeB))
	assert.Equal(t, "", DefaultGrades().Name(GradeD))
	assert.True(t, FourGrades().Has(GradeD))
	assert.NoError(t, DefaultGrades().Validate())
	assert.NoError(t, FourGrades().Validate())
	for _, bad := range []GradeScheme{nil, {{GradeA, "甲"}, {GradeA, "乙"}}, {{Grade(7), "甲"}}, {{GradeB, ""}}} {
		assert.Error(t, bad.Validate())
	}
}

func TestNumberFormat(t *testing.T) {
	assert.Equal(t, "第23号", NumberFormat{}.Format(23))
	assert.Equal(t, "第001号", NumberFormat{Width: 3}.Format(1))
	assert.Equal(t, "第1234号", NumberFormat{Width: 3}.Format(1234))
	for _, tt := range []struct {
		in   string
		want int
		ok   bool
	}{
		{"第23号", 23, true}, {"第023号", 23, true}, {"23", 23, true},
		{"第0号", 0, false}, {"第号", 0, false}, {"第23", 0, false}, {"23号", 0, false},
		{"第二十三号", 0, false}, {"第-1号", 0, false}, {"第1234567890号", 0, false}, {"", 0, false},
	} {
		n, err := NumberFormat{}.Parse(tt.in)
		if tt.ok {
			assert.NoError(t, err, tt.in)
			assert.Equal(t, tt.want, n, tt.in)
		} else {
			assert.Error(t, err, tt.in)
		}
	}
}

func FuzzNumberParse(f *testing.F) {
	for _, s := range []string{"第23号", "第023号", "7", "第号", "第0号", "第999999999号"} {
		f.Add(s, 3)
	}
	f.Fuzz(func(t *testing.T, s string, width int) {
		n, err := NumberFormat{}.Parse(s)
		if err != nil {
			return
		}
		require.GreaterOrEqual(t, n, 1)
		nf := NumberFormat{Width: width % 10}
		back, err := nf.Parse(nf.Format(n))
		require.NoError(t, err)
		assert.Equal(t, n, back)
	})
}

func TestRate(t *testing.T) {
	for _, tt := range []struct {
		r       Rate
		percent string
	}{
		{Rate{38, 44}, "86.4%"}, {Rate{129, 134}, "96.3%"}, {Rate{1, 1}, "100%"}, {Rate{0, 5}, "0%"},
		{Rate{24, 25}, "96%"}, {Rate{1, 3}, "33.3%"}, {Rate{2, 3}, "66.7%"}, {Rate{1, 8}, "12.5%"},
		{Rate{1, 16}, "6.3%"}, {Rate{995, 1000}, "99.5%"}, {Rate{9995, 10000}, "99.9%"} /* never 100% while one is open */, {Rate{0, 0}, ""},
	} {
		assert.Equal(t, tt.percent, tt.r.Percent(), "%d/%d", tt.r.Num, tt.r.Den)
	}
	assert.Equal(t, "38/44（86.4%）", Rate{38, 44}.String())
	assert.Equal(t, "0/0", Rate{}.String())
	assert.Equal(t, 864, Rate{38, 44}.Permille())
}
