package summary

import (
	"fmt"
	"strings"

	"github.com/lvzhi-go/lvzhi/member"
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
	// Sectors counts the sectors with members on the roster, FullSectors
	// those every member of which took part; Shortfall lists the others,
	// in the sectors' order, so that a summary that says how many sectors
	// took part in full also says which did not ([ParticipationFacts.SectorClause]).
	Sectors, FullSectors int
	Shortfall            []SectorShortfall
	// Idle counts the members who took part in no duty (Roster − Members).
	Idle int
}

// SectorShortfall is a sector some members of which took part in no duty.
type SectorShortfall struct {
	// Name is the sector's name (中国共产党), Short the form a sentence
	// uses (中共界别, 经济界).
	Name, Short string
	// Idle counts its members who took part in no duty.
	Idle int
}

// sectorShort is the name of a sector as a sentence uses it: a party's
// short name with 界别 (中共界别, 民盟界别), a name ending in 界 as it is
// (经济界), any other name with 界别 (无党派人士界别).
func sectorShort(name string) string {
	if p, err := member.ParseParty(name); err == nil {
		return p.Short() + "界别"
	}
	if strings.HasSuffix(name, "界") {
		return name
	}
	return name + "界别"
}

// participationTemplate is the default wording of "participation".
const participationTemplate = `{{with .Facts}}{{period $.Period $.Year}}，{{.Proposers}}名委员以第一提案人身份提交提案{{.Proposals}}件
{{- with $.Prev}}，提案数{{compare .Proposals $.Facts.Proposals "件" $.Against}}{{end}}
{{- if .Opinion.Members}}；{{.Opinion.Members}}名委员反映社情民意信息{{.Opinion.Times}}条{{end}}。
{{- if .Times}}委员履职共{{.Times}}人次{{with $.Prev}}，{{compare .Times $.Facts.Times "人次" $.Against}}{{end}}
{{- if .Rate.OK}}；{{.Members}}名委员参加了各类履职活动，占委员总数的{{percent .Rate}}{{with $.Prev}}{{if .Rate.OK}}，{{comparerate .Rate $.Facts.Rate $.Against}}{{end}}{{end}}{{end}}。
{{- with .SectorClause}}{{.}}。{{end}}{{end}}{{end}}`

// SectorClause is the clause on sectors a summary quotes after the
// participation rate: "21个界别的委员全部参加了履职活动" when every
// sector took part in full; otherwise how many did and where members are
// missing, so that the count of full sectors never hides the others:
// "21个界别中，20个界别的委员全部参加了履职活动；中共界别尚有6名委员
// 未参加", or with several sectors short "其余2个界别尚有5名委员未参加"
// ("其余6个界别各有1名委员未参加" when each misses one).
// It is empty when no sector took part in full.
func (f *ParticipationFacts) SectorClause() string {
	if f.FullSectors == 0 {
		return ""
	}
	full := fmt.Sprintf("%d个界别的委员全部参加了履职活动", f.FullSectors)
	switch len(f.Shortfall) {
	case 0:
		return full
	case 1:
		s := f.Shortfall[0]
		return fmt.Sprintf("%d个界别中，%s；%s尚有%d名委员未参加", f.Sectors, full, s.Short, s.Idle)
	}
	idle, each := 0, true
	for _, s := range f.Shortfall {
		idle += s.Idle
		each = each && s.Idle == 1
	}
	if each {
		return fmt.Sprintf("%d个界别中，%s；其余%d个界别各有1名委员未参加", f.Sectors, full, len(f.Shortfall))
	}
	return fmt.Sprintf("%d个界别中，%s；其余%d个界别尚有%d名委员未参加", f.Sectors, full, len(f.Shortfall), idle)
}

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
	f.Idle = f.Roster - f.Members
	for _, l := range f.BySector {
		if l.Roster == 0 {
			continue
		}
		f.Sectors++
		if l.Members == l.Roster {
			f.FullSectors++
		} else {
			f.Shortfall = append(f.Shortfall, SectorShortfall{Name: l.Name, Short: sectorShort(l.Name), Idle: l.Roster - l.Members})
		}
	}
	return f, participationTemplate, nil
}
