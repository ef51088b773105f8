package main

import (
	"time"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/member"
)

// Names of the activity groups and special committees.
const (
	groupSci     = "科技组"
	groupSoc     = "社会组"
	groupBiz     = "工商组"
	groupLaw     = "法制组"
	groupHistory = "文史组"

	cmteProposals member.SpecialCommittee = "提案委员会"
	cmteEconomy   member.SpecialCommittee = "经济委员会"
	cmteEducation member.SpecialCommittee = "教科卫体委员会"
	cmteLegal     member.SpecialCommittee = "社会和法制委员会"
	cmteCulture   member.SpecialCommittee = "文化文史和学习委员会"
)

// sectorNewStratum is the committee's local sector.
const sectorNewStratum member.Sector = "新的社会阶层人士"

// localSectors are the sectors of the committee beyond the national ones.
func localSectors() []string { return []string{string(sectorNewStratum)} }

// row is one line of the member table.
type row struct {
	id     lvzhi.MemberID
	name   string
	gender member.Gender
	eth    member.Ethnicity
	born   lvzhi.Date
	party  member.Party
	sector member.Sector
	unit   string
	title  string
	np     bool        // 非公有制经济人士
	role   member.Role // post on the committee
	group  string      // activity group, "" for none
	grole  member.GroupRole
	cmte   member.SpecialCommittee
	crole  member.CommitteeRole
}

const (
	male   = member.Male
	female = member.Female
)

// Shorter names for the table.
const (
	han      member.Ethnicity = "汉族"
	zhuang   member.Ethnicity = "壮族"
	yao      member.Ethnicity = "瑶族"
	miao     member.Ethnicity = "苗族"
	dong     member.Ethnicity = "侗族"
	mulao    member.Ethnicity = "仫佬族"
	hui      member.Ethnicity = "回族"
	chair                     = member.RoleChair
	vice                      = member.RoleViceChair
	secGen                    = member.RoleSecretaryGen
	standing                  = member.RoleStandingMember
	plain                     = member.RoleMember
	leader                    = member.GroupLeader
	deputy                    = member.GroupViceLeader
	gm                        = member.GroupMember
	dir                       = member.CommitteeDirector
	vdir                      = member.CommitteeViceDirector
	cm                        = member.CommitteeMemberRole
)

func born(y int, m time.Month, d int) lvzhi.Date { return lvzhi.MustDate(y, m, d) }

