package synth

import (
	"slices"

	"github.com/lvzhi-go/lvzhi"
)

// The word lists the generator draws from. They are common Chinese
// surnames and name characters, names of offices, departments and places
// in the style of committee records; none of them describes a real
// person.

// surnames are common single-character surnames; compound ones follow.
var surnames = []rune("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")

var compoundSurnames = []string{"欧阳", "司马", "上官", "诸葛", "东方", "皇甫"}

// givenMale and givenFemale are characters common in given names.
var (
	givenMale   = []rune("伟强磊军勇杰涛明超刚平辉鹏华飞鑫波斌宇浩凯健俊帆旭宁龙林阳建国志文海东峰亮成毅刚")
	givenFemale = []rune("芳娜敏静丽艳娟霞秀英玲桂红萍燕雪琳婷洁慧颖倩琴云莉兰梅晶丹妍")
)

// uyghurNames are given names written with the middle dot between the
// person's and the father's names.
var uyghurNames = []string{"买买提", "艾买提", "热合曼", "阿不都", "吐尔逊", "艾力", "古丽", "热依拉"}

// areaCodes are the six-digit administrative division codes that open
// identity numbers (GB/T 2260).
var areaCodes = []string{"110101", "310104", "320102", "330106", "370202", "420106", "440305", "450202", "450203", "450204", "510107", "610113"}

// activityGroups are the members' activity groups (委员活动小组).
var activityGroups = []string{"科技组", "社会组", "工商组", "法制组", "教育组", "文化组", "农业组", "医卫组"}

// workUnits and titles describe where members work.
var (
	workUnits = []string{"区人民医院", "第一中学", "市科技大学", "某某集团有限公司", "区农业农村局", "某律师事务所",
		"区文化馆", "某银行分行", "区工商业联合会", "某食品有限公司", "市职业技术学院", "区妇幼保健院"}
	titles = []string{"院长", "校长", "教授", "董事长", "副局长", "主任", "律师", "馆长", "行长", "总经理", "副院长", "主任医师"}
)

// departments are the 承办单位 proposals go to, without the level's prefix.
var departments = []string{"发展和改革局", "教育局", "科学技术局", "工业和信息化局", "民政局", "司法局", "财政局",
	"人力资源和社会保障局", "自然资源局", "生态环境局", "住房和城乡建设局", "交通运输局", "水利局", "农业农村局",
	"商务局", "文化广电和旅游局", "卫生健康委员会", "退役军人事务局", "应急管理局", "市场监督管理局",
	"医疗保障局", "体育局", "统计局", "城市管理局", "公安分局", "税务局"}

// nationalDepartments are the 承办单位 of the National Committee.
var nationalDepartments = []string{"国家发展和改革委员会", "教育部", "科学技术部", "工业和信息化部", "民政部", "司法部",
	"财政部", "人力资源和社会保障部", "自然资源部", "生态环境部", "住房和城乡建设部", "交通运输部", "水利部",
	"农业农村部", "商务部", "文化和旅游部", "国家卫生健康委员会", "退役军人事务部", "应急管理部",
	"国家市场监督管理总局", "国家医疗保障局", "国家体育总局", "国家统计局", "国家税务总局"}

// Proposal titles are 关于 + verb + subject + 的建议.
var (
	proposalVerbs    = []string{"加快", "推进", "加强", "完善", "优化", "支持", "促进", "规范", "提升", "做好"}
	proposalSubjects = []string{"特色食品产业与“互联网+”融合发展", "老旧小区改造", "农村电子商务发展", "中小学课后服务",
		"城乡养老服务体系建设", "基层医疗卫生服务", "民营企业融资", "乡村振兴人才队伍建设", "生活垃圾分类",
		"职业教育产教融合", "历史文化街区保护", "新能源汽车充电设施建设", "社区“四点钟学校”建设", "农产品冷链物流",
		"智慧城市建设", "河湖生态保护", "食品安全监管", "青年人才住房保障", "全民健身设施建设", "营商环境建设"}
	grounds = []string{"近年来，该项工作取得积极进展，但仍存在投入不足、统筹不够等问题。",
		"经调研发现，群众对此反映较多，相关政策落实还不到位。", "当前，该领域发展面临新的形势和要求，亟须加以重视。"}
	suggestions = []string{"一是加大投入力度；二是完善工作机制；三是加强督促检查。",
		"建议有关部门统筹规划，分步实施，并建立长效机制。", "建议出台专项扶持政策，强化部门协同。"}
	rejectReasons = []string{"属于个人事务，不符合提案立案条件", "内容空泛，没有具体建议", "涉及正在诉讼的案件"}
)

