package proposal

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// Every action has its own wording, and no Go name (Action(0), Grade(9))
// reaches a clerk, in the audit log or in an error.
func TestDescribeEveryAction(t *testing.T) {
	seen := map[string]Action{}
	for a := ActionSubmit; a.IsValid(); a++ {
		s := Step{Action: a, Date: day(3, 1), Actor: "提案委员会", Reason: "属于个人事务", Into: 7,
			Units: []Unit{{Name: "区教育局", Role: Lead, Deadline: day(6, 1)}}, To: "市政协", Unit: "区教育局",
			Grade: GradeA, Satisfaction: Satisfied, Member: "m002", Leader: "m001"}
		text := Rules{}.Describe(s, nil)
		assert.True(t, strings.HasPrefix(text, "2022年3月1日，"), text)
		assert.NotContains(t, text, "未知", a.String())
		rest := strings.TrimPrefix(text, "2022年3月1日，提案委员会")
		if prev, dup := seen[rest]; dup {
			t.Errorf("%s and %s are both described as %q", prev, a, text)
		}
		seen[rest] = a
	}
	assert.Equal(t, "2022年3月1日，未知的办理步骤（代码0）", Rules{}.Describe(Step{Date: day(3, 1)}, nil))
	assert.Equal(t, "2022年3月1日，决定并入第7号提案", Rules{}.Describe(Step{Action: ActionMerge, Date: day(3, 1), Into: 7}, nil))

	p := submitted(t, 1)
	err := p.Apply(Step{Date: day(1, 10)})
	assert.EqualError(t, err, "proposal: 第1号提案“未知步骤”步骤无效：未知的办理步骤（代码0），应为提交、附议、审查、立案、不予立案、并案、转为意见建议、转为社情民意、撤案、交办、转交、答复、反馈、二次办理、办结、列为重点提案、督办之一")
	mustDo(t, p.Review(At(day(1, 10), "")))
	mustDo(t, p.Register(At(day(1, 11), "")))
	mustDo(t, p.Assign(At(day(1, 12), ""), Unit{Name: "区教育局", Role: Lead}))
	err = p.Reply(At(day(1, 13), ""), "区教育局", Grade(9))
	assert.ErrorContains(t, err, "答复类别“9”无效，应为A、B、C之一")
	assert.NotContains(t, err.Error(), "Grade(")
}
