package archive_test

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/archive"
	"github.com/lvzhi-go/lvzhi/internal/synth"
	"github.com/lvzhi-go/lvzhi/member"
	"github.com/lvzhi-go/lvzhi/session"
	"github.com/lvzhi-go/lvzhi/summary"
	"github.com/lvzhi-go/lvzhi/zh"
)

// units returns the units of kind k in a tally computed by package member.
func units(t member.Tally, k member.DutyKind) int {
	for _, kt := range t.Kinds {
		if kt.Kind == k {
			return kt.Units
		}
	}
	return 0
}

// text returns every paragraph of d, headings included, one a line.
func text(d *summary.Document) string {
	var b strings.Builder
	for t := range d.Texts() {
		b.WriteString(t.Value)
		b.WriteString("\n")
	}
	return b.String()
}

// number returns the integer captured by re in s, or 0 when re does not
// match.
func number(tb testing.TB, re *regexp.Regexp, s string) int {
	tb.Helper()
	m := re.FindStringSubmatch(s)
	if m == nil {
		return 0
	}
	n, err := strconv.Atoi(m[1])
	require.NoError(tb, err)
	return n
}

var (
	reHalfDays = regexp.MustCompile(`会议（(?:[^）]*，)?(\d+)个半天`)
	reLead     = regexp.MustCompile(`作为第一提案人提交提案(\d+)件`)
	reJoint    = regexp.MustCompile(`联名提交提案(\d+)件`)
	reAccepted = regexp.MustCompile(`立案(\d+)件`)
	reKey      = regexp.MustCompile(`重点提案(\d+)件`)
	reListed   = regexp.MustCompile(`(?:共|活动)(\d+)次。$`)
	reOpinions = regexp.MustCompile(`报送社情民意信息(\d+)条`)
	reSpeeches = regexp.MustCompile(`作大会发言(\d+)次`)
	reSpeech   = regexp.MustCompile(`作(?:题为《[^\n]+》的)?大会发言。`)
	reResearch = regexp.MustCompile(`参加调研课题组(\d+)个`)
	reTopic    = regexp.MustCompile(`(?:牵头开展|参加|牵头)“[^”]+”课题`)
	reInspect  = regexp.MustCompile(`参加视察(\d+)次`)
	reTimes    = regexp.MustCompile(`(\d+)次`)
	reTotal    = regexp.MustCompile(`合计(-?\d+)分`)
)

// listed returns the number of activities a section's paragraph counts:
// the count after 共 or 等活动, or 1 for one named alone; 0 without the
// section.
func listed(tb testing.TB, d *summary.Document, heading string) int {
	tb.Helper()
	paras, ok := section(d, heading)
	if !ok {
		return 0
	}
	if n := number(tb, reListed, paras[0]); n > 0 {
		return n
	}
	return 1
}

// accepted returns the proposals registered and selected as key that the
// count of the section 提交提案 states: 立案2件，其中重点提案1件, or 均已立案
// for all of them; for one proposal, its own line (已立案，列为重点提案).
func accepted(tb testing.TB, d *summary.Document) (registered, key int) {
	tb.Helper()
	paras, ok := section(d, "提交提案")
	if !ok {
		return 0, 0
	}
	c := paras[0]
	filed := number(tb, reLead, c) + number(tb, reJoint, c)
	registered, key = number(tb, reAccepted, c), number(tb, reKey, c)
	switch {
	case filed == 1:
		// One proposal: its own line says what became of it.
		var item string
		for _, s := range d.Sections {
			if s.Heading == "提交提案" {
				item = strings.Join(append(slices.Clone(s.Paragraphs[1:]), sectionText(s.Subsections)...), "")
			}
		}
		if strings.Contains(item, "已立案") {
			registered = 1
		}
		if strings.Contains(item, "列为重点提案") {
			key = 1
		}
	case strings.Contains(c, "已立案"):
		registered = filed
	}
	return registered, key
}