// Session, topic and activity words.
var (
	topicTitles = []string{"建设特色食品产业园", "推动乡村振兴战略实施", "提升城市品质", "发展数字经济",
		"加强生态环境保护", "促进文旅融合发展", "完善养老服务体系", "推进教育优质均衡发展", "优化营商环境",
		"加快新型工业化", "健全基层社会治理", "保护传承历史文化"}
	// moreTopicTitles follow topicTitles for research topics only, so that
	// a committee with more topics than topicTitles still gives each its
	// own title (two teams on one subject is not how topics are set).
	moreTopicTitles = []string{"促进民营经济发展壮大", "加强基层医疗卫生服务", "推进城乡融合发展", "提升公共文化服务水平",
		"加强耕地保护和粮食安全", "推进新型城镇化建设", "完善社会保障体系", "促进青年高质量就业", "加快发展现代服务业",
		"推进科技成果转化", "加强未成年人保护", "推动绿色低碳发展"}
	offices      = []string{"提案法制委", "经济科技委", "文史学习委", "社会事业委", "农业农村委", "办公室"}
	inspectSites = []string{"工业园区", "重点项目工地", "农业示范基地", "社区服务中心", "中小学校", "养老机构", "污水处理厂"}
	// counterparts are the committees exchanges are made with, by level:
	// committees of the level below or of the same level elsewhere, each
	// named in full (北海市合浦县政协, never 某县政协).
	counterparts = map[lvzhi.Level][]string{
		lvzhi.LevelNational: {"广西壮族自治区政协", "湖南省政协", "广东省政协", "江西省政协", "贵州省政协", "云南省政协"},
		lvzhi.LevelProvince: {"湖南省政协", "广东省政协", "江西省政协", "贵州省政协", "云南省政协", "海南省政协"},
		lvzhi.LevelCity:     {"桂林市政协", "北海市政协", "梧州市政协", "湘潭市政协", "赣州市政协", "遵义市政协"},
		lvzhi.LevelCounty:   {"北海市合浦县政协", "桂林市七星区政协", "南宁市青秀区政协", "梧州市万秀区政协", "玉林市容县政协", "百色市右江区政协"},
	}
	trainHosts = []string{"江西上饶师范学院继续教育学院", "市委党校", "浙江大学继续教育学院", "井冈山干部学院"}
	lectures   = []string{"政协基本理论", "协商民主", "新时代政协履职能力建设", "提案撰写方法", "社情民意信息工作"}
	// bookTitles are the books of 文史 work; each is published or compiled
	// once, so a year has at most this many.
	bookTitles  = []string{"名胜概览", "红色记忆", "老街记忆", "非遗传承人口述史", "百年老字号", "乡村振兴纪实"}
	forumTitles = []string{"社会法制工作座谈会", "提案工作座谈会", "文史工作座谈会", "经济形势分析会", "民主监督工作座谈会"}
	otherTitles = []string{"检察开放日活动", "法院庭审观摩活动", "义诊进社区活动", "送文化下乡活动"}
	groupTitles = []string{"专题调研", "交流座谈", "参观学习", "走访慰问", "学习研讨"}
	groupPlaces = []string{"广西科技大学计算机与通信学院", "高新技术产业开发区", "城市社区服务中心", "职业技术学院", "民营科技企业", "乡村振兴示范村"}
	issueTitles = []string{"关于加强校园周边交通安全管理的建议", "关于规范电动自行车停放充电的建议", "关于解决农村饮水安全问题的建议",
		"关于加强食品安全监管的建议", "关于关爱农村留守儿童的建议"}
)

// localOnly are words of the seed's district (its food-industry park, the
// university its groups visit) that a provincial or national committee's
// records would not hold.
var localOnly = []string{"建设特色食品产业园", "特色食品产业与“互联网+”融合发展", "广西科技大学计算机与通信学院"}

// forLevel returns words without the [localOnly] ones above the city
// level, so that a national summary does not name a district's park.
func (g *gen) forLevel(words []string) []string {
	if g.cfg.Level != lvzhi.LevelNational && g.cfg.Level != lvzhi.LevelProvince {
		return words
	}
	out := make([]string, 0, len(words))
	for _, w := range words {
		if !slices.Contains(localOnly, w) {
			out = append(out, w)
		}
	}
	return out
}
