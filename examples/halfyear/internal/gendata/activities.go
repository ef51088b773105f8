package main

import (
	"cmp"
	"slices"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/research"
)

// IDs of the activities, for reference from outlines.
const (
	idOpinion        lvzhi.ActivityID = "opinion-2022-h1"
	idForumOpinion   lvzhi.ActivityID = "forum-2022-03-29-opinion"
	idForumLegal     lvzhi.ActivityID = "forum-2022-05-26-legal"
	idOpenDay        lvzhi.ActivityID = "other-2022-05-31-open-day"
	idBookScenery    lvzhi.ActivityID = "book-scenery"
	idBookStones     lvzhi.ActivityID = "book-stone-inscriptions"
	idTraining       lvzhi.ActivityID = "training-2022-standing"
	idVisitNonPublic lvzhi.ActivityID = "group-2022-non-public-visits"
	idGroupPlanting  lvzhi.ActivityID = "group-2022-03-12-planting"
	idGroupSnail     lvzhi.ActivityID = "group-2022-03-24-snail-noodles"
	idGroupCampus    lvzhi.ActivityID = "group-2022-04-14-school-enterprise"
	idGroupElderly   lvzhi.ActivityID = "group-2022-04-28-elderly-care"
	idGroupTech      lvzhi.ActivityID = "group-2022-05-19-tech-firms"
	idGroupDrugs     lvzhi.ActivityID = "group-2022-06-10-drug-education"
	idGroupMuseum    lvzhi.ActivityID = "group-2022-06-23-industry-museum"
	idExchangeHepu   lvzhi.ActivityID = "exchange-2022-04-12-hepu"
	idExchangeQixing lvzhi.ActivityID = "exchange-2022-05-25-qixing"
)

const bookScenery = "鱼跃南潭漾千年·某区十胜概览"

// opinionWork is the 社情民意 work of the half year: clues by WeChat and text
// message, and one issue of the internal bulletin.
func opinionWork() research.OpinionWork {
	clues := []research.Clues{
		{Channel: research.ChannelWeChat, Count: 4, Date: day(2022, 1, 20), From: "m037", Subject: "城乡接合部群众公交出行不便"},
		{Channel: research.ChannelWeChat, Count: 3, Date: day(2022, 2, 18), From: "m044", Subject: "农村留守老人关爱服务"},
		{Channel: research.ChannelSMS, Count: 2, Date: day(2022, 3, 10), From: "m049", Subject: "社区居家养老服务供给"},
		{Channel: research.ChannelWeChat, Count: 3, Date: day(2022, 3, 28), From: "m036", Subject: "乡村道路交通安全隐患"},
		{Channel: research.ChannelWeChat, Count: 3, Date: day(2022, 4, 15), From: "m042", Subject: "基层医疗卫生服务"},
		{Channel: research.ChannelSMS, Count: 2, Date: day(2022, 5, 6), From: "m054", Subject: "电动自行车停放充电安全"},
		{Channel: research.ChannelWeChat, Count: 2, Date: day(2022, 6, 8), From: "m030", Subject: "老旧小区加装电梯"},
		{Channel: research.ChannelSMS, Count: 2, Date: day(2022, 6, 20), From: "m013", Subject: "中小企业招工用工"},
	}
	var from []lvzhi.MemberID
	for _, c := range clues {
		if c.From != "" && !slices.Contains(from, c.From) {
			from = append(from, c.From)
		}
	}
	return research.OpinionWork{
		Base: research.Base{
			ID: idOpinion, Title: "社情民意信息征集和编报", Dates: days(day(2022, 1, 1), day(2022, 6, 30)),
			Members: from, Note: "运用新媒体手段，开展微信、短信社情民意征集",
		},
		Clues:    clues,
		Bulletin: "社情民意内部参考",
		Issues: []research.Issue{{Number: 1, Date: day(2022, 5, 20), Items: 3, Titles: []string{
			"关于城乡接合部群众公交出行不便的反映",
			"关于加强农村留守老人关爱服务的反映",
			"关于社区居家养老服务供给不足的反映",
		}}},
	}
}

// meetings are the meetings of other bodies and the other activities.
func meetings() []research.Activity {
	return []research.Activity{
		research.Forum{
			Base: research.Base{ID: idForumOpinion, Title: "第一季度反映社情民意信息座谈会",
				Dates: lvzhi.OneDay(day(2022, 3, 29)), Members: ids("m001", "m005", "m037", "m044")},
			Host: "市政协", Assisted: true,
		},
		research.Forum{
			Base: research.Base{ID: idForumLegal, Title: "社会法制工作座谈会",
				Dates: lvzhi.OneDay(day(2022, 5, 26)), Members: ids("m010", "m011")},
			Host: "市政协", Report: "汇报了区政协提案法制委工作情况",
		},
		research.Other{
			Base: research.Base{ID: idOpenDay, Title: "检察开放日活动",
				Dates: lvzhi.OneDay(day(2022, 5, 31)), Members: ids("m011", "m035", "m055"),
				Note: "派出委员参加区检察院“检察开放日”活动，对进一步做好未成年人检察工作提出了意见建议"},
			Host: "区检察院",
		},
	}
}

