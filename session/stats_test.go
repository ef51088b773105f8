package session_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/session"
)

func TestPercent(t *testing.T) {
	cases := []struct {
		t    session.Tally
		want string
		rate float64
	}{
		{session.Tally{}, "", 0},
		{session.Tally{Listed: 4, Present: 4}, "100%", 1},
		{session.Tally{Listed: 3, Present: 2, Excused: 1}, "66.7%", 2.0 / 3},
		{session.Tally{Listed: 8, Present: 1, Absent: 7}, "12.5%", 0.125},
		{session.Tally{Listed: 20, Present: 19, Excused: 1}, "95%", 0.95},
		{session.Tally{Listed: 10000, Present: 9999, Absent: 1}, "99.9%", 0.9999},
		{session.Tally{Listed: 7, Present: 0, Absent: 7}, "0%", 0},
	}
	for _, tc := range cases {
		assert.Equal(t, tc.want, tc.t.Percent(), "%+v", tc.t)
		assert.InDelta(t, tc.rate, tc.t.Rate(), 1e-12)
	}
}

func TestMemberAttendance(t *testing.T) {
	rec := func(id lvzhi.MemberID, st session.Status) session.Record {
		r := session.Record{Member: id, Status: st}
		if st == session.OnLeave {
			r.Reason = "公务"
		}
		return r
	}
	s1 := numbered("p3", session.KindPlenary, 9, 3, days(1, 8, 1, 10))
	s1.Attendance = session.Attendance{Mode: session.ModeRequired, Records: []session.Record{rec("b", session.Present), rec("a", session.Present), rec("c", session.OnLeave)}}
	s2 := numbered("s5", session.KindStanding, 9, 5, lvzhi.OneDay(d(4, 2)))
	s2.Attendance = session.Attendance{Mode: session.ModeRequired, Records: []session.Record{rec("a", session.Absent), rec("c", session.Present)}}
	s3 := numbered("s6", session.KindStanding, 9, 6, lvzhi.OneDay(d(8, 2)))
	s3.Attendance = session.Attendance{Mode: session.ModeRequired, Records: []session.Record{rec("a", session.Present)}}
	all := []session.Session{s1, s2, s3}

	got := session.MemberAttendance(all, lvzhi.FirstHalf(2022))
	assert.Equal(t, []session.MemberTally{
		{Member: "a", Tally: session.Tally{Listed: 2, Present: 1, Absent: 1}},
		{Member: "b", Tally: session.Tally{Listed: 1, Present: 1}},
		{Member: "c", Tally: session.Tally{Listed: 2, Present: 1, Excused: 1}},
	}, got)
	assert.Equal(t, session.Tally{Listed: 3, Present: 2, Absent: 1}, session.AttendanceOf(all, "a", lvzhi.Year(2022)))
	assert.Equal(t, session.Tally{Listed: 3, Present: 2, Absent: 1}, session.AttendanceOf(all, "a", lvzhi.Period{}), "zero period takes all")
	assert.Equal(t, session.Tally{Listed: 5, Present: 3, Excused: 1, Absent: 1}, session.TotalAttendance(all, lvzhi.FirstHalf(2022)))
	assert.Equal(t, session.Tally{Listed: 2, Present: 1, Absent: 1}, session.TotalAttendance(all, lvzhi.FirstHalf(2022), session.KindStanding))
}

func TestCountByKindEmpty(t *testing.T) {
	assert.Empty(t, session.CountByKind(nil, lvzhi.FirstHalf(2022)))
	assert.Empty(t, session.OfKind([]session.Session{numbered("p", session.KindPlenary, 9, 3, days(1, 8, 1, 10))}, session.KindPlenary, lvzhi.SecondHalf(2022)))
}

func TestRegion(t *testing.T) {
	cases := []struct{ name, want string }{
		{"中国人民政治协商会议柳州市某区委员会", "柳州市某区"},
		{"政协柳州市某区委员会", "柳州市某区"},
		{"柳州市某区政协委员会", "柳州市某区"},
		{"柳州市某区政协", "柳州市某区"},
		{"中国人民政治协商会议全国委员会", "全国"},
	}
	for _, tc := range cases {
		got, err := session.Region(lvzhi.Committee{Name: tc.name})
		assert.NoError(t, err, tc.name)
		assert.Equal(t, tc.want, got, tc.name)
	}
	for _, bad := range []string{"", "区政协办公室", "政协委员会"} {
		_, err := session.Region(lvzhi.Committee{Name: bad})
		assert.ErrorIs(t, err, lvzhi.ErrSyntax, bad)
	}
	_, err := numbered("p", session.KindPlenary, 9, 3, days(1, 8, 1, 10)).FullName(lvzhi.Committee{Name: "某单位"})
	assert.ErrorIs(t, err, lvzhi.ErrSyntax)
	name, err := session.Session{Kind: session.KindForum, Name: "区政协座谈会"}.FullName(lvzhi.Committee{ShortName: "区政协"})
	assert.NoError(t, err)
	assert.Equal(t, "区政协座谈会", name, "no doubled prefix")
}
