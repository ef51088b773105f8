package main

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/member"
	"github.com/lvzhi-go/lvzhi/proposal"
	"github.com/lvzhi-go/lvzhi/research"
	"github.com/lvzhi-go/lvzhi/session"
	"github.com/lvzhi-go/lvzhi/summary"
	"github.com/lvzhi-go/lvzhi/summary/digest"
)

// committedFile is the data file of the example, relative to this package.
const committedFile = "../../data/records.json"

var half = lvzhi.FirstHalf(2022)

// loadCommitted parses and validates the committed data file and returns
// the records and a builder for them.
func loadCommitted(t *testing.T) (*summary.Records, *summary.Builder) {
	t.Helper()
	data, err := os.ReadFile(committedFile)
	require.NoError(t, err)
	rec, err := summary.Parse(data)
	require.NoError(t, err, "strict parse")
	require.NoError(t, rec.Validate(), "records and cross references")
	b, err := summary.NewBuilder(rec)
	require.NoError(t, err)
	return rec, b
}

func TestCommittedFileIsCurrent(t *testing.T) {
	want, err := generate()
	require.NoError(t, err)
	got, err := os.ReadFile(committedFile)
	require.NoError(t, err)
	if !bytes.Equal(want, got) {
		t.Fatalf("%s is stale: run go run ./examples/halfyear/internal/gendata from the module root", committedFile)
	}
}

func TestGenerateIsDeterministic(t *testing.T) {
	a, err := generate()
	require.NoError(t, err)
	b, err := generate()
	require.NoError(t, err)
	assert.Equal(t, a, b)
}

func TestRunWritesFile(t *testing.T) {
	out := filepath.Join(t.TempDir(), "records.json")
	var stdout, stderr bytes.Buffer
	require.NoError(t, run([]string{"-o", out}, &stdout, &stderr))
	got, err := os.ReadFile(out)
	require.NoError(t, err)
	want, err := generate()
	require.NoError(t, err)
	assert.Equal(t, want, got)
	assert.Empty(t, stdout.String())

	stdout.Reset()
	require.NoError(t, run([]string{"-o", "-"}, &stdout, &stderr))
	assert.Equal(t, want, stdout.Bytes())
	assert.Error(t, run([]string{"extra"}, &stdout, &stderr))
}

func TestRoundTrip(t *testing.T) {
	rec, _ := loadCommitted(t)
	var buf bytes.Buffer
	require.NoError(t, rec.Save(&buf))
	data, err := os.ReadFile(committedFile)
	require.NoError(t, err)
	assert.Equal(t, string(data), buf.String(), "parsing and saving again loses nothing")
}

func TestCommittee(t *testing.T) {
	rec, _ := loadCommitted(t)
	c := rec.Committee
	assert.Equal(t, "政协柳州市某区委员会", c.Name)
	assert.Equal(t, "区政协", c.ShortName)
	assert.Equal(t, lvzhi.LevelCounty, c.Level)
	assert.Equal(t, 9, c.Term)
	assert.Equal(t, "市政协", c.Superior)
	assert.True(t, c.TermDates.ContainsRange(half.Range()))
}

