package main

import (
	"fmt"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/member"
)

// sectorPlan gives the number of members of each sector.
var sectorPlan = []struct {
	sector member.Sector
	n      int
}{
	{member.SectorCPC, 18}, {member.SectorRevolutionaryKMT, 4}, {member.SectorDemocraticLeague, 6},
	{member.SectorNationalConstruction, 6}, {member.SectorPromotingDemocracy, 6}, {member.SectorPeasantsWorkers, 5},
	{member.SectorJiuSan, 4}, {member.SectorNonParty, 6}, {member.SectorYouth, 5}, {member.SectorTradeUnions, 6},
	{member.SectorWomen, 6}, {member.SectorIndustryCommerce, 10}, {member.SectorScienceAssociation, 6},
	{member.SectorEconomy, 12}, {member.SectorAgriculture, 10}, {member.SectorEducation, 10},
	{member.SectorMedicine, 10}, {member.SectorCultureArts, 6}, {member.SectorSocialWelfare, 6},
	{member.SectorEthnicMinorities, 5}, {member.SectorReligion, 3},
}

// partyOf maps the party sectors to their party.
var partyOf = map[member.Sector]member.Party{
	member.SectorCPC: member.PartyCPC, member.SectorRevolutionaryKMT: member.PartyRevolutionaryKMT,
	member.SectorDemocraticLeague: member.PartyDemocraticLeague, member.SectorNationalConstruction: member.PartyNationalConstruction,
	member.SectorPromotingDemocracy: member.PartyPromotingDemocracy, member.SectorPeasantsWorkers: member.PartyPeasantsWorkers,
	member.SectorJiuSan: member.PartyJiuSan, member.SectorNonParty: member.PartyNonParty,
}

// The activity groups, and the sectors whose members join each.
const (
	gSci     = "科技组"
	gSoc     = "社会组"
	gBiz     = "工商组"
	gLaw     = "法制组"
	gCulture = "文史组"
	gAgri    = "农业组"
)

var groupOf = map[member.Sector]string{
	member.SectorEconomy: gBiz, member.SectorIndustryCommerce: gBiz, member.SectorNationalConstruction: gBiz,
	member.SectorScienceAssociation: gSci, member.SectorJiuSan: gSci, member.SectorMedicine: gSci, member.SectorPeasantsWorkers: gSci,
	member.SectorEducation: gCulture, member.SectorPromotingDemocracy: gCulture, member.SectorCultureArts: gCulture,
	member.SectorAgriculture: gAgri, member.SectorEthnicMinorities: gAgri,
	member.SectorSocialWelfare: gSoc, member.SectorWomen: gSoc, member.SectorTradeUnions: gSoc, member.SectorYouth: gSoc, member.SectorReligion: gSoc,
}

// The special committees.
var committees = []member.SpecialCommittee{"提案委员会", "经济委员会", "教科卫体委员会", "社会和法制委员会", "文化文史和学习委员会"}

var (
	surnames = []rune("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董袁潘蒋蔡余杜叶程苏魏吕丁沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万覃")
	given1   = []rune("建志秀晓海春文明国丽玉振德红新永晨雪立家庆思佳子世学慧宏丹宇凤")
	given2   = []rune("华军英平芳军强敏杰涛静明梅辉燕东峰琳霞波鹏林娟刚洁斌婷勇宁")
)

// people is the roster with the roles the other records refer to.
type people struct {
	list      []member.Member
	chair     lvzhi.MemberID
	vices     []lvzhi.MemberID // 副主席
	secretary lvzhi.MemberID
	standing  []lvzhi.MemberID // every member of the standing committee, leaders included
	groups    map[string][]lvzhi.MemberID
	name      map[lvzhi.MemberID]string
	index     map[lvzhi.MemberID]int
}

// inactive reports whether the member at roster position i took no part
// in anything in year y: nine members of different sectors in 2022, six
// of them still in 2023 (on leave at every session, in no activity). None
// of them holds a post.
func inactive(y, i int) bool {
	switch i {
	case 61, 87, 99, 113, 131, 147:
		return true
	case 49, 75, 123:
		return y == 2022
	}
	return false
}

// activeIDs returns the IDs among ids of members active in year y.
func (p *people) activeIDs(y int, ids []lvzhi.MemberID) []lvzhi.MemberID {
	var out []lvzhi.MemberID
	for _, id := range ids {
		if !inactive(y, p.index[id]) {
			out = append(out, id)
		}
	}
	return out
}

// leaders are the chair and vice-chairs, who lead topics and supervise
// key proposals.
func (p *people) leaders() []lvzhi.MemberID {
	return append([]lvzhi.MemberID{p.chair}, p.vices...)
}

