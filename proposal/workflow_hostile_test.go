package proposal_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/proposal"
)

func hday(m time.Month, d int) lvzhi.Date { return lvzhi.MustDate(2022, m, d) }

func hostileRecord(n int) proposal.Record {
	return proposal.Record{Number: n, Term: 9, Sitting: 3, Kind: proposal.Regular,
		Title: "关于加强社区养老服务的建议", Category: proposal.Society, Sector: "经济界",
		Submitter: proposal.Submitter{Kind: proposal.Individual, Members: []lvzhi.MemberID{"m1"}}}
}

// stages lists the steps that bring a proposal to each stage, in order.
var stages = []struct {
	name string
	do   func(*proposal.Proposal) error
}{
	{"submitted", func(*proposal.Proposal) error { return nil }},
	{"seconded", func(p *proposal.Proposal) error { return p.Second(proposal.At(hday(1, 21), "m2"), "m2") }},
	{"review", func(p *proposal.Proposal) error { return p.Review(proposal.At(hday(2, 1), "提案委员会")) }},
	{"registered", func(p *proposal.Proposal) error { return p.Register(proposal.At(hday(3, 10), "主席会议")) }},
	{"assigned", func(p *proposal.Proposal) error {
		return p.Assign(proposal.At(hday(5, 3), "联席会议"),
			proposal.Unit{Name: "区民政局", Role: proposal.Lead}, proposal.Unit{Name: "区财政局", Role: proposal.Assisting})
	}},
	{"replied", func(p *proposal.Proposal) error {
		return p.Reply(proposal.At(hday(6, 1), "区民政局"), "区民政局", proposal.GradeA)
	}},
	{"unsatisfied", func(p *proposal.Proposal) error {
		return p.Feedback(proposal.At(hday(6, 10), "m1"), proposal.Unsatisfied)
	}},
	{"reopened", func(p *proposal.Proposal) error { return p.Reopen(proposal.At(hday(6, 20), "提案委员会")) }},
	{"replied again", func(p *proposal.Proposal) error {
		return p.Reply(proposal.At(hday(7, 1), "区民政局"), "区民政局", proposal.GradeB)
	}},
	{"closed", func(p *proposal.Proposal) error { return p.Close(proposal.At(hday(7, 10), "提案委员会")) }},
}

// reach returns a proposal at the named stage.
func reach(tb testing.TB, stage string) *proposal.Proposal {
	tb.Helper()
	p, err := proposal.New(hostileRecord(1), proposal.At(hday(1, 20), "m1"))
	require.NoError(tb, err)
	for _, s := range stages {
		require.NoError(tb, s.do(p), s.name)
		if s.name == stage {
			return p
		}
	}
	tb.Fatalf("no stage %q", stage)
	return nil
}

