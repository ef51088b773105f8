package summary_test

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/member"
	"github.com/lvzhi-go/lvzhi/research"
	"github.com/lvzhi-go/lvzhi/summary"
)

func TestBuildDefaults(t *testing.T) {
	b := newBuilder(t)
	doc, err := b.Build(summary.Outline{
		Period: lvzhi.FirstHalf(2022),
		Sections: []summary.Part{
			// A heading naming the session (召开{{.Facts.Named}}) would be said
			// again by the first sentence: the proofreader's heading-repeat.
			{Heading: "召开全体会议，发扬民主建言献策", Build: "plenary"},
			{Heading: "做好提案工作", Build: "proposals"},
			{Heading: "做好社情民意工作", Build: "opinions"},
			{Heading: "联谊交流", Build: "exchanges"},
		},
		Date: d(2022, 7, 8),
	})
	require.NoError(t, err)
	assert.Equal(t, "柳州市某区政协2022年上半年工作总结", doc.Title, "default title from region, 政协 and period")
	assert.Equal(t, "柳州市某区政协委员会", doc.Issuer, "default issuer is the full name")
	require.Len(t, doc.Sections, 4)
	assert.Equal(t, "召开全体会议，发扬民主建言献策", doc.Sections[0].Heading)
	assert.Equal(t, []string{"区政协九届三次会议于1月8日至10日召开。会议听取和审议了区政府工作报告。会上1位委员作大会发言。"}, doc.Sections[0].Paragraphs)
	assert.Equal(t, []string{"九届三次会议以来，共收到提案3件，经审查立案2件，立案率66.7%。5月3日，召开联席会议，将2件提案交承办单位办理。主席会议确定《关于加强社区养老服务的建议》提案为重点提案。截至6月30日，已有2件提案交办完毕。"}, doc.Sections[1].Paragraphs)
	assert.Equal(t, []string{"通过微信、短信等渠道征集社情民意，共搜集线索21条，编发《社情民意》1期。"}, doc.Sections[2].Paragraphs)
	assert.Equal(t, []string{"接待了广西合浦县政协来访。"}, doc.Sections[3].Paragraphs)
	assert.Empty(t, summary.Proofread(doc, nil), "default wording passes proofreading")
}

func TestBuildTemplatesAndParts(t *testing.T) {
	b := newBuilder(t)
	doc, err := b.Build(summary.Outline{
		Title:   "{{.Committee.ShortName}}{{period .Period}}总结",
		Period:  lvzhi.FirstHalf(2022),
		AsOf:    d(2022, 6, 15),
		Opening: []string{"第一段\n\n第二段"},
		Sections: []summary.Part{{
			Heading:  "提案",
			Build:    "proposals",
			Before:   []string{"前文。"},
			Template: "收到{{.Facts.Stats.Received}}件，立案率{{.Facts.RegistrationRate}}；{{books .Facts.KeyTitles}}；{{join .Facts.Reviewers}}。",
			After:    []string{"截至{{monthxun .AsOf .Year}}，{{.Facts.Stats.HandedOver}}件交办完毕。"},
			Parts:    []summary.Part{{Heading: "子项。", Level: 3, RunIn: true, Before: []string{"正文。"}}},
		}},
		Shortcomings: summary.ShortcomingsPlan{Lead: "主要是：", Items: []string{"甲", "乙"}, Tail: "这些问题需要改进。"},
		Issuer:       "区政协办公室",
	})
	require.NoError(t, err)
	assert.Equal(t, "区政协2022年上半年总结", doc.Title)
	assert.Equal(t, []string{"第一段", "第二段"}, doc.Opening, "line breaks split paragraphs, blank lines are dropped")
	s := doc.Sections[0]
	assert.Equal(t, []string{"前文。", "收到3件，立案率66.7%；《关于加强社区养老服务的建议》；九届九次主席会议。", "截至6月中旬，2件交办完毕。"}, s.Paragraphs)
	require.Len(t, s.Subsections, 1)
	assert.Equal(t, summary.Section{Heading: "子项。", Level: 3, RunIn: true, Paragraphs: []string{"正文。"}}, s.Subsections[0])
	assert.Equal(t, "主要是：甲，乙。这些问题需要改进。", doc.Shortcomings.Text())
	assert.Equal(t, "区政协办公室", doc.Issuer)
}