func TestMembers(t *testing.T) {
	rec, b := loadCommitted(t)
	r := b.Roster()
	assert.GreaterOrEqual(t, r.Len(), 40)
	assert.LessOrEqual(t, r.Len(), 60)

	names := map[string]bool{}
	for _, m := range rec.Members {
		assert.False(t, names[m.Name], "name %s repeated", m.Name)
		names[m.Name] = true
	}
	on := day(2022, 6, 30)
	posts := map[member.Role]int{}
	for _, m := range rec.Members {
		for _, p := range m.PostsOn(on) {
			posts[p.Role]++
		}
	}
	assert.Equal(t, 1, posts[member.RoleChair])
	assert.Equal(t, 3, posts[member.RoleViceChair])
	assert.Equal(t, 1, posts[member.RoleSecretaryGen])
	assert.InDelta(t, 10, posts[member.RoleStandingMember], 2)

	assert.GreaterOrEqual(t, r.CountNonPublicEconomy(), 20)
	assert.Equal(t, []string{"工商组", "文史组", "社会组", "法制组", "科技组"}, r.Groups(half.Range()), "groups in 姓氏笔画 order")
	for _, g := range r.Groups(half.Range()) {
		leaders := 0
		for _, m := range r.InGroup(g, on) {
			for _, gm := range m.GroupsOn(on) {
				if gm.Group == g && gm.Role == member.GroupLeader {
					leaders++
				}
			}
		}
		assert.Equal(t, 1, leaders, "one 组长 in %s", g)
	}
	minorities := 0
	for _, c := range r.CountByEthnicity() {
		if c.Name != "汉族" && c.Name != member.Unknown {
			minorities++
		}
	}
	assert.GreaterOrEqual(t, minorities, 4, "several ethnic groups of Guangxi")
}

func TestSessions(t *testing.T) {
	rec, _ := loadCommitted(t)
	byID := map[lvzhi.SessionID]session.Session{}
	for _, s := range rec.Sessions {
		byID[s.ID] = s
	}
	tests := []struct {
		id    lvzhi.SessionID
		kind  session.Kind
		short string
		from  lvzhi.Date
	}{
		{idPlenary, session.KindPlenary, "九届三次会议", day(2022, 1, 8)},
		{idChairs9, session.KindChairs, "九届九次主席会议", day(2022, 3, 15)},
		{idChairs10, session.KindChairs, "九届十次主席会议", day(2022, 4, 26)},
		{idStanding7, session.KindStanding, "九届七次常委会议", day(2022, 2, 22)},
		{idJoint, session.KindJoint, "区人大常委会、区政府、区政协提案交办联席会议", day(2022, 5, 3)},
	}
	for _, tt := range tests {
		s, ok := byID[tt.id]
		require.True(t, ok, tt.id)
		assert.Equal(t, tt.kind, s.Kind, tt.id)
		assert.Equal(t, tt.short, s.ShortName(), tt.id)
		assert.Equal(t, tt.from, s.Dates.From, tt.id)
	}
	// The bodies of the 联席会议 are named in protocol order (人大, 政府,
	// 政协), in its name, organiser and the handling steps it took.
	j := byID[idJoint]
	assert.Equal(t, digest.ProtocolList(j.Organiser), j.Organiser)
	assert.True(t, strings.HasPrefix(j.Name, digest.ProtocolList("区政府、区人大常委会、区政协")), j.Name)
	assert.True(t, strings.HasPrefix(actorJoint, digest.ProtocolList("区政府、区人大、区政协")), actorJoint)

	p := byID[idPlenary]
	assert.Equal(t, 3, p.Dates.Days())
	var speeches []string
	for _, it := range p.Agenda {
		for _, sp := range it.Speeches {
			speeches = append(speeches, sp.Title)
		}
	}
	assert.Contains(t, speeches, "关于在小学和社区创办“四点钟学校”的建议")
	assert.Contains(t, speeches, "关于深化对“亲”“清”内涵的理解、构建新型政商关系的建议")
	tally := p.Tally()
	assert.Equal(t, len(rec.Members), tally.Listed, "every member is required at the plenary")
	assert.Equal(t, 3, tally.Excused)
	assert.Equal(t, tally.Listed-tally.Excused, tally.Present)
}

