package summary_test

import (
	"encoding/json"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/proposal"
	"github.com/lvzhi-go/lvzhi/summary"
)

const (
	improveGroups    = "推动各委员活动小组制定并落实年度活动计划，加强对活动较少小组的指导，促进各小组均衡开展活动。"
	improveSectors   = "充分发挥界别作用，组织各界别委员围绕全区中心工作开展协商议政、撰写提案。"
	improveOverdue   = "加大提案督办力度，对逾期未答复的提案逐件催办，督促承办单位尽快答复。"
	improveUnanswer  = "加强与承办单位的沟通联系，跟踪办理进度，确保在期限内答复。"
	improveSatisfied = "加强提案办理协商，推动承办单位与提案人沟通交流，对提案人不满意的提案督促承办单位二次办理，切实提高提案办理质量。"
	improveTopics    = "加强对调研课题的统筹协调，对照进度计划抓好各阶段工作落实，确保调研课题按期完成、取得实效。"
)

func TestDiagnoseRules(t *testing.T) {
	tests := []struct {
		name   string
		rule   string
		change func(t testing.TB, rec *summary.Records)
		asOf   lvzhi.Date
		opts   summary.DiagnoseOptions
		want   *summary.Diagnosis // nil: the rule finds nothing
	}{
		{
			name: "groups unbalanced, group without activity counted, later activity not",
			rule: "group-imbalance",
			want: &summary.Diagnosis{
				Shortcoming: "委员活动小组开展工作不平衡",
				Improvement: improveGroups,
				Evidence:    []string{"文史组开展活动0次", "社会组开展活动1次", "科技组开展活动3次"},
			},
		},
		{
			name: "groups counted up to asOf only",
			rule: "group-imbalance",
			asOf: d22(4, 30),
			want: &summary.Diagnosis{
				Shortcoming: "委员活动小组开展工作不平衡",
				Improvement: improveGroups,
				Evidence:    []string{"文史组开展活动0次", "社会组开展活动1次", "科技组开展活动2次"},
			},
		},
		{
			name: "groups balanced",
			rule: "group-imbalance",
			change: func(_ testing.TB, rec *summary.Records) {
				rec.Activities = append(rec.Activities,
					groupAct("g5", d22(6, 1), "文史组", "社会组"), groupAct("g6", d22(6, 2), "文史组", "社会组"),
					groupAct("g7", d22(6, 3), "文史组"))
			},
		},
		{
			name: "imbalance threshold from options",
			rule: "group-imbalance",
			opts: summary.DiagnoseOptions{Imbalance: 1},
		},
		{
			name: "no groups",
			rule: "group-imbalance",
			change: func(_ testing.TB, rec *summary.Records) {
				for i := range rec.Members {
					rec.Members[i].Groups = nil
				}
				rec.Activities = nil
			},
		},
		{
			name: "sector silent; co-signer's sector is active",
			rule: "sector-silent",
			want: &summary.Diagnosis{
				Shortcoming: "部分界别履职作用发挥还不够充分",
				Improvement: improveSectors,
				Evidence:    []string{"农业界（1名委员）未提交提案"},
			},
		},
		{
			name: "proposals after asOf do not count",
			rule: "sector-silent",
			change: func(t testing.TB, rec *summary.Records) {
				rec.Proposals = append(rec.Proposals, newProposal(t, 6, d22(6, 1), "农业界", "m5"))
			},
			asOf: d22(5, 31),
			want: &summary.Diagnosis{
				Shortcoming: "部分界别履职作用发挥还不够充分",
				Improvement: improveSectors,
				Evidence:    []string{"农业界（1名委员）未提交提案"},
			},
		},
		{
			name: "several silent sectors in sector order",
			rule: "sector-silent",
			change: func(t testing.TB, rec *summary.Records) {
				rec.Proposals = []*proposal.Proposal{newProposal(t, 1, d22(2, 1), "医药卫生界", "m4")}
			},
			want: &summary.Diagnosis{
				Shortcoming: "部分界别履职作用发挥还不够充分",
				Improvement: improveSectors,
				Evidence:    []string{"经济界（1名委员）未提交提案", "农业界（1名委员）未提交提案", "教育界（2名委员）未提交提案"},
			},
		},
		{
			name: "recorded sector counts without members' sectors",
			rule: "sector-silent",
			change: func(t testing.TB, rec *summary.Records) {
				rec.Proposals = append(rec.Proposals, newProposal(t, 6, d22(2, 1), "农业界", "m1"))
			},
		},
		{
			name: "small sectors ignored",
			rule: "sector-silent",
			opts: summary.DiagnoseOptions{MinSectorMembers: 2},
		},
		{
			name: "no proposals",
			rule: "sector-silent",
			change: func(_ testing.TB, rec *summary.Records) {
				rec.Proposals = nil
			},
		},
		{
			name: "overdue proposal",
			rule: "proposals-overdue",
			want: &summary.Diagnosis{
				Shortcoming: "部分提案逾期未答复",
				Improvement: improveOverdue,
				Evidence: []string{
					"第2号提案（区交通运输局主办）答复期限为2022年4月20日，截至2022年6月30日未答复",
				},
			},
		},
		{
			name: "overdue the day after the deadline",
			rule: "proposals-overdue",
			asOf: d22(4, 21),
			want: &summary.Diagnosis{
				Shortcoming: "部分提案逾期未答复",
				Improvement: improveOverdue,
				Evidence: []string{
					"第2号提案（区交通运输局主办）答复期限为2022年4月20日，截至2022年4月21日未答复",
				},
			},
		},
		{
			name: "not overdue on the deadline",
			rule: "proposals-overdue",
			asOf: d22(4, 20),
		},
		{
			name: "unanswered after a month, overdue and recent ones left out",
			rule: "proposals-unanswered",
			want: &summary.Diagnosis{
				Shortcoming: "部分提案办理进度偏慢",
				Improvement: improveUnanswer,
				Evidence: []string{
					"第3号提案（区教育局主办）于2022年5月10日交办，截至2022年6月30日尚未答复（答复期限为2022年8月10日）",
				},
			},
		},
		{
			name: "unanswered before the deadline, replies after asOf not yet given",
			rule: "proposals-unanswered",
			asOf: d22(2, 28),
			want: &summary.Diagnosis{
				Shortcoming: "部分提案办理进度偏慢",
				Improvement: improveUnanswer,
				Evidence: []string{
					"第1号提案（区发展和改革局主办）于2022年1月20日交办，截至2022年2月28日尚未答复（答复期限为2022年4月20日）",
					"第2号提案（区交通运输局主办）于2022年1月20日交办，截至2022年2月28日尚未答复（答复期限为2022年4月20日）",
					"第5号提案（区住房和城乡建设局主办）于2022年1月20日交办，截至2022年2月28日尚未答复（答复期限为2022年4月20日）",
				},
			},
		},
		{
			name: "handled again after 不满意",
			rule: "proposals-unanswered",
			change: func(t testing.TB, rec *summary.Records) {
				p := rec.Proposals[4]
				require.Equal(t, 5, p.Number)
				require.NoError(t, p.Reopen(proposal.At(d22(4, 1), "区政协提案委")))
			},
			want: &summary.Diagnosis{
				Shortcoming: "部分提案办理进度偏慢",
				Improvement: improveUnanswer,
				Evidence: []string{
					"第3号提案（区教育局主办）于2022年5月10日交办，截至2022年6月30日尚未答复（答复期限为2022年8月10日）",
					"第5号提案（区住房和城乡建设局主办）于2022年4月1日交办，截至2022年6月30日尚未答复（答复期限为2022年7月1日）",
				},
			},
		},
		{
			name: "assigned less than a month ago",
			rule: "proposals-unanswered",
			asOf: d22(2, 19),
		},
		{
			name: "low satisfaction",
			rule: "low-satisfaction",
			want: &summary.Diagnosis{
				Shortcoming: "提案办理的满意度有待进一步提高",
				Improvement: improveSatisfied,
				Evidence:    []string{"提案人对2件提案的办理情况作出评价，其中满意1件、不满意1件", "满意和基本满意率为50%，低于90%"},
			},
		},
		{
			name: "satisfaction threshold from options",
			rule: "low-satisfaction",
			opts: summary.DiagnoseOptions{Satisfaction: 75.5},
			want: &summary.Diagnosis{
				Shortcoming: "提案办理的满意度有待进一步提高",
				Improvement: improveSatisfied,
				Evidence:    []string{"提案人对2件提案的办理情况作出评价，其中满意1件、不满意1件", "满意和基本满意率为50%，低于75.5%"},
			},
		},
		{
			name: "satisfaction at the threshold",
			rule: "low-satisfaction",
			opts: summary.DiagnoseOptions{Satisfaction: 50},
		},
		{
			name: "verdicts after asOf not given yet",
			rule: "low-satisfaction",
			asOf: d22(3, 15),
		},
		{
			name: "no verdicts",
			rule: "low-satisfaction",
			change: func(t testing.TB, rec *summary.Records) {
				rec.Proposals = slices.DeleteFunc(rec.Proposals, func(p *proposal.Proposal) bool {
					_, given := p.Satisfaction()
					return given
				})
				require.Len(t, rec.Proposals, 3)
			},
		},
		{
			name: "topic behind plan",
			rule: "topics-behind",
			want: &summary.Diagnosis{
				Shortcoming: "部分调研课题未按计划推进",
				Improvement: improveTopics,
				Evidence:    []string{"“建设特色食品产业园”课题计划于2022年5月31日前进入实地调研阶段，截至2022年6月30日仍处于准备阶段"},
			},
		},
		{
			name: "topic not approved in time",
			rule: "topics-behind",
			change: func(_ testing.TB, rec *summary.Records) {
				rec.Topics[1].History = nil
			},
			asOf: d22(3, 5),
			want: &summary.Diagnosis{
				Shortcoming: "部分调研课题未按计划推进",
				Improvement: improveTopics,
				Evidence:    []string{"“推进老旧小区改造”课题计划于2022年3月1日前立项，截至2022年3月5日尚未立项"},
			},
		},
		{
			name: "topics on plan on the due day",
			rule: "topics-behind",
			asOf: d22(5, 31),
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := diagRecords(t)
			if tt.change != nil {
				tt.change(t, rec)
			}
			got, ok := findDiagnosis(diagnose(t, rec, tt.asOf, tt.opts), tt.rule)
			if tt.want == nil {
				assert.False(t, ok, "unexpected diagnosis %+v", got)
				return
			}
			require.True(t, ok, "diagnosis %s missing", tt.rule)
			want := *tt.want
			want.Rule = tt.rule
			assert.Equal(t, want, got)
		})
	}
}