func TestBuildErrors(t *testing.T) {
	b := newBuilder(t)
	cases := []struct {
		name string
		o    summary.Outline
		want string
	}{
		{"unknown builder", summary.Outline{Period: lvzhi.FirstHalf(2022), Sections: []summary.Part{{Heading: "x", Build: "nosuch"}}}, `部分[0]：没有名为 "nosuch" 的生成器；可用：exchanges、groups、handling、meetings、members、opinions、participation、plenary、proposals、publications、research、training`},
		{"bad template", summary.Outline{Period: lvzhi.FirstHalf(2022), Sections: []summary.Part{{Heading: "x", Before: []string{"{{.Nope"}}}}, "部分[0].前文[0]：模板有误"},
		{"missing field", summary.Outline{Period: lvzhi.FirstHalf(2022), Sections: []summary.Part{{Heading: "x", Build: "proposals", Template: "{{.Facts.Nope}}"}}}, "模板执行失败"},
		{"no plenary", summary.Outline{Period: lvzhi.SecondHalf(2022), Sections: []summary.Part{{Heading: "x", Build: "plenary"}}}, "内没有全体会议"},
		{"unknown ref", summary.Outline{Period: lvzhi.FirstHalf(2022), Sections: []summary.Part{{Heading: "x", Build: "plenary", Ref: "p9"}}}, "没有编号为 p9 的会议"},
		{"bad period", summary.Outline{Period: lvzhi.Quarter(2022, 5)}, "提纲的期间有误"},
		{"unknown diagnosis", summary.Outline{Period: lvzhi.FirstHalf(2022), Shortcomings: summary.ShortcomingsPlan{Diagnoses: []string{"group-imbalanse"}}}, `不足：没有名为 "group-imbalanse" 的诊断规则`},
		{"empty heading", summary.Outline{Period: lvzhi.FirstHalf(2022), Sections: []summary.Part{{Heading: "{{if false}}x{{end}}"}}}, "标题为必填字段"},
	}
	for _, tc := range cases {
		_, err := b.Build(tc.o)
		require.Error(t, err, tc.name)
		assert.Contains(t, err.Error(), tc.want, tc.name)
	}
}

func TestWithBuild(t *testing.T) {
	b, err := summary.NewBuilder(fixture(t), summary.WithBuild("members", func(b *summary.Builder, ctx *summary.Context, p summary.Part) (any, string, error) {
		return b.Roster().Len(), "共有委员{{.Facts}}名。", nil
	}))
	require.NoError(t, err)
	doc, err := b.Build(summary.Outline{Period: lvzhi.Year(2022), Sections: []summary.Part{{Heading: "委员", Build: "members"}}})
	require.NoError(t, err)
	assert.Equal(t, []string{"共有委员3名。"}, doc.Sections[0].Paragraphs)
}

func TestRecordsValidateReferences(t *testing.T) {
	rec := fixture(t)
	rec.Sessions[0].Agenda[1].Speeches[0].Speaker = "m9"
	err := rec.Validate()
	var verrs lvzhi.ValidationErrors
	require.True(t, errors.As(err, &verrs))
	require.Len(t, verrs, 1)
	assert.Equal(t, "Sessions[0].Agenda[1].Speeches[0].Speaker", verrs[0].Field)
	assert.Equal(t, "会议[0].议程[1].发言[0].发言人", verrs[0].Label)
	assert.Equal(t, "委员编号 m9 不存在", verrs[0].Message)

	_, err = summary.NewBuilder(rec)
	assert.ErrorContains(t, err, "委员编号 m9 不存在")

	rec = fixture(t)
	rec.Activities = append(rec.Activities, research.GroupActivity{
		Base:    research.Base{ID: "g1", Title: "走访非公企业委员", Dates: lvzhi.OneDay(d(2022, 3, 1))},
		Form:    research.FormVisitMembers,
		Visited: []lvzhi.MemberID{"m1", "m8"},
	})
	err = rec.Validate()
	require.ErrorAs(t, err, &verrs)
	assert.Equal(t, "Activities[2].Visited[1]", verrs[0].Field)
	assert.Equal(t, "活动[2].走访委员[1]", verrs[0].Label)

	rec = fixture(t)
	rec.Members = append(rec.Members, rec.Members[0])
	assert.ErrorContains(t, rec.Validate(), "m1")
}