// memberTable lists the members: the chairperson, three vice-chairpersons
// and the secretary-general, eleven standing members, then the members.
var memberTable = []row{
	{"m001", "覃建华", male, zhuang, born(1966, 3, 12), member.PartyCPC, member.SectorCPC, "区政协", "主席", false, chair, "", 0, "", 0},
	{"m002", "韦秀兰", female, zhuang, born(1969, 8, 25), member.PartyCPC, member.SectorCPC, "区政协", "副主席", false, vice, "", 0, "", 0},
	{"m003", "黄德明", male, han, born(1965, 11, 2), member.PartyDemocraticLeague, member.SectorDemocraticLeague, "区政协", "副主席", false, vice, "", 0, "", 0},
	{"m004", "莫丽娟", female, han, born(1971, 5, 18), member.PartyNonParty, member.SectorNonParty, "区人民医院", "副院长", false, vice, "", 0, "", 0},
	{"m005", "陆志强", male, zhuang, born(1972, 1, 30), member.PartyCPC, member.SectorCPC, "区政协", "秘书长", false, secGen, "", 0, "", 0},

	{"m006", "潘国栋", male, han, born(1970, 7, 7), member.PartyMasses, member.SectorIndustryCommerce, "柳州某螺蛳粉食品有限公司", "董事长", true, standing, groupBiz, leader, cmteEconomy, vdir},
	{"m007", "梁晓燕", female, han, born(1975, 9, 14), member.PartyPromotingDemocracy, member.SectorPromotingDemocracy, "区某实验小学", "校长", false, standing, groupSoc, leader, cmteEducation, dir},
	{"m008", "蓝海涛", male, yao, born(1968, 12, 1), member.PartyJiuSan, member.SectorJiuSan, "柳州某高校", "教授", false, standing, groupSci, leader, "", 0},
	{"m009", "周文博", male, han, born(1973, 4, 22), member.PartyNationalConstruction, member.SectorNationalConstruction, "柳州某汽车零部件有限公司", "总经理", true, standing, groupBiz, deputy, cmteEconomy, dir},
	{"m010", "廖红梅", female, zhuang, born(1974, 2, 11), member.PartyCPC, member.SectorCPC, "区政协提案委员会", "主任", false, standing, groupLaw, gm, cmteProposals, dir},
	{"m011", "罗振宇", male, han, born(1976, 10, 5), member.PartyDemocraticLeague, member.SectorDemocraticLeague, "广西某律师事务所", "主任", false, standing, groupLaw, leader, cmteLegal, dir},
	{"m012", "蒙丽萍", female, zhuang, born(1978, 6, 19), member.PartyCPC, member.SectorMedicine, "区妇幼保健院", "院长", false, standing, groupSoc, gm, cmteEducation, vdir},
	{"m013", "谭永福", male, han, born(1967, 3, 3), member.PartyMasses, member.SectorEconomy, "柳州某建材有限公司", "董事长", true, standing, groupBiz, gm, "", 0},
	{"m014", "吴海燕", female, dong, born(1972, 8, 8), member.PartyNonParty, member.SectorNonParty, "柳州某会计师事务所", "所长", true, standing, groupLaw, gm, cmteLegal, vdir},
	{"m015", "何建新", male, han, born(1969, 1, 27), member.PartyCPC, member.SectorAgriculture, "区农业技术推广中心", "主任", false, standing, groupSci, gm, "", 0},
	{"m016", "蒋文华", male, han, born(1962, 10, 16), member.PartyMasses, member.SectorCultureArts, "区文化馆", "馆长", false, standing, groupHistory, leader, cmteCulture, dir},

	{"m017", "陈志刚", male, han, born(1978, 5, 5), member.PartyMasses, member.SectorIndustryCommerce, "柳州某电子商务有限公司", "总经理", true, plain, groupBiz, gm, "", 0},
	{"m018", "李春梅", female, han, born(1980, 11, 20), member.PartyMasses, member.SectorIndustryCommerce, "柳州某餐饮管理有限公司", "董事长", true, plain, groupBiz, gm, "", 0},
	{"m019", "张国华", male, han, born(1971, 7, 15), member.PartyCPC, member.SectorIndustryCommerce, "柳州某物流有限公司", "董事长", true, plain, groupBiz, gm, "", 0},
	{"m020", "杨光辉", male, miao, born(1982, 3, 8), member.PartyMasses, member.SectorIndustryCommerce, "柳州某信息技术有限公司", "总经理", true, plain, groupSci, gm, "", 0},
	{"m021", "刘晓东", male, han, born(1977, 12, 12), member.PartyMasses, member.SectorIndustryCommerce, "柳州某房地产开发有限公司", "总经理", true, plain, groupBiz, gm, "", 0},
	{"m022", "黄丽华", female, zhuang, born(1983, 4, 4), member.PartyMasses, member.SectorIndustryCommerce, "柳州某螺蛳粉电子商务有限公司", "总经理", true, plain, groupBiz, gm, "", 0},
	{"m023", "唐文斌", male, han, born(1974, 6, 6), member.PartyMasses, member.SectorEconomy, "柳州某机械制造有限公司", "董事长", true, plain, groupBiz, gm, cmteEconomy, cm},
	{"m024", "邓美玲", female, han, born(1979, 9, 29), member.PartyCPC, member.SectorEconomy, "区统计局", "副局长", false, plain, groupSci, gm, "", 0},
	{"m025", "曾宪军", male, han, born(1970, 2, 14), member.PartyMasses, member.SectorEconomy, "柳州某食品有限公司", "总经理", true, plain, groupBiz, gm, cmteEconomy, cm},
	{"m026", "覃海波", male, zhuang, born(1981, 8, 18), member.PartyMasses, member.SectorEconomy, "柳州某文化旅游发展有限公司", "总经理", true, plain, groupHistory, gm, "", 0},
	{"m027", "欧阳静", female, han, born(1984, 1, 21), member.PartyMasses, member.SectorEconomy, "柳州某商贸有限公司", "总经理", true, plain, groupBiz, gm, "", 0},
	{"m028", "钟伟明", male, han, born(1975, 10, 10), member.PartyNationalConstruction, member.SectorNationalConstruction, "柳州某环保科技有限公司", "总经理", true, plain, groupSci, gm, "", 0},
	{"m029", "林小红", female, han, born(1980, 5, 25), member.PartyDemocraticLeague, member.SectorDemocraticLeague, "区某中学", "教师", false, plain, groupSoc, gm, cmteProposals, cm},
	{"m030", "韦晓明", male, zhuang, born(1976, 3, 17), member.PartyPromotingDemocracy, member.SectorPromotingDemocracy, "区某小学", "副校长", false, plain, groupSoc, gm, "", 0},
	{"m031", "卢佳", female, han, born(1985, 7, 7), member.PartyPromotingDemocracy, member.SectorPromotingDemocracy, "区文物管理所", "副所长", false, plain, groupHistory, gm, cmteCulture, vdir},
	{"m032", "梁振华", male, han, born(1968, 4, 13), member.PartyPeasantsWorkers, member.SectorPeasantsWorkers, "区中医医院", "主任医师", false, plain, groupSoc, gm, "", 0},
	{"m033", "许慧敏", female, han, born(1979, 12, 3), member.PartyPeasantsWorkers, member.SectorPeasantsWorkers, "区疾病预防控制中心", "副主任", false, plain, groupSoc, gm, "", 0},
	{"m034", "程立新", male, han, born(1973, 11, 11), member.PartyJiuSan, member.SectorJiuSan, "柳州某研究院", "高级工程师", false, plain, groupSci, gm, "", 0},
	{"m035", "骆俊", male, han, born(1977, 2, 2), member.PartyNonParty, member.SectorNonParty, "柳州某律师事务所", "律师", false, plain, groupLaw, deputy, cmteProposals, vdir},
	{"m036", "邹建国", male, han, born(1967, 5, 20), member.PartyCPC, member.SectorCPC, "区某街道党工委", "书记", false, plain, groupLaw, gm, cmteProposals, cm},
	{"m037", "莫春燕", female, mulao, born(1980, 10, 30), member.PartyCPC, member.SectorCPC, "区退役军人事务局", "副局长", false, plain, groupSoc, gm, "", 0},
	{"m038", "贺晓玲", female, han, born(1976, 9, 2), member.PartyCPC, member.SectorEducation, "区某小学", "校长", false, plain, groupSoc, gm, "", 0},
	{"m039", "廖志勇", male, zhuang, born(1974, 4, 24), member.PartyMasses, member.SectorEducation, "区某中学", "校长", false, plain, groupHistory, gm, cmteCulture, cm},
	{"m040", "施雅琴", female, han, born(1982, 6, 15), member.PartyMasses, member.SectorEducation, "区某幼儿园", "园长", false, plain, groupSoc, gm, "", 0},
	{"m041", "秦宏伟", male, han, born(1971, 8, 30), member.PartyCPC, member.SectorEducation, "区职业技术学校", "校长", false, plain, groupSci, gm, cmteEducation, cm},
	{"m042", "农海英", female, zhuang, born(1977, 3, 26), member.PartyMasses, member.SectorMedicine, "区人民医院", "主任医师", false, plain, groupSoc, deputy, cmteEducation, cm},
	{"m043", "温少华", male, han, born(1972, 12, 18), member.PartyMasses, member.SectorMedicine, "柳州某医药有限公司", "总经理", true, plain, groupBiz, gm, "", 0},
	{"m044", "黎桂芳", female, zhuang, born(1975, 5, 12), member.PartyCPC, member.SectorAgriculture, "某镇某村党总支", "书记", false, plain, groupSoc, gm, cmteProposals, cm},
	{"m045", "韦庆丰", male, zhuang, born(1980, 9, 9), member.PartyMasses, member.SectorAgriculture, "柳州某生态农业专业合作社", "理事长", true, plain, groupBiz, gm, cmteEconomy, cm},
	{"m046", "苏明哲", male, han, born(1978, 1, 8), member.PartyMasses, member.SectorScienceTechnology, "柳州某智能科技有限公司", "总经理", true, plain, groupSci, deputy, "", 0},
	{"m047", "范丽君", female, han, born(1983, 11, 28), member.PartyMasses, member.SectorScienceTechnology, "区科技创新服务中心", "主任", false, plain, groupSci, gm, cmteEducation, cm},
	{"m048", "严浩", male, han, born(1986, 7, 19), member.PartyMasses, member.SectorScienceTechnology, "柳州某软件有限公司", "总经理", true, plain, groupSci, gm, "", 0},
	{"m049", "孔令芳", female, han, born(1970, 10, 22), member.PartyMasses, member.SectorSocialWelfare, "区社会福利院", "院长", false, plain, groupSoc, gm, cmteLegal, cm},
	{"m050", "马德胜", male, hui, born(1966, 6, 30), member.PartyMasses, member.SectorSocialWelfare, "区残疾人联合会", "副理事长", false, plain, groupSoc, gm, "", 0},
	{"m051", "陶文清", male, han, born(1958, 2, 12), member.PartyCPC, member.SectorSpecialInvitees, "区政协", "原副主席", false, plain, groupHistory, gm, "", 0},
	{"m052", "石秀珍", female, dong, born(1962, 4, 4), member.PartyCPC, member.SectorSpecialInvitees, "区某社区", "原党支部书记", false, plain, groupHistory, gm, "", 0},
	{"m053", "龙飞燕", female, miao, born(1981, 8, 8), member.PartyMasses, member.SectorCultureArts, "区某民族艺术团", "团长", false, plain, groupHistory, gm, cmteCulture, cm},
	{"m054", "宋志超", male, han, born(1985, 5, 5), member.PartyMasses, sectorNewStratum, "柳州某网络科技有限公司", "总经理", true, plain, groupBiz, gm, "", 0},
	{"m055", "姚丽", female, han, born(1987, 9, 16), member.PartyMasses, sectorNewStratum, "柳州某律师事务所", "合伙人", true, plain, groupLaw, gm, cmteLegal, cm},
}