func TestDiagnoseOrderAndRules(t *testing.T) {
	want := []string{"group-imbalance", "sector-silent", "proposals-overdue", "proposals-unanswered", "low-satisfaction", "topics-behind", "members-inactive"}
	assert.Equal(t, want, summary.DiagnosisRules())

	ds := diagnose(t, diagRecords(t), lvzhi.Date{}, summary.DiagnoseOptions{})
	var got []string
	for _, d := range ds {
		got = append(got, d.Rule)
		assert.NotEmpty(t, d.Evidence, d.Rule)
		assert.NotRegexp(t, `[。，；！？、]$`, d.Shortcoming, d.Rule)
		assert.Regexp(t, `^[^。]+。$`, d.Improvement, d.Rule)
	}
	assert.Equal(t, want, got, "every rule fires on the fixture, in rule order")
}

func TestDiagnoseEmptyRecords(t *testing.T) {
	rec := &summary.Records{Committee: diagCommittee()}
	assert.Empty(t, diagnose(t, rec, lvzhi.Date{}, summary.DiagnoseOptions{}))

	b, err := summary.NewBuilder(diagRecords(t))
	require.NoError(t, err)
	assert.Empty(t, b.Diagnose(lvzhi.Period{}, lvzhi.Date{}, summary.DiagnoseOptions{}), "the zero period gives no evidence")
}