func TestRecordsSaveLoad(t *testing.T) {
	rec := fixture(t)
	var a bytes.Buffer
	require.NoError(t, rec.Save(&a))
	back, err := summary.Load(bytes.NewReader(a.Bytes()))
	require.NoError(t, err)
	require.NoError(t, back.Validate())
	var b bytes.Buffer
	require.NoError(t, back.Save(&b))
	assert.Equal(t, a.String(), b.String(), "save → load → save is stable")
	assert.Equal(t, rec.Proposals[2].State(), back.Proposals[2].State())

	_, err = summary.Parse([]byte(`{"committee":{},"members":[{"id":"m1","nmae":"李明"}]}`))
	assert.ErrorContains(t, err, "$.members[0].nmae")
}

// TestShortcomingsShareSubject guards the 不足 paragraph against one
// subject said twice in a row (部分提案逾期未答复，部分提案办理进度偏慢): items
// that open alike are written as one clause, and a clause that is itself a
// list is joined with ， so that its 、 is not read as the list's.
func TestShortcomingsShareSubject(t *testing.T) {
	b := newBuilder(t)
	doc, err := b.Build(summary.Outline{
		Period:   lvzhi.FirstHalf(2022),
		Sections: []summary.Part{{Heading: "提案", Build: "proposals"}},
		Shortcomings: summary.ShortcomingsPlan{Lead: "主要是：", Tail: "这些问题需要改进。",
			Items: []string{"调研成果转化还不够", "部分提案逾期未答复", "部分提案办理进度偏慢", "部分界别作用发挥不够"}},
	})
	require.NoError(t, err)
	text := doc.Shortcomings.Text()
	assert.Equal(t, "主要是：调研成果转化还不够，部分提案逾期未答复、办理进度偏慢，部分界别作用发挥不够。这些问题需要改进。", text)
	assert.Equal(t, 1, strings.Count(text, "部分提案"))
}

func TestPlansFromDiagnoses(t *testing.T) {
	b := newBuilder(t)
	doc, err := b.Build(summary.Outline{
		Period:       lvzhi.FirstHalf(2022),
		Sections:     []summary.Part{{Heading: "提案", Build: "proposals"}},
		Shortcomings: summary.ShortcomingsPlan{Lead: "主要是：", Diagnoses: []string{"sector-silent"}, Tail: "这些问题需要改进。"},
		Plans:        summary.PlansPlan{Heading: "下半年工作打算", Numbered: true, Diagnoses: []string{"sector-silent"}},
	})
	require.NoError(t, err)
	assert.Equal(t, "主要是：部分界别履职作用发挥还不够充分。这些问题需要改进。", doc.Shortcomings.Text())
	require.Len(t, doc.Plans.Items, 1)
	it := doc.Plans.Items[0]
	assert.Equal(t, 2, it.Level, "items under a numbered plans heading are the next level, （一）（二）: no level skipped")
	assert.True(t, it.RunIn, "a plan from a diagnosis is a run-in item, not a sentence-long heading")
	assert.Equal(t, "充分发挥界别作用。", it.Heading, "its first clause is the heading")
	require.Len(t, it.Paragraphs, 1)
	assert.True(t, strings.HasPrefix(it.Paragraphs[0], "组织各界别委员"), it.Paragraphs[0])

	doc, err = b.Build(summary.Outline{
		Period:       lvzhi.FirstHalf(2022),
		Sections:     []summary.Part{{Heading: "提案", Build: "proposals"}},
		Shortcomings: summary.ShortcomingsPlan{Lead: "主要是：", Diagnoses: []string{"sector-silent"}, Tail: "这些问题需要改进。"},
		Plans: summary.PlansPlan{Heading: "下半年工作打算", Numbered: true, Diagnoses: []string{"sector-silent"},
			Items: []summary.Part{{Heading: "加强学习。", Level: 3}}},
	})
	require.NoError(t, err)
	require.Len(t, doc.Plans.Items, 2)
	assert.Equal(t, 3, doc.Plans.Items[1].Level, "an item from a diagnosis is numbered like the outline's own items (1. 2.)")

	doc, err = b.Build(summary.Outline{
		Period:   lvzhi.FirstHalf(2022),
		Sections: []summary.Part{{Heading: "提案", Build: "proposals"}},
		Shortcomings: summary.ShortcomingsPlan{Lead: "主要是：", Diagnoses: []string{"sector-silent"}, Tail: "这些问题需要改进。",
			Wording: map[string]string{"sector-silent": "{{len .Facts.Evidence}}个界别尚未提交提案"}},
		Plans: summary.PlansPlan{Diagnoses: []string{"sector-silent"},
			Wording: map[string]string{"sector-silent": "发挥界别优势，推动界别委员积极撰写提案。"}},
	})
	require.NoError(t, err)
	assert.Regexp(t, `^主要是：\d+个界别尚未提交提案。这些问题需要改进。$`, doc.Shortcomings.Text(), "reworded per rule, with the evidence")
	assert.Equal(t, "发挥界别优势。", doc.Plans.Items[0].Heading)
	assert.Equal(t, []string{"推动界别委员积极撰写提案。"}, doc.Plans.Items[0].Paragraphs)

	_, err = b.Build(summary.Outline{Period: lvzhi.FirstHalf(2022), Plans: summary.PlansPlan{Wording: map[string]string{"no-such-rule": "x"}}})
	assert.ErrorContains(t, err, "no-such-rule", "a wording for an unknown rule is an error")
}

