package spreadsheet

import (
	"fmt"
	"io"
	"reflect"
	"strings"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/proposal"
)

// WriteRegister writes the proposals as a 提案明细表, one row per proposal
// in the order given, with the date of each step, the units and the
// replies; ReadRegister reads it back. A history the row form cannot
// carry exactly — 二次办理, replies answered more than once, a step
// whose actor differs from the one ReadRegister would record, notes on
// steps — is still written (its latest round), and the proposal is
// reported in the returned notes, so that nothing is lost unseen.
func WriteRegister(w io.Writer, ps []*proposal.Proposal, opts ExportOptions) (Problems, error) {
	s := sheet{name: registerName, header: [][]string{registerLayout.headers()}, plain: true}
	b := &binding{sheet: registerName, at: map[string]int{}, found: registerLayout.headers()}
	for i, h := range registerLayout.headers() {
		b.at[h] = i
	}
	nm := newNames(opts.Roster)
	in := Options{Roster: opts.Roster, Rules: opts.Rules, Office: opts.Office, names: nm}
	var notes Problems
	strs := make([]string, len(registerLayout))
	for i, p := range ps {
		row := proposalCells(p, nm)
		s.rows = append(s.rows, row)
		for j, c := range row {
			strs[j] = c.String()
		}
		if msg := lossOf(p, record{b: b, row: i + 2, cells: strs, ps: &problems{sheet: registerName}}, in); msg != "" {
			notes = append(notes, Problem{Sheet: registerName, Row: i + 2, Message: msg})
		}
	}
	return notes, write(w, s, opts)
}

// SameRow reports whether two proposals give the same register row. An
// imported proposal whose row is that of a recorded one brings nothing new:
// keeping the recorded one keeps the parts of its history a row cannot
// carry (an earlier round of handling before 二次办理).
func SameRow(a, b *proposal.Proposal) bool {
	ra, rb := proposalCells(a, nil), proposalCells(b, nil)
	for i := range ra {
		if ra[i].String() != rb[i].String() {
			return false
		}
	}
	return true
}

// lossOf reads a written row back and says how the proposal it gives
// differs from p, or "" when it is the same.
func lossOf(p *proposal.Proposal, rec record, opts Options) string {
	pr, _ := readProposalRow(rec, opts)
	var back *proposal.Proposal
	if pr != nil && len(rec.ps.list) == 0 {
		back, _ = pr.build(rec, opts)
	}
	if back == nil || len(rec.ps.list) > 0 {
		why := ""
		if len(rec.ps.list) > 0 {
			why = "：" + rec.ps.list[0].Message
		}
		return fmt.Sprintf("%s提案的办理记录不能按明细表读回%s", p.Label(), why)
	}
	if !reflect.DeepEqual(back.Record, p.Record) {
		return fmt.Sprintf("%s提案的内容不能按明细表完整读回", p.Label())
	}
	want, got := p.History(), back.History()
	for k := range max(len(want), len(got)) {
		switch {
		case k >= len(got):
			return fmt.Sprintf("%s提案的办理记录第%d步“%s”（%s）在明细表中无法表示，只列出最后一轮办理", p.Label(), k+1, want[k].Action, want[k].Date)
		case k >= len(want) || !reflect.DeepEqual(want[k], got[k]):
			w := want[min(k, len(want)-1)]
			return fmt.Sprintf("%s提案的办理记录第%d步“%s”（%s，办理人“%s”）在明细表中不能原样表示", p.Label(), k+1, w.Action, w.Date, w.Actor)
		}
	}
	return ""
}

