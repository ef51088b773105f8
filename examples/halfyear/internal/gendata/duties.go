package main

import (
	"cmp"
	"fmt"
	"slices"

	"github.com/lvzhi-go/lvzhi/member"
	"github.com/lvzhi-go/lvzhi/proposal"
	"github.com/lvzhi-go/lvzhi/research"
	"github.com/lvzhi-go/lvzhi/session"
)

// deriveDuties derives the members' duty records from the other records,
// so that the duty tallies of package member agree with them:
//
//   - attendance at plenary and standing committee sessions (a plenary day
//     counts two half-days), leave and absence;
//   - plenary speeches;
//   - proposals filed by each signer (collective proposals excepted),
//     registered and selected as key proposals;
//   - participation in members' group activities, counted for the
//     member's own group;
//   - 社情民意 clues reported.
//
// The result is sorted by date, member, kind and source.
func deriveDuties(sessions []session.Session, props []*proposal.Proposal, acts research.Activities) ([]member.Duty, error) {
	var ds []member.Duty
	for _, s := range sessions {
		ds = append(ds, sessionDuties(s)...)
	}
	for _, p := range props {
		ds = append(ds, proposalDuties(p)...)
	}
	for _, a := range acts {
		switch a := a.(type) {
		case research.GroupActivity:
			for _, m := range a.Members {
				if g := groupOf(m); slices.Contains(a.Groups, g) {
					ds = append(ds, member.Duty{Member: m, Date: a.Dates.From, Kind: member.DutyGroupActivity,
						Group: g, Ref: string(a.ID), Note: a.Title})
				}
			}
		case research.OpinionWork:
			for _, c := range a.Clues {
				if c.From != "" {
					ds = append(ds, member.Duty{Member: c.From, Date: c.Date, Kind: member.DutyOpinionSubmitted,
						Count: c.Count, Ref: string(a.ID), Note: c.Subject})
				}
			}
		}
	}
	slices.SortStableFunc(ds, func(a, b member.Duty) int {
		return cmp.Or(a.Date.Compare(b.Date), cmp.Compare(a.Member, b.Member),
			cmp.Compare(a.Kind, b.Kind), cmp.Compare(a.Ref, b.Ref))
	})
	for i, d := range ds {
		if err := d.Validate(); err != nil {
			return nil, fmt.Errorf("履职记录[%d]：%w", i, err)
		}
	}
	return ds, nil
}

func sessionDuties(s session.Session) []member.Duty {
	var present member.DutyKind
	count := 0
	switch s.Kind {
	case session.KindPlenary:
		present, count = member.DutyPlenary, 2*s.Dates.Days()
	case session.KindStanding:
		present = member.DutyStandingMeeting
	default:
		return nil
	}
	ref := string(s.ID)
	var ds []member.Duty
	for _, r := range s.Attendance.Records {
		d := member.Duty{Member: r.Member, Date: s.Dates.From, Ref: ref}
		switch r.Status {
		case session.Present:
			d.Kind, d.Count = present, count
		case session.OnLeave:
			d.Kind, d.Reason = member.DutyLeave, r.Reason
		case session.Absent:
			d.Kind = member.DutyAbsence
		}
		ds = append(ds, d)
	}
	for _, it := range s.Agenda {
		on := it.Dates.From
		if on.IsZero() {
			on = s.Dates.From
		}
		for _, sp := range it.Speeches {
			if sp.Speaker != "" {
				ds = append(ds, member.Duty{Member: sp.Speaker, Date: on, Kind: member.DutySpeech, Ref: ref, Note: sp.Title})
			}
		}
	}
	return ds
}

func proposalDuties(p *proposal.Proposal) []member.Duty {
	if p.Submitter.Kind == proposal.Collective {
		return nil
	}
	ref := fmt.Sprintf("proposal-%d-%d", p.Term, p.Number)
	var ds []member.Duty
	for _, m := range p.Submitter.Members {
		ds = append(ds, member.Duty{Member: m, Date: p.Submitted(), Kind: member.DutyProposalFiled, Ref: ref, Note: p.Title})
		for _, st := range p.History() {
			switch st.Action {
			case proposal.ActionRegister:
				ds = append(ds, member.Duty{Member: m, Date: st.Date, Kind: member.DutyProposalAccepted, Ref: ref, Note: p.Title})
			case proposal.ActionMarkKey:
				ds = append(ds, member.Duty{Member: m, Date: st.Date, Kind: member.DutyKeyProposal, Ref: ref, Note: p.Title})
			}
		}
	}
	return ds
}
