package archive_test

import (
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/archive"
	"github.com/lvzhi-go/lvzhi/member"
	"github.com/lvzhi-go/lvzhi/proposal"
	"github.com/lvzhi-go/lvzhi/research"
	"github.com/lvzhi-go/lvzhi/session"
	"github.com/lvzhi-go/lvzhi/summary"
)

// section returns the paragraphs of the section of d with the heading,
// or false.
func section(d *summary.Document, heading string) ([]string, bool) {
	i := slices.IndexFunc(d.Sections, func(s summary.Section) bool { return s.Heading == heading })
	if i < 0 {
		return nil, false
	}
	return d.Sections[i].Paragraphs, true
}

// idleLine returns the closing line of an idle member's archive: under
// 履职积分 when 参加会议 names sessions missed on leave, otherwise the
// document's closing.
func idleLine(d *summary.Document) string {
	if paras, ok := section(d, "履职积分"); ok && len(paras) == 1 && len(d.Sections) == 3 {
		return paras[0]
	}
	return d.Plans.Closing
}

// The heading of research and inspections follows what was recorded:
// 视察 only where an inspection was, 调研 only where a team had been in
// the field (every topic of the half year reached 准备 only).
func TestStudiesHeading(t *testing.T) {
	b := halfyearBook(t)
	d, err := b.Document("m038")
	require.NoError(t, err)
	paras, ok := section(d, "参加调研课题")
	require.True(t, ok, text(d))
	assert.Equal(t, []string{"参加“推进中小学集团化办学”课题组，参与前期查阅资料、制定调研考察方案。"}, paras)
	assert.NotContains(t, text(d), "视察")

	headings := []string{"参加调研课题和视察", "参加调研课题", "参加调研视察", "参加调研", "参加视察"}
	seen := map[string]bool{}
	for _, m := range b.Members() {
		p, err := b.Profile(m.ID)
		require.NoError(t, err)
		d := p.Document()
		fieldwork := slices.ContainsFunc(p.Research, func(e archive.Entry) bool { return e.Phase >= research.PhaseFieldwork })
		want := ""
		switch topics, inspections := len(p.Research) > 0, len(p.Inspections) > 0; {
		case topics && !fieldwork && inspections:
			want = "参加调研课题和视察"
		case topics && !fieldwork:
			want = "参加调研课题"
		case topics && inspections:
			want = "参加调研视察"
		case topics:
			want = "参加调研"
		case inspections:
			want = "参加视察"
		}
		for _, h := range headings {
			_, ok := section(d, h)
			assert.Equal(t, h == want, ok, "%s %s: %s", m.ID, h, text(d))
		}
		seen[want] = true
	}
	assert.True(t, seen["参加调研课题"], "the half year has members with research topics in preparation")
}

// Proposal titles are quoted in 书名号, as the summaries quote them: the
// quotation marks inside stay, book-title marks inside become single
// ones (GB/T 15834-2011 §4.15).
func TestProposalTitlesQuoted(t *testing.T) {
	d, err := halfyearBook(t).Document("m038")
	require.NoError(t, err)
	var s summary.Section
	for _, x := range d.Sections {
		if x.Heading == "提交提案" {
			s = x
		}
	}
	require.Len(t, s.Subsections, 1, text(d))
	assert.Equal(t, "《关于在小学和社区创办“四点钟学校”的建议》（第4号，个人提案）。", s.Subsections[0].Heading)

	rec := freshHalfyear(t)
	i := slices.IndexFunc(rec.Proposals, func(p *proposal.Proposal) bool { return p.Number == 4 })
	require.GreaterOrEqual(t, i, 0)
	rec.Proposals[i].Title = "关于在中小学开展《民法典》普法教育的建议"
	b, err := archive.New(rec, lvzhi.FirstHalf(2022), archive.Options{})
	require.NoError(t, err)
	d, err = b.Document("m038")
	require.NoError(t, err)
	assert.Contains(t, text(d), "《关于在中小学开展〈民法典〉普法教育的建议》（第4号，个人提案）。")
}

