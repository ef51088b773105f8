package session_test

import (
	"encoding"
	"encoding/json"
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/session"
)

type enum interface {
	encoding.TextMarshaler
	String() string
	IsValid() bool
}

func TestEnumText(t *testing.T) {
	cases := []struct {
		v    enum
		name string
		back func([]byte) (enum, error)
	}{
		{session.KindPlenary, "全体会议", func(b []byte) (enum, error) { var k session.Kind; err := k.UnmarshalText(b); return k, err }},
		{session.KindStanding, "常务委员会会议", func(b []byte) (enum, error) { var k session.Kind; err := k.UnmarshalText(b); return k, err }},
		{session.KindBimonthly, "双月协商座谈会", func(b []byte) (enum, error) { var k session.Kind; err := k.UnmarshalText(b); return k, err }},
		{session.KindOther, "其他", func(b []byte) (enum, error) { var k session.Kind; err := k.UnmarshalText(b); return k, err }},
		{session.AgendaReview, "听取和审议", func(b []byte) (enum, error) { var k session.AgendaKind; err := k.UnmarshalText(b); return k, err }},
		{session.AgendaSpeech, "大会发言", func(b []byte) (enum, error) { var k session.AgendaKind; err := k.UnmarshalText(b); return k, err }},
		{session.ModeSignUp, "报名参加", func(b []byte) (enum, error) { var k session.Mode; err := k.UnmarshalText(b); return k, err }},
		{session.OnLeave, "请假", func(b []byte) (enum, error) { var k session.Status; err := k.UnmarshalText(b); return k, err }},
	}
	for _, tc := range cases {
		assert.Equal(t, tc.name, tc.v.String())
		assert.True(t, tc.v.IsValid())
		b, err := tc.v.MarshalText()
		require.NoError(t, err)
		assert.Equal(t, tc.name, string(b))
		back, err := tc.back(b)
		require.NoError(t, err)
		assert.Equal(t, tc.v, back)
	}
}

func TestEnumOutOfRange(t *testing.T) {
	assert.Equal(t, "Kind(0)", session.Kind(0).String())
	assert.Equal(t, "Kind(11)", session.Kind(11).String())
	assert.Equal(t, "Status(-1)", session.Status(-1).String())
	assert.False(t, session.Kind(11).IsValid())
	_, err := session.Kind(11).MarshalText()
	assert.ErrorIs(t, err, lvzhi.ErrOutOfRange)

	var k session.Kind
	err = k.UnmarshalText([]byte("常委会议"))
	require.ErrorIs(t, err, lvzhi.ErrSyntax)
	assert.Contains(t, err.Error(), "常委会议", "the error names the value")
	assert.Equal(t, session.Kind(0), k, "unchanged on error")
}

func TestNumbered(t *testing.T) {
	want := map[session.Kind]bool{session.KindPlenary: true, session.KindStanding: true, session.KindChairs: true, session.KindSecretaryGeneral: true}
	for k := session.KindPlenary; k <= session.KindOther; k++ {
		assert.Equal(t, want[k], k.Numbered(), k.String())
	}
}

func TestValidate(t *testing.T) {
	ok := numbered("s1", session.KindPlenary, 9, 3, days(1, 8, 1, 10))
	require.NoError(t, ok.Validate())

	cases := []struct {
		name string
		edit func(s *session.Session)
		want []string
	}{
		{"empty", func(s *session.Session) { *s = session.Session{} }, []string{"ID", "Kind", "Dates"}},
		{"numbered without numbers", func(s *session.Session) { s.Term, s.Sitting = 0, 0 }, []string{"Term", "Sitting"}},
		{"unnumbered needs a name", func(s *session.Session) { s.Kind = session.KindJoint; s.Term = 0 }, []string{"Name", "Sitting"}},
		{"reversed dates", func(s *session.Session) { s.Dates = days(1, 10, 1, 8) }, []string{"Dates"}},
		{"agenda outside session", func(s *session.Session) {
			s.Agenda = []session.AgendaItem{
				{Kind: session.AgendaReview, Title: "听取和审议区政府工作报告", Dates: lvzhi.OneDay(d(1, 9))},
				{Kind: session.AgendaVote, Title: "表决决议", Dates: lvzhi.OneDay(d(1, 11))},
				{Title: "", Speeches: []session.Speech{{Speaker: "m1"}}},
			}
		}, []string{"Agenda[2].Kind", "Agenda[2].Title", "Agenda[2].Speeches[0].Title", "Agenda[1].Dates"}},
		{"attendance", func(s *session.Session) {
			s.Attendance = session.Attendance{Records: []session.Record{
				{Member: "m1", Status: session.Present},
				{Member: "m2", Status: session.OnLeave},
				{Member: "m1", Status: session.Absent},
				{Status: 9},
			}}
		}, []string{"Attendance.Records[3].Member", "Attendance.Records[3].Status", "Attendance.Mode", "Attendance.Records[1].Reason", "Attendance.Records[2].Member"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			s := ok
			tc.edit(&s)
			assert.Equal(t, tc.want, fields(t, s.Validate()))
		})
	}
}