func buildMembers() *people {
	// Interleave the sectors so that neighbours differ.
	var sectors []member.Sector
	left := make([]int, len(sectorPlan))
	for i, s := range sectorPlan {
		left[i] = s.n
	}
	for len(sectors) < 150 {
		for i, s := range sectorPlan {
			if left[i] > 0 {
				sectors = append(sectors, s.sector)
				left[i]--
			}
		}
	}
	p := &people{groups: map[string][]lvzhi.MemberID{}, name: map[lvzhi.MemberID]string{}, index: map[lvzhi.MemberID]int{}}
	seen := map[string]bool{}
	r := seq(20230101)
	others := []member.Party{member.PartyCPC, member.PartyNonParty, member.PartyMasses}
	for i, s := range sectors {
		id := lvzhi.MemberID(fmt.Sprintf("q%03d", i+1))
		var name string
		for name == "" || seen[name] {
			name = string([]rune{surnames[r.next(len(surnames))], given1[r.next(len(given1))], given2[r.next(len(given2))]})
		}
		seen[name] = true
		party, ok := partyOf[s]
		if !ok {
			party = others[i%len(others)]
		}
		gender := member.Male
		if i%5 == 1 || i%5 == 3 || s == member.SectorWomen {
			gender = member.Female
		}
		eth := member.Han
		if s == member.SectorEthnicMinorities || i%17 == 5 {
			eth = []member.Ethnicity{"壮族", "瑶族", "苗族"}[i%3]
		}
		m := member.Member{ID: id, Name: name, Gender: gender, Ethnicity: eth, Party: party, Sector: s,
			WorkUnit: workUnit(s, i), NonPublicEconomy: s == member.SectorIndustryCommerce || s == member.SectorEconomy && i%2 == 0}
		p.list = append(p.list, m)
		p.name[id] = name
		p.index[id] = i
	}
	// Posts: the chair and secretary-general from the 中共 sector, the
	// vice-chairs from 中共, 民盟, 民建 and 无党派人士.
	firstOf := func(s member.Sector, skip int) int {
		for i, m := range p.list {
			if m.Sector == s {
				if skip == 0 {
					return i
				}
				skip--
			}
		}
		return -1
	}
	post := func(i int, role member.Role, label string) {
		p.list[i].Posts = append(p.list[i].Posts, member.Post{Role: role, Label: label})
		p.standing = append(p.standing, p.list[i].ID)
	}
	chair := firstOf(member.SectorCPC, 0)
	post(chair, member.RoleChair, "")
	p.chair = p.list[chair].ID
	for k, s := range []member.Sector{member.SectorCPC, member.SectorDemocraticLeague, member.SectorNationalConstruction, member.SectorNonParty} {
		skip := 0
		if k == 0 {
			skip = 1
		}
		i := firstOf(s, skip)
		post(i, member.RoleViceChair, "")
		p.vices = append(p.vices, p.list[i].ID)
	}
	sec := firstOf(member.SectorCPC, 2)
	post(sec, member.RoleSecretaryGen, "")
	p.secretary = p.list[sec].ID
	for i := range p.list {
		if len(p.standing) < 36 && len(p.list[i].Posts) == 0 && i%4 == 2 {
			post(i, member.RoleStandingMember, "")
		}
	}
	// Groups and committees.
	for i := range p.list {
		m := &p.list[i]
		g, ok := groupOf[m.Sector]
		if !ok {
			g = gLaw
		}
		role := member.GroupMember
		if len(p.groups[g]) == 0 {
			role = member.GroupLeader
		}
		m.Groups = []member.GroupMembership{{Group: g, Role: role}}
		p.groups[g] = append(p.groups[g], m.ID)
		if i%3 == 0 {
			crole := member.CommitteeMemberRole
			if i < 15 {
				crole = member.CommitteeDirector
			}
			m.Committees = []member.CommitteeMembership{{Committee: committees[(i/3)%len(committees)], Role: crole}}
		}
	}
	return p
}

// workUnit returns a plausible work unit for a member of sector s.
func workUnit(s member.Sector, i int) string {
	units := map[member.Sector]string{
		member.SectorEconomy: "青山县某实业有限公司", member.SectorIndustryCommerce: "青山县某商贸有限公司",
		member.SectorAgriculture: "青山县某农业专业合作社", member.SectorEducation: "青山县第一中学",
		member.SectorMedicine: "青山县人民医院", member.SectorCultureArts: "青山县文化馆",
		member.SectorScienceAssociation: "青山县科学技术协会", member.SectorWomen: "青山县妇女联合会",
	}
	if u, ok := units[s]; ok {
		return u
	}
	return "青山县" + []string{"发展和改革局", "财政局", "民政局", "司法局", "自然资源局"}[i%5]
}