func TestGroupsAndExchangesSummariseMany(t *testing.T) {
	rec := fixture(t)
	for i := range 8 {
		rec.Activities = append(rec.Activities,
			research.GroupActivity{Base: research.Base{ID: lvzhi.ActivityID(fmt.Sprintf("g%d", i)), Title: "调研", Dates: lvzhi.OneDay(d(2022, 3, 1+i))},
				Groups: []string{[]string{"科技组", "社会组"}[i%2]}, Form: research.FormSurvey},
			research.Exchange{Base: research.Base{ID: lvzhi.ActivityID(fmt.Sprintf("x%d", i)), Title: "来访", Dates: lvzhi.OneDay(d(2022, 4, 1+i))},
				Direction: research.Received, Counterparts: []string{fmt.Sprintf("某%d县政协", i%4)}})
	}
	b, err := summary.NewBuilder(rec)
	require.NoError(t, err)
	doc, err := b.Build(summary.Outline{Period: lvzhi.FirstHalf(2022), Sections: []summary.Part{
		{Heading: "小组", Build: "groups"}, {Heading: "交流", Build: "exchanges"}}})
	require.NoError(t, err)
	assert.Equal(t, []string{"各委员活动小组共开展活动8次，其中科技组、社会组各4次。"}, doc.Sections[0].Paragraphs,
		"groups with equal counts in one clause, in order of first activity; no activity listed one by one")
	assert.Equal(t, []string{"接待了某0县政协、某1县政协、某2县政协等5个政协组织来访9批次。"}, doc.Sections[1].Paragraphs,
		"three named (the default limit), the most frequent first, and every one counted")

	doc, err = b.Build(summary.Outline{Period: lvzhi.FirstHalf(2022), Numbers: "arabic", Sections: []summary.Part{
		{Heading: "交流", Build: "exchanges", Limit: 1}, {Heading: "交流", Build: "exchanges", Limit: -1}}})
	require.NoError(t, err)
	assert.Equal(t, []string{"接待了某0县政协等5个政协组织来访9批次。"}, doc.Sections[0].Paragraphs, "the limit is the part's; Arabic by policy")
	assert.Equal(t, []string{"接待了某0县政协、某1县政协、某2县政协、某3县政协、广西合浦县政协来访9批次。"}, doc.Sections[1].Paragraphs, "a negative limit names all")

	_, err = b.Build(summary.Outline{Period: lvzhi.FirstHalf(2022), Numbers: "roman"})
	assert.ErrorContains(t, err, "numbers")
}