// Speeches are written as an official record writes them: on one of the
// member's proposals by its number, otherwise by the speech's title in
// 书名号; one speech takes no count, several are counted and listed.
func TestSpeechesWording(t *testing.T) {
	b := halfyearBook(t)
	d, err := b.Document("m038")
	require.NoError(t, err)
	paras, ok := section(d, "大会发言")
	require.True(t, ok)
	assert.Equal(t, []string{"在九届三次会议上就第4号提案作大会发言。"}, paras)

	// m038's speech renamed: no longer her proposal's; then a second one.
	rec := freshHalfyear(t)
	var sp *session.Speech
	for i := range rec.Sessions {
		for j := range rec.Sessions[i].Agenda {
			for k, s := range rec.Sessions[i].Agenda[j].Speeches {
				if s.Speaker == "m038" {
					sp = &rec.Sessions[i].Agenda[j].Speeches[k]
				}
			}
		}
	}
	require.NotNil(t, sp)
	sp.Title = "办好家门口的“四点钟学校”"
	speeches := func() []string {
		t.Helper()
		b, err := archive.New(rec, lvzhi.FirstHalf(2022), archive.Options{})
		require.NoError(t, err)
		d, err := b.Document("m038")
		require.NoError(t, err)
		paras, ok := section(d, "大会发言")
		require.True(t, ok)
		return paras
	}
	assert.Equal(t, []string{"在九届三次会议上作题为《办好家门口的“四点钟学校”》的大会发言。"}, speeches())

	sp.Title = "关于在小学和社区创办“四点钟学校”的建议"
	for i := range rec.Sessions {
		if rec.Sessions[i].ShortName() == "九届三次会议" {
			it := &rec.Sessions[i].Agenda[len(rec.Sessions[i].Agenda)-1]
			it.Speeches = append(it.Speeches, session.Speech{Speaker: "m038", Title: "推进中小学集团化办学"})
		}
	}
	assert.Equal(t, []string{"在九届三次会议上作大会发言2次：就第4号提案发言；作题为《推进中小学集团化办学》的发言。"},
		speeches())
}

// Sessions of one kind are named by their numbers after the kind, the
// term once for the sittings of a term: no name written twice.
func TestMeetingsNamedOnce(t *testing.T) {
	seat := func(term, sitting int, st session.Status) archive.Seat {
		s := session.Session{Kind: session.KindChairs, Term: term, Sitting: sitting}
		return archive.Seat{Session: lvzhi.SessionID(s.ShortName()), Name: s.ShortName(), Term: term, Sitting: sitting, Status: st}
	}
	p := &archive.Profile{Member: member.Member{ID: "m900", Name: "甘新"}, Period: lvzhi.Year(2022),
		Meetings: []archive.Meetings{
			{Kind: session.KindChairs, Tally: session.Tally{Listed: 3, Present: 3}, Sessions: []archive.Seat{
				seat(8, 40, session.Present), seat(9, 1, session.Present), seat(9, 2, session.Present)}},
		}}
	paras, ok := section(p.Document(), "参加会议")
	require.True(t, ok)
	assert.Equal(t, []string{"出席主席会议3次（八届四十次、九届一次、二次）。"}, paras)

	p.Meetings[0].Tally = session.Tally{Listed: 3, Present: 1, Excused: 2}
	p.Meetings[0].Sessions[0].Status = session.OnLeave
	p.Meetings[0].Sessions[2].Status = session.OnLeave
	paras, _ = section(p.Document(), "参加会议")
	assert.Equal(t, []string{"主席会议应出席3次，出席1次（九届一次），请假2次（八届四十次、九届二次）。"}, paras)

	d, err := halfyearBook(t).Document("m001")
	require.NoError(t, err)
	paras, _ = section(d, "参加会议")
	assert.Equal(t, []string{"出席九届三次会议（6个半天）、九届七次常委会议、主席会议2次（九届九次、十次）和区人大常委会、区政府、区政协提案交办联席会议。"}, paras)
}

// The row 参加其他会议和活动 of the points table counts more than the
// section 参加其他活动: a note says what it holds, in the sections' words
// (see TestOthersNoteNoNestedColon for m001 and m053).
func TestOthersRowExplained(t *testing.T) {
	b := halfyearBook(t)
	note := func(id lvzhi.MemberID) []string {
		t.Helper()
		p, err := b.Profile(id)
		require.NoError(t, err)
		return p.PointsTable().Notes
	}
	assert.Equal(t, []string{"参加其他会议和活动4次，其中出席主席会议、联席会议3次，参加其他履职活动1次。"}, note("m003"))
	assert.Empty(t, note("m038"), "no 其他")
}
