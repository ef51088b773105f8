package archive_test

import (
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/archive"
	"github.com/lvzhi-go/lvzhi/member"
	"github.com/lvzhi-go/lvzhi/research"
	"github.com/lvzhi-go/lvzhi/summary"
)

// The team and the editorial board of a 文史 book are credited with it:
// one 其他 record per member and book, written under 参加文史工作 with
// the member's part, and counted in the points.
func TestPublicationsCredited(t *testing.T) {
	rec := halfyearRecords(t)
	var refs []string
	for _, d := range archive.Duties(rec) {
		if d.Member == "m053" && d.Kind == member.DutyOther {
			refs = append(refs, d.Ref)
		}
	}
	assert.Equal(t, []string{"book-scenery", "book-stone-inscriptions"}, refs)

	b := halfyearBook(t)
	for _, id := range []lvzhi.MemberID{"m053", "m001"} {
		p, err := b.Profile(id)
		require.NoError(t, err)
		require.Len(t, p.Publications, 2, id)
		assert.Equal(t, "鱼跃南潭漾千年·某区十胜概览", p.Publications[0].Title)
		assert.True(t, p.Publications[0].Published)
		assert.Empty(t, p.Publications[0].Board)
		assert.Equal(t, "编撰委员会", p.Publications[1].Board)
		for _, e := range p.Others {
			assert.NotContains(t, refs, e.Ref, "books are not among the other activities")
		}
		d := p.Document()
		i := slices.IndexFunc(d.Sections, func(s summary.Section) bool { return s.Heading == "参加文史工作" })
		require.GreaterOrEqual(t, i, 0, id)
		assert.Equal(t, []string{"参与《鱼跃南潭漾千年·某区十胜概览》编辑出版；任《天下都乐·某区石刻碑刻精选》编撰委员会委员。"},
			d.Sections[i].Paragraphs, id)
	}
	// m053 had only the plenary besides: 30 points, now 34.
	tally, ok := b.Tally("m053")
	require.True(t, ok)
	assert.Equal(t, 2, units(tally, member.DutyOther))
	assert.Equal(t, 34, tally.Points)
}

// A member on a book's editorial board but not on its team is credited
// once, as a member of the board; the team of a book being compiled is
// written 参与《…》编撰.
func TestPublicationsBoardAndTeam(t *testing.T) {
	rec := freshHalfyear(t)
	for i, a := range rec.Activities {
		if p, ok := a.(research.Publication); ok && p.Status == research.Planned {
			p.Members = []lvzhi.MemberID{"m038", "m053"}
			p.Board.Members = []lvzhi.MemberID{"m053", "m040"}
			rec.Activities[i] = p
		}
	}
	b, err := archive.New(rec, lvzhi.FirstHalf(2022), archive.Options{})
	require.NoError(t, err)
	want := map[lvzhi.MemberID]string{
		"m038": "参与《天下都乐·某区石刻碑刻精选》编撰。",
		"m040": "任《天下都乐·某区石刻碑刻精选》编撰委员会委员。",
		"m053": "参与《鱼跃南潭漾千年·某区十胜概览》编辑出版；任《天下都乐·某区石刻碑刻精选》编撰委员会委员。",
	}
	for id, line := range want {
		d, err := b.Document(id)
		require.NoError(t, err)
		assert.Contains(t, text(d), "参加文史工作\n"+line+"\n", id)
	}
	n := 0
	for _, d := range archive.Duties(rec) {
		if d.Member == "m053" && d.Ref == "book-stone-inscriptions" {
			n++
		}
	}
	assert.Equal(t, 1, n, "on the team and the board: credited once")
}