func TestDiagnoseAsOfBeforePeriod(t *testing.T) {
	b, err := summary.NewBuilder(diagRecords(t))
	require.NoError(t, err)
	ds := b.Diagnose(lvzhi.SecondHalf(2022), d22(6, 30), summary.DiagnoseOptions{})
	_, ok := findDiagnosis(ds, "group-imbalance")
	assert.False(t, ok, "no group activity counts before the period starts")
	_, ok = findDiagnosis(ds, "sector-silent")
	assert.False(t, ok, "no proposal of the period was received by asOf")
}

func TestDiagnoseDeterministic(t *testing.T) {
	first := diagnose(t, diagRecords(t), lvzhi.Date{}, summary.DiagnoseOptions{})
	want, err := json.Marshal(first)
	require.NoError(t, err)
	b, err := summary.NewBuilder(diagRecords(t))
	require.NoError(t, err)
	for range 20 {
		got, err := json.Marshal(b.Diagnose(lvzhi.FirstHalf(2022), lvzhi.Date{}, summary.DiagnoseOptions{}))
		require.NoError(t, err)
		require.JSONEq(t, string(want), string(got))
	}
	// The order of the records does not change the evidence.
	rec := diagRecords(t)
	slices.Reverse(rec.Members)
	slices.Reverse(rec.Activities)
	slices.Reverse(rec.Proposals)
	assert.Equal(t, first, diagnose(t, rec, lvzhi.Date{}, summary.DiagnoseOptions{}))
}

func TestDiagnoseJSON(t *testing.T) {
	d := summary.Diagnosis{Rule: "sector-silent", Shortcoming: "部分界别履职作用发挥还不够充分", Improvement: improveSectors,
		Evidence: []string{"农业界（1名委员）未提交提案"}}
	data, err := json.Marshal(d)
	require.NoError(t, err)
	var back summary.Diagnosis
	require.NoError(t, json.Unmarshal(data, &back))
	assert.Equal(t, d, back)
	assert.Contains(t, string(data), `"shortcoming":"部分界别履职作用发挥还不够充分"`)
}