func TestProposalStatistics(t *testing.T) {
	_, b := loadCommitted(t)
	reg := b.Proposals()
	s := reg.StatisticsSince(day(2022, 1, 8), day(2022, 6, 15))
	assert.Equal(t, 44, s.Received)
	assert.Equal(t, 38, s.Registered)
	assert.Equal(t, 32, s.Local)
	assert.Equal(t, 6, s.Forwarded)
	assert.Equal(t, 32, s.Assigned)
	assert.Equal(t, 38, s.HandedOver)
	assert.True(t, s.AllHandedOver())
	assert.Equal(t, 2, s.Merged)
	assert.Equal(t, 2, s.Suggestions)
	assert.Equal(t, 1, s.Opinions)
	assert.Equal(t, 1, s.Rejected)
	assert.Equal(t, 0, s.Pending)
	assert.Equal(t, 3, s.Key)
	assert.Equal(t, 0, s.Replied, "no reply by mid June")

	end := reg.StatisticsSince(day(2022, 1, 8), day(2022, 6, 30))
	assert.Equal(t, 4, end.Replied)
	assert.Equal(t, 1, end.Closed)
	assert.Equal(t, 0, end.Overdue)

	var keys []string
	for _, p := range reg.Find(proposal.Filter{Key: true}) {
		keys = append(keys, p.Title)
		sel, _ := p.Key()
		assert.Equal(t, "九届十次主席会议", sel.Actor)
		assert.Len(t, p.Supervisions(), 1)
	}
	assert.Equal(t, []string{
		"关于加快螺蛳粉产业与“互联网+”产业融合的建议",
		"关于深化对“亲”“清”内涵的理解、构建新型政商关系的建议",
		"关于某区在我市五城区中率先创建全域旅游区的建议",
	}, keys)

	plenary := 0
	for _, p := range reg.All() {
		assert.False(t, p.LastDate().After(day(2022, 6, 30)), "第%d号 has a step after June", p.Number)
		for _, st := range p.History() {
			switch st.Action {
			case proposal.ActionRegister, proposal.ActionReject, proposal.ActionMerge,
				proposal.ActionConvertToSuggestion, proposal.ActionConvertToOpinion:
				assert.Equal(t, "九届九次主席会议", st.Actor)
				assert.Equal(t, day(2022, 3, 15), st.Date)
			case proposal.ActionAssign:
				assert.Equal(t, day(2022, 5, 3), st.Date)
			}
		}
		if p.Kind == proposal.Plenary {
			plenary++
			assert.Equal(t, idPlenary, p.Session)
		}
		if into := p.MergedInto(); into != 0 {
			target, ok := reg.Get(p.Term, into)
			require.True(t, ok)
			assert.NotEqual(t, proposal.Merged, target.State(), "merged into a registered proposal")
		}
	}
	assert.Positive(t, plenary)
	assert.Less(t, plenary, 44)
}

func TestSilentSectors(t *testing.T) {
	rec, b := loadCommitted(t)
	active := map[string]bool{}
	for _, p := range rec.Proposals {
		active[p.Sector] = true
		for _, id := range p.Submitter.Members {
			m, ok := b.Roster().Get(id)
			require.True(t, ok)
			active[string(m.Sector)] = true
		}
	}
	var silent []string
	for _, c := range b.Roster().CountBySector() {
		if !active[c.Name] {
			silent = append(silent, c.Name)
		}
	}
	assert.Equal(t, []string{"中国农工民主党", "文化艺术界", "社会福利和社会保障界", "特别邀请人士"}, silent)
}