// checkFigures checks every figure of each member's document against the
// tally package member computes from the duty records, and the profile's
// attendance against the sessions.
func checkFigures(t *testing.T, rec *summary.Records, period lvzhi.Period) {
	b, err := archive.New(rec, period, archive.Options{})
	require.NoError(t, err)
	roster := rosterOf(t, rec)
	tallies, err := member.DefaultScheme().Tally(roster, archive.Duties(rec), period.Range())
	require.NoError(t, err)
	require.Len(t, tallies, len(rec.Members))
	for _, want := range tallies {
		d, err := b.Document(want.Member)
		require.NoError(t, err)
		p, err := b.Profile(want.Member)
		require.NoError(t, err)
		doc := text(d)
		msg := fmt.Sprintf("%s %s\n%s", want.Member, want.Name, doc)

		assert.Equal(t, want.Points, p.Tally.Points, msg)
		assert.Equal(t, want.Kinds, p.Tally.Kinds, msg)
		if !archive.FullYear(period.Range()) {
			assert.Empty(t, p.Tally.Grade, "half a year is not graded: %s", msg)
			assert.NotContains(t, doc, "等次", msg)
		}
		assert.NotContains(t, doc, "事由", "leave reasons are not published by default: %s", msg)
		assert.NotRegexp(t, `[^\d]0(次|分|件|条)`, doc, "no zeros stated: %s", msg)
		if p.Idle() {
			assert.LessOrEqual(t, len(d.Sections), 3, "an idle member's archive has no empty headings: %s", msg)
			for _, s := range d.Sections {
				assert.NotEmpty(t, s.Paragraphs, "empty heading %s: %s", s.Heading, msg)
			}
			for _, kt := range want.Kinds {
				switch kt.Kind {
				case member.DutyLeave:
					assert.Contains(t, doc, "请假", msg)
				case member.DutyAbsence:
					assert.Contains(t, doc, "缺席", msg)
				default:
					t.Errorf("an idle member has a tally of %s: %s", kt.Kind, msg)
				}
			}
			continue
		}
		assert.Equal(t, want.Points, number(t, reTotal, doc), msg)
		// The points table: one row per kind of the tally that earns or
		// costs points, then the total.
		last := d.Sections[len(d.Sections)-1]
		require.Equal(t, "履职积分", last.Heading, msg)
		require.Len(t, last.Tables, 1, msg)
		pt := last.Tables[0]
		require.NoError(t, pt.Validate())
		var rows []member.KindTally
		for _, kt := range want.Kinds {
			if kt.Points != 0 {
				rows = append(rows, kt)
			}
		}
		require.Len(t, pt.Rows, len(rows), msg)
		for i, kt := range rows {
			row := pt.Rows[i]
			if kt.Kind == member.DutyOther && (row[0].Text == "参加文史工作" || row[0].Text == "出席其他会议") {
				// A row of books or sessions alone is named after them,
				// with no note on what it holds.
				for _, n := range pt.Notes {
					assert.NotContains(t, n, archive.PointsItem(member.DutyOther), msg)
				}
			} else {
				assert.Equal(t, archive.PointsItem(kt.Kind), row[0].Text, msg)
			}
			assert.Equal(t, strconv.Itoa(kt.Units), row[2].Text, msg)
			assert.Equal(t, strconv.Itoa(kt.Points), row[3].Text, msg)
		}
		assert.Equal(t, strconv.Itoa(want.Points), pt.Total[len(pt.Total)-1].Text, msg)
		// A note on the row 参加其他会议和活动 adds up to it.
		for _, n := range pt.Notes {
			head, parts, ok := strings.Cut(n, "次，其中")
			if !ok {
				continue
			}
			require.True(t, strings.HasPrefix(head, archive.PointsItem(member.DutyOther)), n)
			total := 0
			for _, m := range reTimes.FindAllStringSubmatch(parts, -1) {
				k, err := strconv.Atoi(m[1])
				require.NoError(t, err)
				total += k
			}
			assert.Equal(t, units(want, member.DutyOther), total, n)
			assert.Equal(t, strconv.Itoa(total), strings.TrimPrefix(head, archive.PointsItem(member.DutyOther)), n)
		}
		assert.Equal(t, units(want, member.DutyPlenary), number(t, reHalfDays, doc), msg)
		// The sessions attended are named (a few of many); other sessions than plenary
		// and standing committee ones count as 其他.
		otherSessions := 0
		for _, m := range p.Meetings {
			for _, s := range m.Sessions {
				if s.Status == session.Present {
					if m.Present <= 3 { // numbered sessions of a kind named by their numbers
						name := s.Name
						if s.Sitting > 0 && m.Listed > 1 {
							name = zh.Numeral(int64(s.Sitting)) + "次"
						}
						assert.Contains(t, doc, name, msg)
					}
					if m.Kind != session.KindPlenary && m.Kind != session.KindStanding {
						otherSessions++
					}
				}
			}
		}
		assert.Equal(t, units(want, member.DutyProposalFiled), number(t, reLead, doc)+number(t, reJoint, doc), msg)
		registered, key := accepted(t, d)
		assert.Equal(t, units(want, member.DutyProposalAccepted), registered, msg)
		assert.Equal(t, units(want, member.DutyKeyProposal), key, msg)
		assert.Equal(t, units(want, member.DutyOpinionSubmitted), number(t, reOpinions, doc), msg)
		speeches := number(t, reSpeeches, doc)
		if speeches == 0 { // one speech is written without a count
			speeches = len(reSpeech.FindAllString(doc, -1))
		}
		assert.Equal(t, units(want, member.DutySpeech), speeches, msg)
		research := number(t, reResearch, doc)
		if research == 0 { // up to three topics are named without a count
			for _, h := range []string{"参加调研", "参加调研课题", "参加调研视察", "参加调研课题和视察"} {
				if paras, ok := section(d, h); ok {
					research = len(reTopic.FindAllString(paras[0], -1))
				}
			}
		}
		assert.Equal(t, units(want, member.DutyResearch), research, msg)
		assert.Equal(t, units(want, member.DutyInspection), number(t, reInspect, doc), msg)
		assert.Equal(t, units(want, member.DutyGroupActivity), listed(t, d, "参加委员小组活动"), msg)
		// 文史 books count as 其他 and are named, each in 书名号.
		books := 0
		for _, e := range p.Publications {
			books += e.Units
			assert.Contains(t, doc, "《"+e.Title+"》", msg)
		}
		assert.Equal(t, units(want, member.DutyOther), listed(t, d, "参加其他活动")+otherSessions+books, msg)

		// Attendance at plenary and standing committee sessions is the
		// same whether counted from the sessions or from the duties.
		var leave, absent int
		for _, m := range p.Meetings {
			if m.Kind == session.KindPlenary || m.Kind == session.KindStanding {
				leave += m.Excused
				absent += m.Absent
			}
			assert.Equal(t, session.AttendanceOf(rec.Sessions, want.Member, period), sum(p.Meetings), msg)
		}
		assert.Equal(t, units(want, member.DutyLeave), leave, msg)
		assert.Equal(t, units(want, member.DutyAbsence), absent, msg)
	}
}

