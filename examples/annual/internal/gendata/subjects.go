package main

import "github.com/lvzhi-go/lvzhi/proposal"

// subject is what a proposal is about, its category and the units that
// may handle it.
type subject struct {
	text  string
	cat   proposal.Category
	units []string
}

// The county's units (承办单位).
const (
	uDev     = "县发展和改革局"
	uInd     = "县工业和信息化局"
	uCom     = "县商务局"
	uMarket  = "县市场监督管理局"
	uFin     = "县财政局"
	uAgri    = "县农业农村局"
	uJustice = "县司法局"
	uAppr    = "县行政审批局"
	uCulture = "县文化广电体育和旅游局"
	uEdu     = "县教育局"
	uHealth  = "县卫生健康局"
	uCivil   = "县民政局"
	uHR      = "县人力资源和社会保障局"
	uHousing = "县住房和城乡建设局"
	uNature  = "县自然资源局"
	uEco     = "市生态环境局青山分局"
	uWater   = "县水利局"
	uTrans   = "县交通运输局"
	uSafety  = "县应急管理局"
	uMedical = "县医疗保障局"
)

var subjects = []subject{
	{"加快青山茶叶产业提质增效", proposal.Economy, []string{uAgri, uCom}},
	{"支持中小微企业纾困发展", proposal.Economy, []string{uInd, uFin}},
	{"优化县域营商环境", proposal.Economy, []string{uAppr, uDev}},
	{"推进县城商业街区改造提升", proposal.Economy, []string{uCom, uHousing}},
	{"发展农村电子商务", proposal.Economy, []string{uCom, uAgri}},
	{"加强食品安全监管", proposal.Economy, []string{uMarket}},
	{"推动工业园区标准化厂房建设", proposal.Economy, []string{uInd, uDev}},
	{"壮大村级集体经济", proposal.Economy, []string{uAgri, uFin}},
	{"加快高标准农田建设", proposal.Economy, []string{uAgri, uNature}},
	{"培育农产品区域公用品牌", proposal.Economy, []string{uAgri, uMarket}},
	{"完善公共法律服务体系", proposal.Politics, []string{uJustice}},
	{"推进政务服务“一网通办”", proposal.Politics, []string{uAppr}},
	{"加强基层人民调解工作", proposal.Politics, []string{uJustice, uCivil}},
	{"深化“放管服”改革", proposal.Politics, []string{uAppr, uMarket}},
	{"保护和利用青山古村落", proposal.Culture, []string{uCulture, uHousing}},
	{"推进全域旅游发展", proposal.Culture, []string{uCulture, uTrans}},
	{"加强非物质文化遗产传承", proposal.Culture, []string{uCulture}},
	{"丰富农村群众文化生活", proposal.Culture, []string{uCulture}},
	{"建设全民健身场地设施", proposal.Culture, []string{uCulture, uHousing}},
	{"促进城乡义务教育均衡发展", proposal.Society, []string{uEdu}},
	{"加强乡村教师队伍建设", proposal.Society, []string{uEdu, uHR}},
	{"发展普惠性学前教育", proposal.Society, []string{uEdu, uFin}},
	{"完善县域医共体建设", proposal.Society, []string{uHealth, uMedical}},
	{"加强基层医疗卫生人才培养", proposal.Society, []string{uHealth, uHR}},
	{"发展居家社区养老服务", proposal.Society, []string{uCivil, uHealth}},
	{"做好高校毕业生就业服务", proposal.Society, []string{uHR}},
	{"加快老旧小区改造", proposal.Society, []string{uHousing}},
	{"改善城区停车难问题", proposal.Society, []string{uHousing, uTrans}},
	{"完善农村客运网络", proposal.Society, []string{uTrans}},
	{"加强城乡医疗救助", proposal.Society, []string{uMedical, uCivil}},
	{"加强青山河流域水环境治理", proposal.Ecology, []string{uEco, uWater}},
	{"推进农村生活污水治理", proposal.Ecology, []string{uEco, uHousing}},
	{"加强森林防火和林业资源保护", proposal.Ecology, []string{uNature, uSafety}},
	{"推广农业面源污染防治", proposal.Ecology, []string{uAgri, uEco}},
	{"做好矿山生态修复", proposal.Ecology, []string{uNature}},
	{"加强农村道路交通安全管理", proposal.OtherMatter, []string{uTrans, uSafety}},
	{"提升自然灾害应急处置能力", proposal.OtherMatter, []string{uSafety, uWater}},
}
