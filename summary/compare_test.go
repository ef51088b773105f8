package summary_test

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/proposal"
	"github.com/lvzhi-go/lvzhi/summary"
	"github.com/lvzhi-go/lvzhi/table"
)

// twoYears is the fixture with a 2021 too: two proposals by m2, one of
// them registered, assigned and answered.
func twoYears(tb testing.TB) *summary.Records {
	tb.Helper()
	rec := fixture(tb)
	at := proposal.At
	for i := 1; i <= 2; i++ {
		p, err := proposal.New(proposal.Record{Number: 100 + i, Term: 9, Sitting: 2, Kind: proposal.Regular,
			Title: "关于改善学校周边交通的建议", Category: proposal.Society, Sector: "教育界",
			Submitter: proposal.Submitter{Kind: proposal.Individual, Members: []lvzhi.MemberID{"m2"}}},
			at(d(2021, 3, 2), "m2"))
		require.NoError(tb, err)
		require.NoError(tb, p.Review(at(d(2021, 3, 10), "提案委员会")))
		require.NoError(tb, p.Register(at(d(2021, 3, 20), "九届五次主席会议")))
		if i == 1 {
			require.NoError(tb, p.Assign(at(d(2021, 4, 1), "提案交办会"), proposal.Unit{Name: "区交通运输局", Role: proposal.Lead}))
			require.NoError(tb, p.Reply(at(d(2021, 6, 1), "区交通运输局"), "区交通运输局", proposal.GradeA))
			require.NoError(tb, p.Close(at(d(2021, 6, 20), "提案委员会")))
		}
		rec.Proposals = append(rec.Proposals, p)
	}
	return rec
}

func TestEarlierPeriod(t *testing.T) {
	tests := []struct {
		p       lvzhi.Period
		compare string
		want    lvzhi.Period
		against string
	}{
		{lvzhi.Year(2022), summary.CompareYear, lvzhi.Year(2021), "上年"},
		{lvzhi.FirstHalf(2022), summary.CompareYear, lvzhi.FirstHalf(2021), "上年同期"},
		{lvzhi.Quarter(2022, 3), summary.CompareYear, lvzhi.Quarter(2021, 3), "上年同期"},
		{lvzhi.Year(2022), summary.ComparePreceding, lvzhi.Year(2021), "上年"},
		{lvzhi.FirstHalf(2022), summary.ComparePreceding, lvzhi.SecondHalf(2021), "上年下半年"},
		{lvzhi.SecondHalf(2022), summary.ComparePreceding, lvzhi.FirstHalf(2022), "上半年"},
		{lvzhi.Quarter(2022, 1), summary.ComparePreceding, lvzhi.Quarter(2021, 4), "上季度"},
		{lvzhi.Quarter(2022, 3), summary.ComparePreceding, lvzhi.Quarter(2022, 2), "上季度"},
		{lvzhi.Month(2022, time.January), summary.ComparePreceding, lvzhi.Month(2021, time.December), "上月"},
		{lvzhi.Custom(lvzhi.DateRange{From: d(2022, 3, 1), To: d(2022, 3, 10)}), summary.ComparePreceding,
			lvzhi.Custom(lvzhi.DateRange{From: d(2022, 2, 19), To: d(2022, 2, 28)}), "上一期间"},
		{lvzhi.Custom(lvzhi.DateRange{From: d(2024, 2, 29), To: d(2024, 3, 10)}), summary.CompareYear,
			lvzhi.Custom(lvzhi.DateRange{From: d(2023, 2, 28), To: d(2023, 3, 10)}), "上年同期"},
	}
	for _, tt := range tests {
		got, against, err := summary.EarlierPeriod(tt.p, tt.compare)
		require.NoError(t, err)
		assert.Equal(t, tt.want, got, "%v %s", tt.p, tt.compare)
		assert.Equal(t, tt.against, against)
	}
	_, _, err := summary.EarlierPeriod(lvzhi.Year(2022), "last")
	assert.ErrorContains(t, err, "比较方式应为")
	_, _, err = summary.EarlierPeriod(lvzhi.Period{}, summary.CompareYear)
	assert.Error(t, err)
}