// books are the two 文史 books: one launched in May, one being compiled.
func books() []research.Activity {
	launch := day(2022, 5, 4)
	return []research.Activity{
		research.Publication{
			Base: research.Base{ID: idBookScenery, Title: bookScenery, Dates: lvzhi.OneDay(launch),
				Members: ids("m001", "m016", "m031", "m053"),
				Note: "图文并茂地从辖区十个主要景点的特点出发，多角度、全方位，集自然精粹和人文精华于一卷，" +
					"诠释深厚历史文化底蕴，展现现代城市风采，为率先建设旅游城区提供了参考"},
			Status:   research.Published,
			Words:    research.Amount{N: 20000, Bound: research.Nearly},
			Pictures: research.Amount{N: 300, Bound: research.More},
			Sections: 11,
			Launch:   research.Event{Name: "新书推介会", Dates: lvzhi.OneDay(launch)},
		},
		research.Publication{
			Base: research.Base{ID: idBookStones, Title: "天下都乐·某区石刻碑刻精选", Dates: days(day(2022, 5, 10), day(2022, 6, 30)),
				Members: ids("m001", "m002", "m016", "m031", "m039", "m053"),
				Note: "为引起人们更多地关注石刻碑刻这些弥足珍贵的文化遗产，更加有效地宣传历史文化和旅游资源，" +
					"拟制编撰方案，与原来编写的书籍成套，形成本届政协宣传历史文化和风景名胜的整套书籍"},
			Status:    research.Planned,
			Companion: bookScenery,
			Board: research.Board{Name: "编撰委员会", Members: ids("m001", "m002", "m016", "m031", "m039", "m053"),
				Established: day(2022, 5, 10)},
			Meetings: []research.Event{{Name: "编撰会", Dates: lvzhi.OneDay(day(2022, 6, 16))}},
		},
	}
}

// training is the standing members' course, in two batches.
func training() research.Training {
	standing := standingIDs()
	half := len(standing) / 2
	first, second := standing[:half], standing[half:]
	return research.Training{
		Base: research.Base{ID: idTraining, Title: "常委学习班", Dates: days(day(2022, 4, 18), day(2022, 5, 20)),
			Members: standing, Note: "与其他城区联合办学，提升履职能力"},
		Host:     "江西上饶师范学院继续教育学院",
		Place:    "江西省上饶市",
		Partners: []string{"柳州市其他城区政协"},
		Batches: []research.Batch{
			{Name: "第一期", Dates: days(day(2022, 4, 18), day(2022, 4, 22)), Members: first},
			{Name: "第二期", Dates: days(day(2022, 5, 16), day(2022, 5, 20)), Members: second},
		},
		Lectures: []research.Lecture{
			{Topic: "政协基本理论", Lecturer: "继续教育学院教授"},
			{Topic: "国内外经济形势", Lecturer: "继续教育学院教授"},
			{Topic: "社会法律热点问题", Lecturer: "继续教育学院教授"},
		},
	}
}