// proposalCells writes one proposal's row, in registerLayout's order.
func proposalCells(p *proposal.Proposal, nm *names) []cell {
	var (
		submitted, reviewed, decided, keyDate, assigned, forwarded, supervised, feedback, closed lvzhi.Date
		outcome, decider, reason, forwardTo, leader, satisfied, keyBy, assigner, superviser      string
		into                                                                                     int
		seconds, leadUnit, assisting, separate                                                   []string
		deadline                                                                                 lvzhi.Date
	)
	// After 二次办理 the row shows the current round: its replies, and the
	// feedback given since.
	hist := p.History()
	lastReopen := -1
	for i, s := range hist {
		if s.Action == proposal.ActionReopen {
			lastReopen = i
		}
	}
	for i, s := range hist {
		if i < lastReopen && (s.Action == proposal.ActionFeedback || s.Action == proposal.ActionReply) {
			continue
		}
		switch s.Action {
		case proposal.ActionSubmit:
			submitted = s.Date
		case proposal.ActionSecond:
			seconds = append(seconds, nm.write(s.Member))
		case proposal.ActionReview:
			reviewed = s.Date
		case proposal.ActionRegister, proposal.ActionReject, proposal.ActionMerge, proposal.ActionConvertToSuggestion,
			proposal.ActionConvertToOpinion, proposal.ActionWithdraw:
			outcome, decided, reason, into = s.Action.String(), s.Date, s.Reason, s.Into
			if s.Action != proposal.ActionWithdraw {
				decider = s.Actor
			}
		case proposal.ActionMarkKey:
			keyDate, keyBy = s.Date, s.Actor
		case proposal.ActionAssign:
			assigned, assigner = s.Date, s.Actor
			for _, u := range s.Units {
				switch u.Role {
				case proposal.Lead:
					leadUnit = append(leadUnit, u.Name)
				case proposal.Assisting:
					assisting = append(assisting, u.Name)
				default:
					separate = append(separate, u.Name)
				}
				deadline = u.Deadline
			}
		case proposal.ActionForward:
			forwarded, forwardTo = s.Date, s.To
		case proposal.ActionSupervise:
			supervised, leader, superviser = s.Date, s.Leader, s.Actor
		case proposal.ActionFeedback:
			feedback, satisfied = s.Date, s.Satisfaction.String()
		case proposal.ActionClose:
			closed = s.Date
		}
	}
	var replyDates, grades []string
	answered := 0
	for _, h := range p.Units() {
		switch {
		case !h.Role.Replies():
		case h.Replied.IsZero():
			replyDates, grades = append(replyDates, "—"), append(grades, "—")
		default:
			replyDates, grades = append(replyDates, h.Replied.String()), append(grades, h.Grade.String())
			answered++
		}
	}
	if answered == 0 {
		replyDates, grades = nil, nil
	}
	replied := text(strings.Join(replyDates, "、"))
	if len(replyDates) == 1 {
		d, _ := lvzhi.ParseDate(replyDates[0])
		replied = dateCell(d)
	}
	sub := p.Submitter
	var lead, co []string
	for i, m := range sub.Members {
		if i == 0 && sub.Kind != proposal.Collective {
			lead = append(lead, nm.write(m))
		} else {
			co = append(co, nm.write(m))
		}
	}
	signers := text("")
	if sub.Kind != proposal.Collective {
		signers = integer(len(sub.Members))
	}
	body := ""
	if sub.Body != 0 {
		body = sub.Body.String()
	}
	sitting := text("")
	if p.Sitting != 0 {
		sitting = integer(p.Sitting)
	}
	into0 := text("")
	if into != 0 {
		into0 = integer(into)
	}
	join := func(s []string) cell { return text(strings.Join(s, "、")) }
	return []cell{
		integer(p.Term), sitting, integer(p.Number), text(p.Title), text(sub.Kind.String()), text(p.Kind.String()),
		text(string(p.Session)), join(lead), join(co), text(body), text(sub.Organisation), signers,
		text(p.Sector), text(string(p.Category)), text(p.Grounds), text(p.Suggestions),
		dateCell(submitted), join(seconds), dateCell(reviewed), text(outcome), dateCell(decided), text(decider),
		text(reason), into0, dateCell(keyDate), text(keyBy), dateCell(assigned), text(assigner), join(leadUnit), join(assisting), join(separate),
		dateCell(deadline), dateCell(forwarded), text(forwardTo), dateCell(supervised), text(leader), text(superviser),
		replied, join(grades), dateCell(feedback), text(satisfied), dateCell(closed), text(p.State().String()),
	}
}
