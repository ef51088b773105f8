package synth

import (
	"fmt"
	"slices"
	"strings"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/member"
)

// partyOfSector gives the party of the members of a party's own sector.
var partyOfSector = map[member.Sector]member.Party{
	member.SectorCPC:                  member.PartyCPC,
	member.SectorRevolutionaryKMT:     member.PartyRevolutionaryKMT,
	member.SectorDemocraticLeague:     member.PartyDemocraticLeague,
	member.SectorNationalConstruction: member.PartyNationalConstruction,
	member.SectorPromotingDemocracy:   member.PartyPromotingDemocracy,
	member.SectorPeasantsWorkers:      member.PartyPeasantsWorkers,
	member.SectorZhiGong:              member.PartyZhiGong,
	member.SectorJiuSan:               member.PartyJiuSan,
	member.SectorTaiwanLeague:         member.PartyTaiwanLeague,
	member.SectorNonParty:             member.PartyNonParty,
}

// nationalOnlySectors are the sectors of the National Committee a county
// committee does not have.
var nationalOnlySectors = []member.Sector{member.SectorTaiwanLeague, member.SectorTaiwanCompatriots,
	member.SectorForeignFriendship, member.SectorHongKong, member.SectorMacao}

// members fills the roster: one member per sector first, so that every
// sector has members, then sectors at random; the first members hold the
// posts (主席, 副主席, 秘书长), about one in six is a 常务委员, and every member
// belongs to one activity group and one special committee.
func (g *gen) members() {
	n := g.cfg.Members
	sectors := member.OfficialSectors()
	if g.rec.LocalSectors != nil {
		// A county committee has no sector for bodies it has no branch of
		// (台盟, 台联) nor for invitees from outside the mainland, and one
		// local sector: fewer sectors than the National Committee's 34.
		sectors = slices.DeleteFunc(sectors, func(s member.Sector) bool { return slices.Contains(nationalOnlySectors, s) })
		sectors = append(sectors, member.Sector(localSector))
	}
	nVice := max(3, min(n/80, 24))
	termStart := g.rec.Committee.TermDates.From
	tenure := member.Tenure{Start: termStart}
	committees := member.NationalSpecialCommittees()
	g.byGroup = make([][]lvzhi.MemberID, len(activityGroups))
	g.sectorOf = make(map[lvzhi.MemberID]member.Sector, n)
	idNumbers := make(map[string]bool, n)
	g.rec.Members = make([]member.Member, n)
	for i := range n {
		m := &g.rec.Members[i]
		m.ID = memberID(i)
		m.Gender = member.Male
		if g.chance(0.3) {
			m.Gender = member.Female
		}
		m.Ethnicity = member.Han
		if g.chance(0.1) {
			m.Ethnicity = pick(g, member.Ethnicities()[1:])
		}
		m.Name = g.name(m.Gender, m.Ethnicity)
		m.BirthDate = g.randomDay(date(g.cfg.Year-72, 1, 1), date(g.cfg.Year-32, 12, 31))
		if g.cfg.IDNumbers {
			for {
				id := g.idNumber(m.BirthDate, m.Gender)
				if !idNumbers[id] {
					idNumbers[id] = true
					m.IDNumber = id
					break
				}
			}
		}
		switch {
		case i < len(sectors):
			m.Sector = sectors[i]
		case g.chance(0.15):
			// The 中共 and 经济界 sectors are the largest of every committee;
			// the others share the rest.
			m.Sector = member.SectorCPC
		case g.chance(0.1):
			m.Sector = member.SectorEconomy
		default:
			m.Sector = pick(g, sectors)
		}
		m.Party = g.party(m.Sector)
		m.WorkUnit, m.Title = pick(g, workUnits), pick(g, titles)
		if g.chance(0.6) {
			m.Contact.Mobile = fmt.Sprintf("1%d%09d", g.between(3, 9), g.intn(1e9))
		}
		if (m.Sector == member.SectorEconomy || m.Sector == member.SectorIndustryCommerce || g.chance(0.05)) && g.chance(0.5) {
			m.NonPublicEconomy = true
			g.nonPublic = append(g.nonPublic, m.ID)
		}
		g.sectorOf[m.ID] = m.Sector

		// Posts: the chair, the vice-chairs, the secretary-general, then
		// standing members.
		switch {
		case i == 0:
			m.Posts = []member.Post{{Role: member.RoleChair, Tenure: tenure}}
			g.chair = m.ID
		case i <= nVice:
			p := member.Post{Role: member.RoleViceChair, Tenure: tenure}
			if i == 1 {
				p.Label = "常务副主席"
			}
			m.Posts = []member.Post{p}
			g.viceChairs = append(g.viceChairs, m.ID)
		case i == nVice+1:
			m.Posts = []member.Post{{Role: member.RoleSecretaryGen, Tenure: tenure}}
			g.secretary = m.ID
		case i%6 == 0:
			m.Posts = []member.Post{{Role: member.RoleStandingMember, Tenure: tenure}}
		default:
			m.Posts = []member.Post{{Role: member.RoleMember, Tenure: tenure}}
		}
		if i <= nVice+1 || i%6 == 0 {
			g.standing = append(g.standing, m.ID)
		}

		// Special committee and activity group places.
		cRole := member.CommitteeMemberRole
		if i >= 1 && i <= len(committees) && i <= nVice {
			cRole = member.CommitteeDirector
		}
		m.Committees = []member.CommitteeMembership{{Committee: committees[i%len(committees)], Role: cRole, Tenure: tenure}}
		gi := i % len(activityGroups)
		gRole := member.GroupMember
		if len(g.byGroup[gi]) == 0 {
			gRole = member.GroupLeader
		} else if len(g.byGroup[gi]) == 1 {
			gRole = member.GroupViceLeader
		}
		m.Groups = []member.GroupMembership{{Group: activityGroups[gi], Role: gRole, Tenure: tenure}}
		g.byGroup[gi] = append(g.byGroup[gi], m.ID)
	}
}

