package proofread

// Term is a known wrong wording and its correct form.
type Term struct {
	Wrong string `json:"wrong"`
	Right string `json:"right"`
	// Note says why, in Chinese; it becomes part of the finding's message.
	Note string `json:"note,omitempty"`
}

// DefaultTerms returns the built-in table of wrong official terms: words
// that automatic substitution or careless input puts in place of the terms
// of 政协 work. Each entry is unambiguous in context: the wrong form is
// never correct in a work summary. The slice is a fresh copy; callers may
// append their own entries and pass the result to [WithTerms].
func DefaultTerms() []Term {
	return []Term{
		{"民主监视", "民主监督", "政协三大职能之一为民主监督"},
		{"效劳", "服务", ""},
		{"进展了", "进行了", ""},
		{"根底", "基础", ""},
		{"原那么", "原则", ""},
		{"以身作那么", "以身作则", ""},
		{"廉政建立", "廉政建设", ""},
		{"履职才能", "履职能力", ""},
		{"总结经历", "总结经验", ""},
		{"存在缺乏", "存在不足", ""},
		{"予以改良", "予以改进", ""},
		{"积极奉献", "积极贡献", "“做出贡献”为固定搭配"},
		{"实在做好", "切实做好", ""},
		{"结果反应", "结果反馈", ""},
		{"根本理论", "基本理论", ""},
		{"检查开放日", "检察开放日", "检察院的活动为“检察开放日”"},
		{"全面上程度", "全面上水平", ""},
		{"集体化办学", "集团化办学", ""},
		{"回忆了", "回顾了", "工作报告“回顾”过去一年的工作"},
		{"部署进度", "安排进度", "“部署”搭配工作、任务，进度用“安排”"},
	}
}