func TestBuildCompares(t *testing.T) {
	b, err := summary.NewBuilder(twoYears(t))
	require.NoError(t, err)
	o := summary.Outline{Period: lvzhi.Year(2022), Compare: summary.CompareYear, Sections: []summary.Part{
		{Heading: "提案办理", Build: "handling"},
		{Heading: "委员履职", Build: "participation"},
		{Heading: "提案", Build: "proposals", Template: `{{with .Facts}}共收到提案{{.Stats.Received}}件{{with $.Prev}}，{{compare .Stats.Received $.Facts.Stats.Received "件" $.Against}}{{end}}。{{end}}`},
		{Heading: "无比较", Build: "proposals", Ref: "p3", Template: `{{if $.Prev}}有{{else}}无{{end}}`},
	}}
	doc, err := b.Build(o)
	require.NoError(t, err)
	text := func(i int) string { return strings.Join(doc.Sections[i].Paragraphs, "") }

	// 2022: 3 received, 2 registered and assigned to 区民政局, none answered.
	// 2021: 2 received and registered, 1 assigned, answered and closed.
	assert.Equal(t, "全年立案的2件提案，交由1家单位主办。截至12月31日，已答复0件，办结0件，办结率0%，较上年下降50个百分点。", text(0))
	assert.Contains(t, text(1), "1名委员以第一提案人身份提交提案3件，提案数较上年增加1件，增长50%")
	assert.Contains(t, text(2), "共收到提案3件，较上年增加1件，增长50%。")
	assert.Equal(t, "无", text(3), "a part naming its record has no earlier counterpart")

	// Without Compare nothing is compared.
	o.Compare = ""
	doc, err = b.Build(o)
	require.NoError(t, err)
	assert.NotContains(t, text(0), "较上年")
	assert.Equal(t, "共收到提案3件。", text(2))

	o.Compare = "sideways"
	_, err = b.Build(o)
	assert.ErrorContains(t, err, "比较方式")
}

func TestFactsFor(t *testing.T) {
	b, err := summary.NewBuilder(twoYears(t))
	require.NoError(t, err)
	f, err := b.FactsFor("handling", summary.Part{}, lvzhi.Year(2021), lvzhi.Date{})
	require.NoError(t, err)
	h := f.(*summary.HandlingFacts)
	assert.Equal(t, 2, h.Stats.Registered)
	assert.Equal(t, proposal.Rate{Num: 1, Den: 2}, h.ClosingRate)
	assert.Equal(t, []summary.GradeShare{{proposal.GradeA, "解决或采纳", 1}, {proposal.GradeB, "正在解决或列入计划", 0}, {proposal.GradeC, "留作参考", 0}}, h.Grades)
	_, err = b.FactsFor("nothing", summary.Part{}, lvzhi.Year(2021), lvzhi.Date{})
	assert.Error(t, err)
	_, err = b.FactsFor("handling", summary.Part{}, lvzhi.Year(2020), lvzhi.Date{})
	assert.ErrorIs(t, err, summary.ErrNoFacts)
}

func TestFigureTables(t *testing.T) {
	b, err := summary.NewBuilder(twoYears(t))
	require.NoError(t, err)
	ctx := &summary.Context{Period: lvzhi.Year(2021), Year: 2021, AsOf: d(2021, 12, 31)}
	want := map[string]string{
		"proposal_handling":     "提案办理情况统计表",
		"proposal_categories":   "提案分类统计表",
		"proposal_sectors":      "提案界别统计表",
		"participation":         "委员履职情况统计表",
		"participation_sectors": "各界别委员履职情况统计表",
		"participation_parties": "各党派委员履职情况统计表",
		"participation_groups":  "各委员活动小组履职情况统计表",
	}
	for name, title := range want {
		tb, err := b.Table(name, ctx)
		require.NoError(t, err, name)
		assert.Equal(t, "2021年度"+title, tb.Title, "every table names its period")
		require.NoError(t, tb.Validate(), name)
	}
	h, err := b.Table("proposal_handling", ctx)
	require.NoError(t, err)
	require.Len(t, h.Rows, 1)
	assert.Equal(t, "区交通运输局", h.Rows[0][0].Text)
	p, err := b.Table("participation_sectors", ctx)
	require.NoError(t, err)
	require.Len(t, p.Rows, 3)
	// One precision down the rate column.
	assert.Equal(t, []string{"经济界", "1", "0", "0.0%", "0", "0"}, cellTexts(p.Rows[0]))
	assert.Equal(t, []string{"教育界", "1", "1", "100.0%", "2", "1"}, cellTexts(p.Rows[1]))
	assert.Equal(t, "第一提案人（人）", p.Header[0][5].Text, "the unit of a column of persons")
	k, err := b.Table("participation", ctx)
	require.NoError(t, err)
	for _, row := range k.Rows {
		assert.NotEmpty(t, row[4].Text, "every kind gives the unit of its items: %v", cellTexts(row))
	}

	_, err = b.Table("participation", &summary.Context{Period: lvzhi.Year(2019), Year: 2019, AsOf: d(2019, 12, 31)})
	assert.ErrorIs(t, err, summary.ErrNoFacts)
}

func cellTexts(row []table.Cell) []string {
	out := make([]string, len(row))
	for i, c := range row {
		out[i] = c.Text
	}
	return out
}