// sum adds up the attendance of every kind.
func sum(ms []archive.Meetings) session.Tally {
	var t session.Tally
	for _, m := range ms {
		t = t.Plus(m.Tally)
	}
	return t
}

func TestFiguresHalfyear(t *testing.T) {
	checkFigures(t, halfyearRecords(t), lvzhi.FirstHalf(2022))
}

func TestFiguresSynthetic(t *testing.T) {
	cfg := synth.District()
	cfg.Members, cfg.Proposals, cfg.Activities = 80, 160, 300
	rec, err := synth.Generate(cfg)
	require.NoError(t, err)
	checkFigures(t, rec, lvzhi.Year(cfg.Year))
}

// The duty records kept in the main example were written by its
// generator, independently of package archive: for every kind they hold,
// the tally from them alone equals the archive's.
func TestFiguresAgreeWithKeptDuties(t *testing.T) {
	rec := halfyearRecords(t)
	b := halfyearBook(t)
	roster := rosterOf(t, rec)
	kept, err := member.DefaultScheme().Tally(roster, rec.Duties, lvzhi.FirstHalf(2022).Range())
	require.NoError(t, err)
	recorded := map[member.DutyKind]bool{}
	for _, d := range rec.Duties {
		recorded[d.Kind] = true
	}
	require.NotEmpty(t, recorded)
	for _, k := range kept {
		got, ok := b.Tally(k.Member)
		require.True(t, ok)
		for kind := range recorded {
			assert.Equal(t, units(k, kind), units(got, kind), "%s %s %s", k.Member, k.Name, kind)
		}
	}
}

// sectionText returns the headings and paragraphs of ss and their
// subsections, in order.
func sectionText(ss []summary.Section) []string {
	var out []string
	for _, s := range ss {
		out = append(out, s.Heading)
		out = append(out, s.Paragraphs...)
		out = append(out, sectionText(s.Subsections)...)
	}
	return out
}
