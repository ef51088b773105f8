package summary

import (
	"fmt"
	"slices"
	"strings"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/internal/par"
)

// Diagnosis is a shortcoming (不足) the records give evidence of, with the
// improvement (改进) it suggests. Diagnoses are proposals to the writer:
// none enters a document unless its Rule is named in the [Outline].
type Diagnosis struct {
	// Rule identifies the rule that found it: "group-imbalance" ….
	Rule string `json:"rule"`
	// Shortcoming is the shortcoming as a clause for the 不足 paragraph,
	// without final punctuation: 委员活动小组开展工作不平衡.
	Shortcoming string `json:"shortcoming"`
	// Improvement is a sentence for the 改进 part.
	Improvement string `json:"improvement"`
	// Evidence lists the facts behind it, in Chinese, one per entry:
	// "科技组开展活动3次", "法制组开展活动0次".
	Evidence []string `json:"evidence"`
}

// DiagnoseOptions are the thresholds of the diagnosis rules. The zero
// value means the defaults given for each field.
type DiagnoseOptions struct {
	// Imbalance is the coefficient of variation of activity counts per
	// group above which groups are unbalanced; 0 means
	// member.DefaultImbalanceThreshold.
	Imbalance float64 `json:"imbalance,omitzero"`
	// Satisfaction is the lowest acceptable 满意和基本满意率 in percent;
	// 0 means 90.
	Satisfaction float64 `json:"satisfaction,omitzero"`
	// MinSectorMembers is the smallest sector (by members) whose silence
	// counts; 0 means 1.
	MinSectorMembers int `json:"min_sector_members,omitzero"`
}

// A rule looks at the records for one period and returns a diagnosis, or
// ok false when the records give no evidence.
type rule struct {
	id    string
	check func(b *Builder, period lvzhi.Period, asOf lvzhi.Date, opts DiagnoseOptions) (Diagnosis, bool)
}

// Diagnose runs every rule over the records of period, counting progress
// up to asOf (the period's last day when zero), and returns the diagnoses
// the records support, in rule order:
//
//   - "group-imbalance": activity groups whose activity counts are
//     unbalanced (委员活动小组开展工作不平衡);
//   - "sector-silent": sectors whose members made no proposal
//     (部分界别履职作用发挥还不够充分);
//   - "proposals-overdue": proposals whose reply is overdue;
//   - "proposals-unanswered": registered proposals not yet answered;
//   - "low-satisfaction": a 满意和基本满意率 below the threshold;
//   - "topics-behind": research topics behind their phase plan;
//   - "members-inactive": members who took part in no duty, counted by
//     package participation from the records.
func (b *Builder) Diagnose(period lvzhi.Period, asOf lvzhi.Date, opts DiagnoseOptions) []Diagnosis {
	if asOf.IsZero() {
		asOf = period.Range().To
	}
	// The rules only read the records: they run in parallel, and their
	// findings are kept in rule order.
	rules := diagnosisRules()
	found := make([]Diagnosis, len(rules))
	ok := make([]bool, len(rules))
	par.Chunks(len(rules), 1, func(i, _ int) bool {
		found[i], ok[i] = rules[i].check(b, period, asOf, opts)
		return true
	})
	var out []Diagnosis
	for i, d := range found {
		if ok[i] {
			d.Rule = rules[i].id
			out = append(out, d)
		}
	}
	return out
}

// DiagnosisRules returns the identifiers of the rules, in order.
func DiagnosisRules() []string {
	var ids []string
	for _, r := range diagnosisRules() {
		ids = append(ids, r.id)
	}
	return ids
}

// pickDiagnoses returns the diagnoses of all whose rules are named, in the
// order named; a name that is not a rule is an error.
func pickDiagnoses(all []Diagnosis, names []string) ([]Diagnosis, error) {
	known := DiagnosisRules()
	var out []Diagnosis
	for _, n := range names {
		if !slices.Contains(known, n) {
			return nil, fmt.Errorf("没有名为 %q 的诊断规则（可用：%s）", n, strings.Join(known, "、"))
		}
		for _, d := range all {
			if d.Rule == n {
				out = append(out, d)
			}
		}
	}
	return out, nil
}