// name returns a Chinese name: a surname (now and then a compound one) and
// one or two given-name characters, or for a Uyghur member a name and a
// father's name joined by the middle dot.
func (g *gen) name(gender member.Gender, e member.Ethnicity) string {
	if e == "维吾尔族" {
		return pick(g, uyghurNames) + "·" + pick(g, uyghurNames)
	}
	var sb strings.Builder
	if g.chance(0.01) {
		sb.WriteString(pick(g, compoundSurnames))
	} else {
		sb.WriteRune(pick(g, surnames))
	}
	given := givenMale
	if gender == member.Female {
		given = givenFemale
	}
	sb.WriteRune(pick(g, given))
	if g.chance(0.7) {
		sb.WriteRune(pick(g, given))
	}
	return sb.String()
}

// party returns the party of a member of sector s: the party of a party's
// own sector, otherwise mostly 中国共产党 or 群众 and now and then a
// democratic party or 无党派人士.
func (g *gen) party(s member.Sector) member.Party {
	if p, ok := partyOfSector[s]; ok {
		return p
	}
	switch r := g.intn(10); {
	case r < 5:
		return member.PartyCPC
	case r < 7:
		return member.PartyMasses
	case r < 8:
		return member.PartyNonParty
	default:
		return member.Party(g.between(int(member.PartyRevolutionaryKMT), int(member.PartyTaiwanLeague)))
	}
}

// idNumber returns an 18-character citizen identity number (GB 11643-1999)
// for a person born on birth: an area code, the birth date, a sequence
// number whose last digit is odd for men and even for women, and the
// ISO 7064 MOD 11-2 check character.
func (g *gen) idNumber(birth lvzhi.Date, gender member.Gender) string {
	seq := g.intn(500) * 2 // even: women
	if gender == member.Male {
		seq++
	}
	body := fmt.Sprintf("%s%04d%02d%02d%03d", pick(g, areaCodes), birth.Year, int(birth.Month), birth.Day, seq)
	return body + string(checkChar(body))
}

// checkChar returns the check character of the 17-digit body of an
// identity number: the weighted sum of the digits, weights 2^(17−i) mod 11,
// taken mod 11, mapped to 1 0 X 9 8 7 6 5 4 3 2.
func checkChar(body string) byte {
	sum, w := 0, 1
	for i := 16; i >= 0; i-- {
		w = w * 2 % 11
		sum += int(body[i]-'0') * w
	}
	return "10X98765432"[sum%11]
}