// TestBuildCustomBuildersInOrder checks that builders given by WithBuild
// are called one at a time, in outline order, on the caller's goroutine
// (the race detector would see two at once: calls is not locked), while
// built-in sections are written in parallel; and that the first failure
// in outline order is reported whatever finishes first.
func TestBuildCustomBuildersInOrder(t *testing.T) {
	var calls []string
	custom := func(name string, fail bool) summary.Option {
		return summary.WithBuild(name, func(_ *summary.Builder, _ *summary.Context, p summary.Part) (any, string, error) {
			calls = append(calls, p.Heading)
			if fail {
				return nil, "", errors.New(name + " 出错")
			}
			return nil, "自定义：" + p.Heading, nil
		})
	}
	b, err := summary.NewBuilder(fixture(t), custom("mine", false), custom("broken", true))
	require.NoError(t, err)
	sections := []summary.Part{
		{Heading: "甲", Build: "mine"},
		{Heading: "提案", Build: "proposals"},
		{Heading: "乙", Parts: []summary.Part{{Heading: "乙一", Build: "mine"}}},
		{Heading: "社情民意", Build: "opinions"},
		{Heading: "丙", Build: "mine"},
	}
	doc, err := b.Build(summary.Outline{Period: lvzhi.FirstHalf(2022), Sections: sections,
		Shortcomings: summary.ShortcomingsPlan{Diagnoses: []string{"sector-silent"}}})
	require.NoError(t, err)
	assert.Equal(t, []string{"甲", "乙一", "丙"}, calls)
	require.Len(t, doc.Sections, 5)
	for i, want := range []string{"甲", "提案", "乙", "社情民意", "丙"} {
		assert.Equal(t, want, doc.Sections[i].Heading, "sections stay in outline order")
	}
	assert.Equal(t, []string{"自定义：乙一"}, doc.Sections[2].Subsections[0].Paragraphs)
	assert.Equal(t, []string{"部分界别履职作用发挥还不够充分"}, doc.Shortcomings.Items)

	sections = append(sections,
		summary.Part{Heading: "丁", Build: "broken"},
		summary.Part{Heading: "戊", Build: "proposals", Template: "{{.Facts.NoSuchField}}"})
	sections[1].Template = "{{.Facts.Missing}}" // fails first, in a built-in section
	_, err = b.Build(summary.Outline{Period: lvzhi.FirstHalf(2022), Sections: sections})
	require.Error(t, err)
	assert.Contains(t, err.Error(), "部分[1]", "the first failure in outline order")
}

// TestRecordsValidateSessionConflicts checks that numbering conflicts are
// reported at the index of the session concerned, beside (not instead
// of) the sessions' own problems, each once.
func TestRecordsValidateSessionConflicts(t *testing.T) {
	rec := fixture(t)
	rec.Sessions = append(rec.Sessions, rec.Sessions[0])
	rec.Sessions[2].Dates = lvzhi.DateRange{}
	var verrs lvzhi.ValidationErrors
	require.ErrorAs(t, rec.Validate(), &verrs)
	var got []string
	for _, fe := range verrs {
		got = append(got, fe.Field+" "+fe.Rule)
	}
	last := len(rec.Sessions) - 1
	assert.Equal(t, []string{"Sessions[2].Dates required", fmt.Sprintf("Sessions[%d].ID unique", last)}, got)
	assert.Equal(t, fmt.Sprintf("会议[%d].编号", last), verrs[1].Label)
	assert.Contains(t, verrs[1].Message, string(rec.Sessions[0].ID))
	assert.NotContains(t, verrs[1].Message, "session:", "messages are for end users")
}

