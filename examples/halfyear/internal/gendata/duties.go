package main

import (
	"github.com/lvzhi-go/lvzhi/archive"
	"github.com/lvzhi-go/lvzhi/member"
	"github.com/lvzhi-go/lvzhi/summary"
)

// keptKinds are the kinds of duty record the data file keeps: attendance
// at plenary and standing committee sessions, leave and absence, plenary
// speeches, proposals filed, registered and selected as key, group
// activities and 社情民意 clues. Research, inspections and other
// activities are left to be derived from their records (see
// [archive.Duties]).
var keptKinds = []member.DutyKind{member.DutyPlenary, member.DutyLeave, member.DutyAbsence,
	member.DutyStandingMeeting, member.DutyProposalFiled, member.DutyProposalAccepted, member.DutyKeyProposal,
	member.DutySpeech, member.DutyOpinionSubmitted, member.DutyGroupActivity}

// keptDuties returns the duty records of the kept kinds, derived from the
// other records as package archive derives them, sorted by date, member,
// kind and source.
func keptDuties(rec *summary.Records) []member.Duty {
	var ds []member.Duty
	for _, d := range archive.Duties(rec) {
		for _, k := range keptKinds {
			if d.Kind == k {
				ds = append(ds, d)
				break
			}
		}
	}
	return ds
}
