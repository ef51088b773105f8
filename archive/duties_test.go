package archive_test

import (
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/archive"
	"github.com/lvzhi-go/lvzhi/member"
	"github.com/lvzhi-go/lvzhi/research"
	"github.com/lvzhi-go/lvzhi/summary"
)

// freshHalfyear loads a copy of the main example's records that a test
// may change.
func freshHalfyear(t *testing.T) *summary.Records {
	t.Helper()
	f, err := os.Open("../examples/halfyear/data/records.json")
	require.NoError(t, err)
	defer f.Close()
	rec, err := summary.Load(f)
	require.NoError(t, err)
	return rec
}

// Adoptions and instructions are credited to the member whose clue they
// name; kept duty records add what the others cannot show, and a kept
// record a derived one covers is not counted twice.
func TestDutiesOpinionsAndKept(t *testing.T) {
	rec := freshHalfyear(t)
	i := slices.IndexFunc(rec.Activities, func(a research.Activity) bool { return a.Kind() == research.KindOpinion })
	require.GreaterOrEqual(t, i, 0)
	w := rec.Activities[i].(research.OpinionWork)
	w.Results = append(w.Results,
		research.Output{Kind: research.OutputInstruction, Title: "关于改善基层医疗卫生服务的反映", Date: lvzhi.MustDate(2022, 6, 1), By: "区委书记"},
		research.Output{Kind: research.OutputAdopted, Title: "关于城乡接合部群众公交出行不便的反映", Date: lvzhi.MustDate(2022, 5, 30), By: "市政协"},
		research.Output{Kind: research.OutputAdopted, Title: "关于全区经济运行情况的报告", Date: lvzhi.MustDate(2022, 5, 30), By: "市政协"})
	rec.Activities[i] = w
	rec.Duties = append(rec.Duties,
		member.Duty{Member: "m013", Date: lvzhi.MustDate(2022, 6, 28), Kind: member.DutyOpinionAdopted, Ref: "bulletin-2022-2"},
		// Already derived from the plenary's attendance list.
		member.Duty{Member: "m013", Date: lvzhi.MustDate(2022, 1, 8), Kind: member.DutyPlenary, Count: 6, Ref: "plenary-9-3"})

	b, err := archive.New(rec, lvzhi.FirstHalf(2022), archive.Options{})
	require.NoError(t, err)
	check := func(id lvzhi.MemberID, kind member.DutyKind, want int, phrase string) {
		t.Helper()
		tally, ok := b.Tally(id)
		require.True(t, ok)
		assert.Equal(t, want, units(tally, kind), "%s %s", id, kind)
		d, err := b.Document(id)
		require.NoError(t, err)
		assert.Contains(t, text(d), phrase)
	}
	check("m042", member.DutyOpinionEndorsed, 1, "获领导批示1条")
	check("m037", member.DutyOpinionAdopted, 1, "被采用1条")
	check("m013", member.DutyOpinionAdopted, 1, "被采用1条")
	check("m013", member.DutyPlenary, 6, "九届三次会议（6个半天）")
	endorsed := 0
	for _, d := range archive.Duties(rec) {
		if d.Kind == member.DutyOpinionAdopted || d.Kind == member.DutyOpinionEndorsed {
			endorsed++
		}
	}
	assert.Equal(t, 3, endorsed, "the report naming no clue credits nobody")
}

func TestDutiesSorted(t *testing.T) {
	ds := archive.Duties(halfyearRecords(t))
	require.NotEmpty(t, ds)
	for i := 1; i < len(ds); i++ {
		assert.False(t, ds[i].Date.Before(ds[i-1].Date), "%v before %v", ds[i-1], ds[i])
	}
	for _, d := range ds {
		assert.NoError(t, d.Validate(), "%+v", d)
	}
}

func TestNewErrors(t *testing.T) {
	rec := freshHalfyear(t)
	_, err := archive.New(nil, lvzhi.Year(2022), archive.Options{})
	assert.ErrorContains(t, err, "记录不能为空")
	_, err = archive.New(rec, lvzhi.Period{}, archive.Options{})
	assert.ErrorContains(t, err, "统计期间有误")
	_, err = archive.Of(rec, "m999", lvzhi.Year(2022))
	assert.ErrorIs(t, err, archive.ErrUnknownMember)
	rec.Members[3].Name = ""
	_, err = archive.New(rec, lvzhi.Year(2022), archive.Options{})
	assert.ErrorContains(t, err, "记录有误")
	assert.ErrorContains(t, err, "委员[3].姓名")
}

// A member on no list and in no record gets the 基本情况 and one closing
// line, no empty headings.
func TestNothingRecorded(t *testing.T) {
	rec := freshHalfyear(t)
	m := rec.Members[len(rec.Members)-1]
	m.ID, m.Name, m.IDNumber, m.Groups, m.Committees = "m900", "甘新", "", nil, nil
	rec.Members = append(rec.Members, m)
	b, err := archive.New(rec, lvzhi.FirstHalf(2022), archive.Options{})
	require.NoError(t, err)
	d, err := b.Document("m900")
	require.NoError(t, err)
	require.Len(t, d.Sections, 1)
	assert.Equal(t, "基本情况", d.Sections[0].Heading)
	assert.Equal(t, "2022年上半年无履职记录。", d.Plans.Closing, "no grade for half a year, no zero stated")
	p, err := b.Profile("m900")
	require.NoError(t, err)
	assert.True(t, p.Idle())
	assert.Empty(t, p.Tally.Kinds)

	// Over a year the member is graded; the line states the grade, not
	// the zero points.
	b, err = archive.New(rec, lvzhi.Year(2022), archive.Options{})
	require.NoError(t, err)
	d, err = b.Document("m900")
	require.NoError(t, err)
	assert.Equal(t, "2022年度无履职记录，等次为不称职。", d.Plans.Closing)
}

// Attendance at 主席会议 and 联席会议 counts as 其他 and earns points under
// the default scheme; the chair's archive names those sessions in 参加会议
// and not again under 参加其他活动.
func TestOtherSessionsEarnPoints(t *testing.T) {
	rec := halfyearRecords(t)
	n := 0
	for _, d := range archive.Duties(rec) {
		if d.Member == "m001" && d.Kind == member.DutyOther && strings.Contains(d.Note, "主席会议") &&
			lvzhi.FirstHalf(2022).Contains(d.Date) {
			n++
		}
	}
	assert.Equal(t, 2, n, "the chair attended two 主席会议")
	p, err := halfyearBook(t).Profile("m001")
	require.NoError(t, err)
	pts := 0
	for _, kt := range p.Tally.Kinds {
		if kt.Kind == member.DutyOther {
			pts = kt.Points
		}
	}
	assert.Positive(t, pts)
	for _, e := range p.Others {
		assert.NotContains(t, e.Title, "会议", "sessions are written under 参加会议")
	}
	doc := text(p.Document())
	assert.Contains(t, doc, "主席会议2次（九届九次、十次）")
}