// TestFailedStepChangesNothing tries every step method in states that do
// not allow it and with data that is wrong, and checks that each refusal
// is a *TransitionError or *StepError that leaves the proposal exactly as
// it was: same JSON (record, state, history), same history, same state.
func TestFailedStepChangesNothing(t *testing.T) {
	huge := strings.Repeat("长", 10<<20/3)
	late := proposal.At(hday(12, 1), "某人")
	early := proposal.At(hday(1, 1), "某人")
	lead := proposal.Unit{Name: "区民政局", Role: proposal.Lead}
	cases := []struct {
		stage, name string
		op          func(*proposal.Proposal) error
	}{
		{"submitted", "register before review", func(p *proposal.Proposal) error { return p.Register(late) }},
		{"submitted", "assign", func(p *proposal.Proposal) error { return p.Assign(late, lead) }},
		{"submitted", "reply", func(p *proposal.Proposal) error { return p.Reply(late, "区民政局", proposal.GradeA) }},
		{"submitted", "close", func(p *proposal.Proposal) error { return p.Close(late) }},
		{"submitted", "mark key", func(p *proposal.Proposal) error { return p.MarkKey(late) }},
		{"submitted", "review dated before submission", func(p *proposal.Proposal) error { return p.Review(early) }},
		{"submitted", "review on a zero date", func(p *proposal.Proposal) error { return p.Review(proposal.Act{Actor: "某人"}) }},
		{"submitted", "second without member", func(p *proposal.Proposal) error { return p.Second(late, "") }},
		{"seconded", "second twice", func(p *proposal.Proposal) error { return p.Second(late, "m2") }},
		{"review", "reject without reason", func(p *proposal.Proposal) error { return p.Reject(late, "") }},
		{"review", "merge into itself", func(p *proposal.Proposal) error { return p.Merge(late, 1) }},
		{"review", "merge into nothing", func(p *proposal.Proposal) error { return p.Merge(late, 0) }},
		{"review", "convert into an invalid kind", func(p *proposal.Proposal) error { return p.Convert(late, proposal.Conversion(99)) }},
		{"review", "register dated before review", func(p *proposal.Proposal) error { return p.Register(proposal.At(hday(1, 25), "主席会议")) }},
		{"registered", "assign no unit", func(p *proposal.Proposal) error { return p.Assign(late) }},
		{"registered", "assign two leads", func(p *proposal.Proposal) error {
			return p.Assign(late, lead, proposal.Unit{Name: "区财政局", Role: proposal.Lead})
		}},
		{"registered", "assign only an assisting unit", func(p *proposal.Proposal) error {
			return p.Assign(late, proposal.Unit{Name: "区财政局", Role: proposal.Assisting})
		}},
		{"registered", "assign a unit without name", func(p *proposal.Proposal) error {
			return p.Assign(late, proposal.Unit{Role: proposal.Lead})
		}},
		{"registered", "forward to nobody", func(p *proposal.Proposal) error { return p.Forward(late, "") }},
		{"registered", "withdraw after registration", func(p *proposal.Proposal) error { return p.Withdraw(late) }},
		{"assigned", "reply by an assisting unit", func(p *proposal.Proposal) error { return p.Reply(late, "区财政局", proposal.GradeA) }},
		{"assigned", "reply by a unit not assigned", func(p *proposal.Proposal) error { return p.Reply(late, "区教育局", proposal.GradeA) }},
		{"assigned", "reply without grade", func(p *proposal.Proposal) error { return p.Reply(late, "区民政局", 0) }},
		{"assigned", "reply with a grade outside the scheme", func(p *proposal.Proposal) error { return p.Reply(late, "区民政局", proposal.GradeD) }},
		{"assigned", "feedback before the reply", func(p *proposal.Proposal) error { return p.Feedback(late, proposal.Satisfied) }},
		{"assigned", "reassign", func(p *proposal.Proposal) error { return p.Assign(late, lead) }},
		{"replied", "invalid satisfaction", func(p *proposal.Proposal) error { return p.Feedback(late, proposal.Satisfaction(9)) }},
		{"replied", "reopen without dissatisfaction", func(p *proposal.Proposal) error { return p.Reopen(late) }},
		{"replied", "reply twice", func(p *proposal.Proposal) error { return p.Reply(late, "区民政局", proposal.GradeA) }},
		{"unsatisfied", "feedback twice in a round", func(p *proposal.Proposal) error { return p.Feedback(late, proposal.Satisfied) }},
		{"unsatisfied", "reopen for a unit not assigned", func(p *proposal.Proposal) error {
			return p.Reopen(late, proposal.Unit{Name: "区教育局", Role: proposal.Lead})
		}},
		{"closed", "close twice", func(p *proposal.Proposal) error { return p.Close(late) }},
		{"closed", "mark key after closing", func(p *proposal.Proposal) error { return p.MarkKey(late) }},
		{"closed", "supervise after closing", func(p *proposal.Proposal) error { return p.Supervise(late, "区长") }},
		{"closed", "apply an invalid action", func(p *proposal.Proposal) error {
			return p.Apply(proposal.Step{Action: proposal.Action(99), Date: hday(12, 1)})
		}},
		{"closed", "apply a 10 MiB note after closing", func(p *proposal.Proposal) error {
			return p.Apply(proposal.Step{Action: proposal.ActionClose, Date: hday(12, 1), Note: huge})
		}},
	}
	for _, tc := range cases {
		t.Run(tc.stage+"/"+tc.name, func(t *testing.T) {
			p := reach(t, tc.stage)
			before, err := json.Marshal(p)
			require.NoError(t, err)
			history, state := p.History(), p.State()

			err = tc.op(p)
			require.Error(t, err)
			var te *proposal.TransitionError
			var se *proposal.StepError
			assert.True(t, errors.As(err, &te) || errors.As(err, &se), "%T: %v", err, err)
			assert.True(t, errors.Is(err, proposal.ErrTransition) || errors.Is(err, proposal.ErrStep) ||
				errors.Is(err, lvzhi.ErrOrder) || errors.Is(err, lvzhi.ErrRequired), "%v", err)
			assert.Less(t, len(err.Error()), 1024, "the message does not repeat the input")

			after, err := json.Marshal(p)
			require.NoError(t, err)
			assert.Equal(t, string(before), string(after), "a failed step changes nothing")
			assert.Equal(t, history, p.History())
			assert.Equal(t, state, p.State())
		})
	}
}

// TestHistoryIsACopy checks that changing the slice History returns, or
// the units given to Assign, does not change the proposal.
func TestHistoryIsACopy(t *testing.T) {
	p := reach(t, "registered")
	units := []proposal.Unit{{Name: "区民政局", Role: proposal.Lead}}
	require.NoError(t, p.Assign(proposal.At(hday(5, 3), "联席会议"), units...))
	before, err := json.Marshal(p)
	require.NoError(t, err)
	units[0].Name = "改过的单位"
	h := p.History()
	h[0].Actor = "改过的人"
	h[len(h)-1].Units[0].Name = "改过的单位"
	after, err := json.Marshal(p)
	require.NoError(t, err)
	assert.Equal(t, string(before), string(after))
}

