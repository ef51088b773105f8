package proposal

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/lvzhi-go/lvzhi"
)

// fields returns "Field|Label|Rule" for each error in err.
func fields(tb testing.TB, err error) []string {
	tb.Helper()
	var verrs lvzhi.ValidationErrors
	require.ErrorAs(tb, err, &verrs)
	out := make([]string, len(verrs))
	for i, fe := range verrs {
		out[i] = fe.Field + "|" + fe.Label + "|" + fe.Rule
		assert.NotEmpty(tb, fe.Message)
	}
	return out
}

func TestRecordValidation(t *testing.T) {
	tests := []struct {
		name   string
		change func(r *Record)
		rules  Rules
		want   []string
		msg    string
	}{
		{"valid", func(r *Record) {}, Rules{}, nil, ""},
		{"everything missing", func(r *Record) { *r = Record{} }, Rules{}, []string{
			"Number|提案号|gte", "Term|届次|gte", "Kind|提案类型|required", "Title|案由|required",
			"Category|类别|required", "Submitter.Kind|提案人.类型|required"}, "案由为必填字段"},
		{"title of 51 characters", func(r *Record) { r.Title = strings.Repeat("建", 51) }, Rules{},
			[]string{"Title|案由|max"}, "案由长度不能超过50个字符（现为51个）"},
		{"title of 50 characters", func(r *Record) { r.Title = strings.Repeat("建", 50) }, Rules{}, nil, ""},
		{"title limit from rules", func(r *Record) { r.Title = strings.Repeat("建", 31) }, Rules{TitleMax: 30},
			[]string{"Title|案由|max"}, "案由长度不能超过30个字符（现为31个）"},
		{"unknown category", func(r *Record) { r.Category = "法制" }, Rules{},
			[]string{"Category|类别|oneof"}, "类别“法制”无效，应为经济、政治、文化、社会、生态文明、其他之一"},
		{"local category", func(r *Record) { r.Category = "法制" }, Rules{Categories: append(DefaultCategories(), "法制")}, nil, ""},
		{"plenary without session", func(r *Record) { r.Kind = Plenary }, Rules{},
			[]string{"Session|全体会议|required_if"}, "大会提案须注明提交时的全体会议"},
		{"regular with session", func(r *Record) { r.Session = "s-9-3" }, Rules{},
			[]string{"Session|全体会议|excluded_if"}, "平时提案不属于某次全体会议"},
		{"joint with one member", func(r *Record) { r.Submitter.Kind = Joint }, Rules{},
			[]string{"Submitter.Members|提案人.委员|min"}, "联名提案须有至少2名提案委员（现为1名）"},
		{"joint with the same member twice", func(r *Record) {
			r.Submitter = Submitter{Kind: Joint, Members: []lvzhi.MemberID{"m1", "m2", "m1"}}
		}, Rules{}, []string{"Submitter.Members[2]|提案人.委员[2]|unique"}, "委员 m1 重复署名（另见第1位）"},
		{"individual with two members", func(r *Record) { r.Submitter.Members = []lvzhi.MemberID{"m1", "m2"} }, Rules{},
			[]string{"Submitter.Members|提案人.委员|len"}, "个人提案须有且只有1名提案委员（现为2名）"},
		{"empty member ID", func(r *Record) { r.Submitter.Members = []lvzhi.MemberID{""} }, Rules{},
			[]string{"Submitter.Members[0]|提案人.委员[0]|required"}, ""},
		{"collective without organisation", func(r *Record) { r.Submitter = Submitter{Kind: Collective} }, Rules{},
			[]string{"Submitter.Organisation|提案人.提案单位|required_if", "Submitter.Body|提案人.提案单位类型|required_if"},
			"集体提案须填写提案单位名称"},
		{"sector outside a plenary", func(r *Record) {
			r.Submitter = Submitter{Kind: Collective, Body: SectorBody, Organisation: "经济界"}
		}, Rules{}, []string{"Submitter.Body|提案人.提案单位类型|plenary"}, "界别只能在全体会议期间提出提案"},
		{"sector during a plenary", func(r *Record) {
			r.Kind, r.Session = Plenary, "s-9-3"
			r.Submitter = Submitter{Kind: Collective, Body: SectorBody, Organisation: "经济界"}
		}, Rules{}, nil, ""},
		{"organisation on a member's proposal", func(r *Record) { r.Submitter.Organisation = "民盟" }, Rules{},
			[]string{"Submitter.Organisation|提案人.提案单位|excluded_unless"}, "只有集体提案填写提案单位"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := record(1)
			tt.change(&r)
			err := tt.rules.Validate(r)
			if tt.want == nil {
				require.NoError(t, err)
				return
			}
			assert.Equal(t, tt.want, fields(t, err))
			assert.Contains(t, err.Error(), tt.msg)
		})
	}
}

func TestNewRejectsBadRecord(t *testing.T) {
	r := record(1)
	r.Title = ""
	p, err := New(r, At(day(1, 9), ""))
	assert.Nil(t, p)
	assert.Equal(t, []string{"Title|案由|required"}, fields(t, err))

	p, err = New(record(1), At(lvzhi.Date{}, ""))
	assert.Nil(t, p)
	assert.ErrorIs(t, err, lvzhi.ErrRequired)
}

func TestSubmitterLead(t *testing.T) {
	assert.Equal(t, "m1", Submitter{Kind: Joint, Members: []lvzhi.MemberID{"m1", "m2"}}.Lead())
	assert.Equal(t, "民盟某区委员会", Submitter{Kind: Collective, Body: Party, Organisation: "民盟某区委员会"}.Lead())
	assert.Equal(t, "", Submitter{}.Lead())
	p := submitted(t, 1)
	assert.Equal(t, "m001", p.History()[0].Actor, "the submitter is the default actor of 提交")
}