func TestValidateMessagesAreChinese(t *testing.T) {
	s := numbered("s1", session.KindPlenary, 9, 3, days(1, 8, 1, 10))
	s.Agenda = []session.AgendaItem{{Kind: session.AgendaVote, Title: "表决", Dates: lvzhi.OneDay(d(1, 11))}}
	err := s.Validate()
	var verrs lvzhi.ValidationErrors
	require.ErrorAs(t, err, &verrs)
	assert.Equal(t, "议程[0].日期", verrs[0].Label)
	assert.Contains(t, verrs[0].Message, "不在会议日期")
}

func full() session.Session {
	return session.Session{
		ID: "s-9-3", Kind: session.KindPlenary, Term: 9, Sitting: 3, Name: "政协第九届柳州市某区委员会第三次会议",
		Dates: days(1, 8, 1, 10), Place: "区会议中心", Organiser: "区政协",
		Agenda: []session.AgendaItem{
			{Kind: session.AgendaReview, Title: "听取和审议区政府工作报告", Dates: lvzhi.OneDay(d(1, 8))},
			{Kind: session.AgendaSpeech, Title: "大会发言", Speeches: []session.Speech{{Speaker: "m1", Title: "关于在小学和社区创办“四点钟学校”的建议"}, {Title: "集体发言"}}},
			{Kind: session.AgendaConsult, Title: "整体协商", Outcome: "提出意见建议"},
		},
		Outcomes: []string{"通过政治决议"},
		Attendance: session.Attendance{Mode: session.ModeRequired, Records: []session.Record{
			{Member: "m1", Status: session.Present}, {Member: "m2", Status: session.OnLeave, Reason: "出差"}, {Member: "m3", Status: session.Absent},
		}},
	}
}

func TestJSONRoundTrip(t *testing.T) {
	for _, s := range []session.Session{full(), numbered("s2", session.KindChairs, 9, 9, lvzhi.OneDay(d(3, 1))), {ID: "x", Kind: session.KindForum, Name: "座谈会", Dates: lvzhi.OneDay(d(2, 1))}} {
		b, err := json.Marshal(s)
		require.NoError(t, err)
		back, err := session.Decode(b)
		require.NoError(t, err, string(b))
		assert.Equal(t, s, back)
	}
	b, err := json.Marshal(full())
	require.NoError(t, err)
	assert.Contains(t, string(b), `"kind":"全体会议"`)
	assert.Contains(t, string(b), `"status":"请假","reason":"出差"`)
	assert.Contains(t, string(b), `"mode":"应出席"`)
}

func TestDecodeStrict(t *testing.T) {
	cases := []struct{ in, want string }{
		{`{"id":"s","kind":"全体会议","term":9,"sitting":3,"dates":{"from":"2022-01-08","to":"2022-01-10"},"extra":1}`, "extra"},
		{`{"id":"s","kind":"常委会议","term":9,"sitting":3,"dates":{"from":"2022-01-08","to":"2022-01-10"}}`, "常委会议"},
		{`{"id":"s","kind":"全体会议","term":9,"sitting":3,"dates":{"from":"2022-01-08","to":"2022-01-10"}} {}`, "多余"},
		{`{"id":"s","kind":"全体会议","term":9,"sitting":3,"dates":{"from":"2022-02-30","to":"2022-03-01"}}`, "没有这一天"},
	}
	for _, tc := range cases {
		_, err := session.Decode([]byte(tc.in))
		require.Error(t, err, tc.in)
		assert.ErrorIs(t, err, lvzhi.ErrSyntax)
		assert.Contains(t, err.Error(), tc.want)
	}
	_, err := session.Decode([]byte(`{"id":"s","kind":"全体会议","dates":{"from":"2022-01-08","to":"2022-01-10"}}`))
	var verrs lvzhi.ValidationErrors
	require.True(t, errors.As(err, &verrs), "valid JSON, invalid record: %v", err)
	assert.Equal(t, "Term", verrs[0].Field)
}

func FuzzDecode(f *testing.F) {
	b, _ := json.Marshal(full())
	f.Add(b)
	f.Add([]byte(`{"id":"s","kind":"其他","name":"x","dates":{"from":"2022-01-08","to":"2022-01-08"}}`))
	f.Add([]byte(`null`))
	f.Add([]byte(`{"attendance":{"records":[null]}}`))
	f.Add([]byte(`[`))
	f.Fuzz(func(t *testing.T, data []byte) {
		s, err := session.Decode(data)
		if err != nil {
			assert.Equal(t, session.Session{}, s)
			return
		}
		require.NoError(t, s.Validate(), "Decode returns only valid sessions")
		again, err := json.Marshal(s)
		require.NoError(t, err)
		back, err := session.Decode(again)
		require.NoError(t, err)
		third, err := json.Marshal(back)
		require.NoError(t, err)
		assert.Equal(t, string(again), string(third), "encoding is stable; empty and absent lists are the same record")
	})
}