// One shortcoming, one plan: rules whose shortcomings the 不足 paragraph
// writes as one item (部分提案逾期未答复、办理进度偏慢) get one plan item, not
// two for the same 不足.
func TestPlansOneItemPerShortcoming(t *testing.T) {
	b, err := summary.NewBuilder(diagRecords(t))
	require.NoError(t, err)
	rules := []string{"proposals-overdue", "proposals-unanswered", "topics-behind"}
	o := summary.Outline{
		Period:       lvzhi.FirstHalf(2022),
		AsOf:         d22(6, 30),
		Shortcomings: summary.ShortcomingsPlan{Lead: "主要是：", Diagnoses: rules, Tail: "这些问题需要改进。"},
		Plans:        summary.PlansPlan{Heading: "下半年工作打算", Numbered: true, Diagnoses: rules},
	}
	doc, err := b.Build(o)
	require.NoError(t, err)
	require.Equal(t, []string{"部分提案逾期未答复、办理进度偏慢", "部分调研课题未按计划推进"}, doc.Shortcomings.Items)
	require.Len(t, doc.Plans.Items, 2, "two shortcomings stated, two plans")
	it := doc.Plans.Items[0]
	assert.Equal(t, "加大提案督办力度。", it.Heading)
	assert.Equal(t, []string{"对逾期未答复的提案逐件催办，对其余提案加强与承办单位的沟通联系、跟踪办理进度，确保在期限内答复。"}, it.Paragraphs)
	assert.Equal(t, "加强对调研课题的统筹协调。", doc.Plans.Items[1].Heading)
	for _, p := range doc.Plans.Items {
		assert.NotContains(t, strings.Join(p.Paragraphs, ""), "办结", "a reply (答复) is due by the deadline, not the closing (办结)")
	}

	// Stated apart, the shortcomings keep a plan each.
	o.Shortcomings.Wording = map[string]string{"proposals-unanswered": "承办单位答复进度不一"}
	doc, err = b.Build(o)
	require.NoError(t, err)
	require.Len(t, doc.Shortcomings.Items, 3)
	require.Len(t, doc.Plans.Items, 3)
	assert.Equal(t, "加强与承办单位的沟通联系。", doc.Plans.Items[1].Heading)
	assert.Equal(t, []string{"跟踪办理进度，确保在期限内答复。"}, doc.Plans.Items[1].Paragraphs)

	// The outline may word the joint plan, keyed by the rules joined by +
	// in any order; a rule it rewords alone is written after the other in
	// one item. An unknown rule in a key is an error.
	o.Shortcomings.Wording = nil
	o.Plans.Wording = map[string]string{"proposals-unanswered+proposals-overdue": "强化提案督办，{{len .Facts}}类问题一并整改。"}
	doc, err = b.Build(o)
	require.NoError(t, err)
	assert.Equal(t, "强化提案督办。", doc.Plans.Items[0].Heading)
	assert.Equal(t, []string{"2类问题一并整改。"}, doc.Plans.Items[0].Paragraphs)
	o.Plans.Wording = map[string]string{"proposals-unanswered": "跟踪办理进度，确保按期答复。"}
	doc, err = b.Build(o)
	require.NoError(t, err)
	require.Len(t, doc.Plans.Items, 2)
	assert.Equal(t, []string{"对逾期未答复的提案逐件催办，督促承办单位尽快答复。跟踪办理进度，确保按期答复。"}, doc.Plans.Items[0].Paragraphs)
	o.Plans.Wording = map[string]string{"proposals-overdue+no-such-rule": "x"}
	_, err = b.Build(o)
	require.ErrorContains(t, err, "no-such-rule")
}

// A group that had members but no activity in the period is said to have
// had none, the evidence of 开展工作不平衡 a reader can check.
func TestGroupsNameIdleGroups(t *testing.T) {
	rec := fixture(t)
	rec.Members[0].Groups = []member.GroupMembership{{Group: "科技组", Role: member.GroupLeader}}
	rec.Members[1].Groups = []member.GroupMembership{{Group: "文史组", Role: member.GroupMember}}
	rec.Activities = append(rec.Activities,
		research.GroupActivity{Base: research.Base{ID: "g1", Title: "调研", Dates: lvzhi.OneDay(d(2022, 3, 1))},
			Groups: []string{"科技组"}, Form: research.FormSurvey})
	assert.Equal(t, "科技组开展活动1次。文史组尚未开展活动。", buildOne(t, rec, "groups"), "not 各小组 when one had none")
	rec.Members[2].Groups = []member.GroupMembership{{Group: "社会组", Role: member.GroupMember}}
	rec.Activities = append(rec.Activities,
		research.GroupActivity{Base: research.Base{ID: "g2", Title: "座谈", Dates: lvzhi.OneDay(d(2022, 3, 2))},
			Groups: []string{"社会组"}, Form: research.FormSurvey})
	assert.Equal(t, "2个委员活动小组共开展活动2次，其中科技组、社会组各1次。文史组尚未开展活动。", buildOne(t, rec, "groups"))
	rec.Members[2].Groups = nil
	rec.Activities = rec.Activities[:len(rec.Activities)-1]

	rec.Members[1].Groups = nil
	assert.Equal(t, "各委员活动小组共开展活动1次。", buildOne(t, rec, "groups"))
}
