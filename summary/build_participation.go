package summary

import (
	"fmt"

	"github.com/lvzhi-go/lvzhi/participation"
	"github.com/lvzhi-go/lvzhi/proposal"
)

// ParticipationFacts are the facts of the "participation" builder: who
// took part in the committee's work in the period, counted by package
// participation from the records (never from hand-kept duty records).
type ParticipationFacts struct {
	// Report is the full count, with its breakdowns and tables.
	Report *participation.Report
	// Roster is the number of members, Members those who took part in
	// any duty, Times their person-times (人次), Rate Members over Roster.
	Roster, Members, Times int
	Rate                   proposal.Rate
	// Proposers counts the members who proposed as 第一提案人, Signers
	// those who proposed as 第一提案人 or signed a joint proposal;
	// Proposals counts the proposals members submitted.
	Proposers, Signers, Proposals int
	// The tallies of the kinds of duty.
	Opinion, Attendance, Speech, Research, Inspection, Group participation.KindTally
	// BySector, ByParty, ByGroup and ByCommittee are the breakdowns.
	BySector, ByParty, ByGroup, ByCommittee []participation.Line
	// FullSectors counts the sectors every member of which took part.
	FullSectors int
}

// participationTemplate is the default wording of "participation".
const participationTemplate = `{{with .Facts}}{{period $.Period $.Year}}，{{.Proposers}}名委员以第一提案人身份提交提案{{.Proposals}}件
{{- with $.Prev}}，提案数{{compare .Proposals $.Facts.Proposals "件" $.Against}}{{end}}
{{- if .Opinion.Members}}；{{.Opinion.Members}}名委员反映社情民意信息{{.Opinion.Times}}条{{end}}。
{{- if .Times}}委员参加各类履职活动{{approx .Times "余"}}人次{{with $.Prev}}，{{compare .Times $.Facts.Times "人次" $.Against}}{{end}}
{{- if .Rate.OK}}；{{.Members}}名委员参加了履职，占委员总数的{{percent .Rate}}{{with $.Prev}}{{if .Rate.OK}}，{{comparerate .Rate $.Facts.Rate $.Against}}{{end}}{{end}}{{end}}
{{- if .FullSectors}}，{{.FullSectors}}个界别的委员全部参加了履职{{end}}。{{end}}{{end}}`

func buildParticipation(b *Builder, ctx *Context, _ Part) (any, string, error) {
	r := participation.Count(participation.Records{
		Members:    b.rec.Members,
		Sessions:   b.rec.Sessions,
		Proposals:  b.rec.Proposals,
		Topics:     b.rec.Topics,
		Activities: b.rec.Activities,
		Sectors:    b.roster.Sectors(),
	}, ctx.Period)
	if r.Times == 0 {
		return nil, "", fmt.Errorf("委员履职%w", ErrNoFacts)
	}
	f := &ParticipationFacts{
		Report: r, Roster: r.Roster, Members: r.Members, Times: r.Times, Rate: r.Rate(),
		Proposers: r.Proposers(false), Signers: r.Proposers(true),
		Proposals:  r.Kind(participation.ProposalLead).Items,
		Opinion:    r.Kind(participation.Opinion),
		Attendance: r.Kind(participation.Attendance),
		Speech:     r.Kind(participation.Speech),
		Research:   r.Kind(participation.Research),
		Inspection: r.Kind(participation.Inspection),
		Group:      r.Kind(participation.GroupActivity),
		BySector:   r.BySector(), ByParty: r.ByParty(), ByGroup: r.ByGroup(), ByCommittee: r.ByCommittee(),
	}
	for _, l := range f.BySector {
		if l.Roster > 0 && l.Members == l.Roster {
			f.FullSectors++
		}
	}
	return f, participationTemplate, nil
}