// TestRegisterFailedAddChangesNothing checks that a refused Add leaves the
// register as it was.
func TestRegisterFailedAddChangesNothing(t *testing.T) {
	huge := hostileRecord(3)
	huge.Title = strings.Repeat("长", 10<<20/3)
	cases := []struct {
		name string
		p    func(testing.TB) *proposal.Proposal
		is   error
	}{
		{"nil", func(testing.TB) *proposal.Proposal { return nil }, lvzhi.ErrRequired},
		{"no history", func(testing.TB) *proposal.Proposal { return &proposal.Proposal{Record: hostileRecord(3)} }, lvzhi.ErrRequired},
		{"duplicate number", func(tb testing.TB) *proposal.Proposal { return reach(tb, "review") }, proposal.ErrDuplicate},
		{"title over the register's limit", func(tb testing.TB) *proposal.Proposal {
			r := hostileRecord(3)
			r.Title = "关于进一步加强和改进全区城乡社区居家养老服务体系建设的建议"
			p, err := proposal.Rules{TitleMax: 100}.New(r, proposal.At(hday(1, 20), "m1"))
			require.NoError(tb, err)
			return p
		}, nil},
		{"category outside the register's rules", func(tb testing.TB) *proposal.Proposal {
			r := hostileRecord(3)
			r.Category = "旅游"
			p, err := proposal.Rules{Categories: append(proposal.DefaultCategories(), "旅游")}.New(r, proposal.At(hday(1, 20), "m1"))
			require.NoError(tb, err)
			return p
		}, nil},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			reg := proposal.NewRegister(proposal.Rules{TitleMax: 20})
			require.NoError(t, reg.Add(reach(t, "closed")))
			p2, err := proposal.New(hostileRecord(2), proposal.At(hday(2, 1), "m1"))
			require.NoError(t, err)
			require.NoError(t, reg.Add(p2))
			before, err := json.Marshal(reg.All())
			require.NoError(t, err)
			stats := reg.StatisticsFor(lvzhi.Year(2022))

			err = reg.Add(tc.p(t))
			require.Error(t, err)
			if tc.is != nil {
				assert.ErrorIs(t, err, tc.is)
			} else {
				var verrs lvzhi.ValidationErrors
				assert.ErrorAs(t, err, &verrs)
			}
			after, err := json.Marshal(reg.All())
			require.NoError(t, err)
			assert.Equal(t, string(before), string(after), "a failed Add changes nothing")
			assert.Equal(t, 2, reg.Len())
			assert.Equal(t, stats, reg.StatisticsFor(lvzhi.Year(2022)))
		})
	}

	_, err := proposal.New(huge, proposal.At(hday(1, 20), "m1"))
	var verrs lvzhi.ValidationErrors
	require.ErrorAs(t, err, &verrs, "a 10 MiB 案由 is a validation error")
	assert.Equal(t, "Title", verrs[0].Field)
	assert.Less(t, len(err.Error()), 1024)
}

// TestDecodeHostile checks decoding of histories out of date order and of
// text encoding/json would silently replace with U+FFFD.
func TestDecodeHostile(t *testing.T) {
	good, err := json.Marshal(reach(t, "closed"))
	require.NoError(t, err)

	backwards := strings.Replace(string(good), `"2022-06-01"`, `"2022-04-01"`, 1) // the reply before 交办
	require.NotEqual(t, string(good), backwards)
	_, err = proposal.Decode([]byte(backwards))
	var he *proposal.HistoryError
	require.ErrorAs(t, err, &he)
	assert.Equal(t, 5, he.Index, "the reply is the sixth step")
	assert.Equal(t, ".history[5]", he.JSONPath())
	assert.ErrorIs(t, err, lvzhi.ErrOrder)
	assert.Contains(t, err.Error(), "第6步")

	for _, bad := range []string{"\"关于\xff加强\"", "\"关于\xed\xa0\x80加强\"", `"关于\ud800加强"`, `"关于\udc00\ud800加强"`} {
		in := strings.Replace(string(good), `"关于加强社区养老服务的建议"`, bad, 1)
		require.NotEqual(t, string(good), in)
		p, err := proposal.Decode([]byte(in))
		assert.Nil(t, p, bad)
		assert.ErrorIs(t, err, lvzhi.ErrSyntax, "text that would be lost is refused: %q", bad)
	}
	// U+FFFD written on purpose, and a valid surrogate pair, are kept.
	in := strings.Replace(string(good), `"关于加强社区养老服务的建议"`, `"关于\ufffd加强\ud83d\ude00"`, 1)
	p, err := proposal.Decode([]byte(in))
	require.NoError(t, err)
	assert.Equal(t, "关于\uFFFD加强😀", p.Title)
}