// buildMembers returns the members of the table, every post, committee
// place and group place held from the start of the term. They are checked
// by adding them to a roster.
func buildMembers(term lvzhi.DateRange) ([]member.Member, *member.Roster, error) {
	sectors, err := member.NewSectors(localSectors()...)
	if err != nil {
		return nil, nil, err
	}
	roster := member.NewRoster(sectors)
	tenure := member.Tenure{Start: term.From}
	ms := make([]member.Member, 0, len(memberTable))
	for _, r := range memberTable {
		m := member.Member{
			ID: r.id, Name: r.name, Gender: r.gender, Ethnicity: r.eth, BirthDate: r.born,
			Party: r.party, Sector: r.sector, WorkUnit: r.unit, Title: r.title,
			NonPublicEconomy: r.np,
			Posts:            []member.Post{{Role: r.role, Tenure: tenure}},
		}
		if r.cmte != "" {
			m.Committees = []member.CommitteeMembership{{Committee: r.cmte, Role: r.crole, Tenure: tenure}}
		}
		if r.group != "" {
			m.Groups = []member.GroupMembership{{Group: r.group, Role: r.grole, Tenure: tenure}}
		}
		if err := roster.Add(m); err != nil {
			return nil, nil, err
		}
		added, _ := roster.Get(m.ID) // as normalised by the roster
		ms = append(ms, added)
	}
	return ms, roster, nil
}

// memberName returns the name of member id in the table, or "".
func memberName(id lvzhi.MemberID) string {
	for _, r := range memberTable {
		if r.id == id {
			return r.name
		}
	}
	return ""
}

// membersWhere returns the IDs of the table rows f accepts, in table order.
func membersWhere(f func(row) bool) []lvzhi.MemberID {
	var ids []lvzhi.MemberID
	for _, r := range memberTable {
		if f(r) {
			ids = append(ids, r.id)
		}
	}
	return ids
}

// standingIDs are the members of the standing committee: the chairperson,
// the vice-chairpersons, the secretary-general and the standing members.
func standingIDs() []lvzhi.MemberID {
	return membersWhere(func(r row) bool { return r.role != plain })
}

// chairsIDs are the members of the chairpersons' meeting.
func chairsIDs() []lvzhi.MemberID {
	return membersWhere(func(r row) bool { return r.role == chair || r.role == vice || r.role == secGen })
}