func TestActivities(t *testing.T) {
	rec, _ := loadCommitted(t)
	acts := []research.Activity(rec.Activities)

	op := research.OpinionStats(acts, half)
	assert.Equal(t, 21, op.Clues)
	assert.Equal(t, 1, op.Issues)
	assert.Equal(t, 20, research.NonPublicVisits(acts, half))

	visits := research.Of[research.GroupActivity](acts, half)
	for _, v := range visits {
		for _, id := range v.Visited {
			i := slices.IndexFunc(rec.Members, func(m member.Member) bool { return m.ID == id })
			require.GreaterOrEqual(t, i, 0, "visited member %s exists", id)
			assert.True(t, rec.Members[i].NonPublicEconomy, "visited member %s is in the non-public economy", id)
		}
	}

	groups := map[string]int{}
	for _, c := range research.CountByGroup(acts, half) {
		groups[c.Group] = c.Count
	}
	assert.Equal(t, map[string]int{"科技组": 4, "社会组": 2, "工商组": 1, "法制组": 1}, groups)

	kinds := map[research.Kind]int{}
	for _, c := range research.CountByKind(acts, half) {
		kinds[c.Kind] = c.Count
	}
	assert.Equal(t, map[research.Kind]int{
		research.KindTraining: 1, research.KindExchange: 2, research.KindPublication: 2,
		research.KindGroup: 8, research.KindOpinion: 1, research.KindForum: 2, research.KindOther: 1,
	}, kinds)

	for _, a := range acts {
		assert.True(t, half.Range().ContainsRange(a.When()), "%s lies in the half year", a.ActivityID())
	}
	books := research.Of[research.Publication](acts, half)
	require.Len(t, books, 2)
	words, err := books[0].Words.Text("字")
	require.NoError(t, err)
	assert.Equal(t, "近2万字", words)
	pics, err := books[0].Pictures.Text("张")
	require.NoError(t, err)
	assert.Equal(t, "300多张", pics)
	assert.Equal(t, books[0].Title, books[1].Companion)
	tr := research.Of[research.Training](acts, half)
	require.Len(t, tr, 1)
	assert.Len(t, tr[0].Batches, 2)
}

func TestTopics(t *testing.T) {
	rec, _ := loadCommitted(t)
	end := day(2022, 6, 30)
	stats := research.TopicStatsOf(rec.Topics, half)
	assert.Equal(t, 3, stats.Total)
	assert.Equal(t, 2, stats.Key)
	for _, tp := range rec.Topics {
		_, behind := tp.Behind(end)
		assert.False(t, behind, "%s is on plan at the end of June", tp.Title)
		if tp.Key {
			assert.Equal(t, research.PhasePreparing, tp.PhaseOn(end), tp.Title)
			assert.Equal(t, idChairs9, tp.ChosenAt)
		}
		for _, st := range tp.History {
			assert.True(t, half.Contains(st.Date))
		}
	}
}

func TestDutiesTally(t *testing.T) {
	rec, b := loadCommitted(t)
	scheme := member.DefaultScheme()
	tallies, err := scheme.Tally(b.Roster(), rec.Duties, half.Range())
	require.NoError(t, err)
	assert.Len(t, tallies, len(rec.Members))
	assert.Positive(t, tallies[0].Points)

	gts, err := scheme.GroupTallies(b.Roster(), rec.Duties, half.Range())
	require.NoError(t, err)
	acts := map[string]int{}
	for _, g := range gts {
		acts[g.Group] = g.Activities
	}
	assert.Equal(t, map[string]int{"科技组": 4, "社会组": 2, "工商组": 1, "法制组": 1, "文史组": 0}, acts,
		"duties agree with the group activity records")
	assert.True(t, member.GroupBalance(gts, 0).Unbalanced)
}

func TestDiagnoses(t *testing.T) {
	_, b := loadCommitted(t)
	var rules []string
	for _, d := range b.Diagnose(half, day(2022, 6, 30), summary.DiagnoseOptions{}) {
		rules = append(rules, d.Rule)
	}
	assert.Contains(t, rules, "group-imbalance")
	assert.Contains(t, rules, "sector-silent")
	assert.NotContains(t, rules, "topics-behind")
	assert.NotContains(t, rules, "proposals-overdue")
}

func TestNothingAfterJune(t *testing.T) {
	rec, _ := loadCommitted(t)
	end := day(2022, 6, 30)
	for _, s := range rec.Sessions {
		assert.False(t, s.Dates.To.After(end), "session %s", s.ID)
	}
	for _, d := range rec.Duties {
		assert.False(t, d.Date.After(end), "duty of %s on %s", d.Member, d.Date)
	}
	for _, p := range rec.Proposals {
		assert.False(t, p.LastDate().After(end), "第%d号", p.Number)
		assert.True(t, p.Submitted().Compare(day(2022, 1, 8)) >= 0, "第%d号 received since the plenary", p.Number)
	}
	for _, tp := range rec.Topics {
		assert.False(t, tp.History[len(tp.History)-1].Date.After(end), tp.Title)
	}
}