// groupActivities are the visits of non-public-economy members and the
// activities of the members' groups. 科技组 acted four times (once with
// 社会组), 社会组 twice, 工商组 and 法制组 once each, 文史组 not at all.
func groupActivities() []research.Activity {
	visited := membersWhere(func(r row) bool { return r.np && r.id != "m014" })
	return []research.Activity{
		research.GroupActivity{
			Base: research.Base{ID: idVisitNonPublic, Title: "走访非公企业政协委员", Dates: days(day(2022, 2, 21), day(2022, 6, 17)),
				Members: ids("m001", "m002", "m005"), Note: "进一步了解掌握了非公企业发展动向"},
			Form: research.FormVisitMembers, Visited: visited, NonPublic: true,
		},
		research.GroupActivity{
			Base: research.Base{ID: idGroupPlanting, Title: "春季植树暨生态文明建设交流会活动", Dates: lvzhi.OneDay(day(2022, 3, 12)),
				Members: ids("m006", "m009", "m013", "m017", "m019", "m023", "m025", "m045"),
				Note:    "到柳江区成团镇某村举办春季植树暨生态文明建设交流会活动，讨论了如何针对乡村因地制宜开展产业扶持，有效挖掘特色资源，发展特色种养"},
			Groups: []string{groupBiz}, Form: research.FormSeminar, Place: "柳江区成团镇某村",
		},
		research.GroupActivity{
			Base: research.Base{ID: idGroupSnail, Title: "螺蛳粉产业数字化转型调研", Dates: lvzhi.OneDay(day(2022, 3, 24)),
				Members: ids("m008", "m020", "m028", "m046", "m048"),
				Note:    "到区螺蛳粉产业园调研螺蛳粉产业数字化转型情况"},
			Groups: []string{groupSci}, Form: research.FormSurvey, Place: "区螺蛳粉产业园",
		},
		research.GroupActivity{
			Base: research.Base{ID: idGroupCampus, Title: "校企合作项目调研活动", Dates: lvzhi.OneDay(day(2022, 4, 14)),
				Members: ids("m008", "m034", "m046", "m047", "m007", "m030", "m038", "m040"),
				Note: "联合开展校企合作项目调研活动，到广西科技大学计算机与通信学院调研柳州润澄科技与广西科技大学的校企合作，" +
					"就校企合作实际工作中存在的问题进行了交流讨论"},
			Groups: []string{groupSci, groupSoc}, Form: research.FormSurvey, Place: "广西科技大学计算机与通信学院",
		},
		research.GroupActivity{
			Base: research.Base{ID: idGroupElderly, Title: "养老服务机构建设情况调研", Dates: lvzhi.OneDay(day(2022, 4, 28)),
				Members: ids("m007", "m012", "m032", "m042", "m049", "m050"),
				Note:    "到区社会福利院调研养老服务机构建设情况"},
			Groups: []string{groupSoc}, Form: research.FormSurvey, Place: "区社会福利院",
		},
		research.GroupActivity{
			Base: research.Base{ID: idGroupTech, Title: "科技型企业发展座谈交流活动", Dates: lvzhi.OneDay(day(2022, 5, 19)),
				Members: ids("m008", "m015", "m024", "m041", "m046", "m047"),
				Note:    "到区科技创新服务中心与科技型企业负责人座谈交流"},
			Groups: []string{groupSci}, Form: research.FormSeminar, Place: "区科技创新服务中心",
		},
		research.GroupActivity{
			Base: research.Base{ID: idGroupDrugs, Title: "参观学习活动", Dates: lvzhi.OneDay(day(2022, 6, 10)),
				Members: ids("m011", "m010", "m014", "m035", "m036", "m055"),
				Note:    "到柳江区成团镇禁毒教育基地参观学习"},
			Groups: []string{groupLaw}, Form: research.FormTour, Place: "柳江区成团镇禁毒教育基地",
		},
		research.GroupActivity{
			Base: research.Base{ID: idGroupMuseum, Title: "参观学习活动", Dates: lvzhi.OneDay(day(2022, 6, 23)),
				Members: ids("m008", "m020", "m028", "m034", "m048"),
				Note:    "到柳州工业博物馆参观学习"},
			Groups: []string{groupSci}, Form: research.FormTour, Place: "柳州工业博物馆",
		},
	}
}

// exchanges are the exchange visits received.
func exchanges() []research.Activity {
	const subject = "新形势下开展政协工作的经验"
	hosts := ids("m001", "m002", "m005")
	return []research.Activity{
		research.Exchange{
			Base:      research.Base{ID: idExchangeHepu, Title: "接待广西合浦县政协来访", Dates: lvzhi.OneDay(day(2022, 4, 12)), Members: hosts},
			Direction: research.Received, Counterparts: []string{"北海市合浦县政协"}, Subject: subject,
		},
		research.Exchange{
			Base:      research.Base{ID: idExchangeQixing, Title: "接待桂林七星区政协来访", Dates: lvzhi.OneDay(day(2022, 5, 25)), Members: hosts},
			Direction: research.Received, Counterparts: []string{"桂林市七星区政协"}, Subject: subject,
		},
	}
}

// buildActivities returns every activity in date order, then by ID.
func buildActivities() (research.Activities, error) {
	acts := research.Activities{opinionWork(), training()}
	acts = append(acts, meetings()...)
	acts = append(acts, books()...)
	acts = append(acts, groupActivities()...)
	acts = append(acts, exchanges()...)
	slices.SortStableFunc(acts, func(a, b research.Activity) int {
		if c := a.When().From.Compare(b.When().From); c != 0 {
			return c
		}
		return cmp.Compare(a.ActivityID(), b.ActivityID())
	})
	if err := acts.Validate(); err != nil {
		return nil, err
	}
	return acts, nil
}
