package archive_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/archive"
	"github.com/lvzhi-go/lvzhi/member"
	"github.com/lvzhi-go/lvzhi/research"
	"github.com/lvzhi-go/lvzhi/summary"
)

// sectionOf returns the paragraphs of the section with the heading in the
// archive of member id.
func sectionOf(t *testing.T, b *archive.Book, id lvzhi.MemberID, heading string) []string {
	t.Helper()
	d, err := b.Document(id)
	require.NoError(t, err)
	paras, ok := section(d, heading)
	require.True(t, ok, "%s has no section %s:\n%s", id, heading, text(d))
	return paras
}

// The leaders who supervise (督办) key proposals have it in their
// archives; it earns no points under the default scheme.
func TestSupervisionWritten(t *testing.T) {
	b := halfyearBook(t)
	for id, want := range map[lvzhi.MemberID]string{
		"m001": "领衔督办重点提案《关于加快螺蛳粉产业与“互联网+”产业融合的建议》。",
		"m002": "领衔督办重点提案《关于深化对“亲”“清”内涵的理解、构建新型政商关系的建议》。",
		"m003": "领衔督办重点提案《关于某区在我市五城区中率先创建全域旅游区的建议》。",
	} {
		assert.Equal(t, []string{want}, sectionOf(t, b, id, "督办提案"), id)
		p, err := b.Profile(id)
		require.NoError(t, err)
		require.Len(t, p.Supervised, 1, id)
	}
	d, err := b.Document("m038")
	require.NoError(t, err)
	assert.NotContains(t, text(d), "督办")
	tally, _ := b.Tally("m001")
	assert.Equal(t, 65, tally.Points, "督办 earns no points under the default scheme")
}

// The headings' words are not said again under them (summary.Proofread's
// heading-repeat finds nothing in any archive), and a lone proposal's
// registration joins its count with a comma.
func TestNoHeadingRepeat(t *testing.T) {
	b := halfyearBook(t)
	assert.Equal(t, []string{"参加社会组、科技组联合开展的校企合作项目调研。"}, sectionOf(t, b, "m038", "参加委员小组活动"))
	assert.Equal(t, "作为第一提案人提交提案1件。", sectionOf(t, b, "m038", "提交提案")[0])
	assert.Equal(t, []string{"参加走访非公企业政协委员、第一季度反映社情民意信息座谈会、接待广西合浦县政协来访等活动5次。"},
		sectionOf(t, b, "m001", "参加其他活动"))
	assert.Equal(t, []string{"参加常委学习班。"}, sectionOf(t, b, "m003", "参加其他活动"))
	for _, m := range b.Members() {
		d, err := b.Document(m.ID)
		require.NoError(t, err)
		for _, is := range summary.Proofread(d, nil) {
			assert.NotEqual(t, "heading-repeat", is.Rule, "%s: %+v", m.ID, is)
			// The 基本情况's form line (政治面貌：…；界别：…) is fields,
			// not nested colons; no other text nests a colon.
			assert.NotEqual(t, "nested-colon", is.Rule, "%s: %+v", m.ID, is)
		}
	}
}

// Group activities are named by what was done, with the groups that held
// them; a list that names every activity takes no 包括 and no 等.
func TestGroupActivitiesNamed(t *testing.T) {
	b := halfyearBook(t)
	assert.Equal(t, []string{"参加科技组螺蛳粉产业数字化转型调研和到柳州工业博物馆参观学习，共2次。"},
		sectionOf(t, b, "m048", "参加委员小组活动"))
}

// A research topic is written by the phase it reached by the end of the
// period: a team that only prepared did no 调研, yet membership of the
// team still earns the scheme's points.
func TestResearchByPhase(t *testing.T) {
	b := halfyearBook(t)
	assert.Equal(t, []string{"参加“推进中小学集团化办学”课题组，参与前期查阅资料、制定调研考察方案。"}, sectionOf(t, b, "m038", "参加调研课题"))
	assert.Equal(t, []string{"牵头“建设特色食品产业园”课题组，组织前期查阅资料、制定调研考察方案。"}, sectionOf(t, b, "m001", "参加调研课题"))
	tally, _ := b.Tally("m038")
	assert.Equal(t, 1, units(tally, member.DutyResearch))

	// Once the team has been in the field, it is 调研.
	rec := freshHalfyear(t)
	for i := range rec.Topics {
		if rec.Topics[i].ID == "topic-2022-school-groups" {
			require.NoError(t, rec.Topics[i].Advance(research.PhaseFieldwork, lvzhi.MustDate(2022, 5, 20), "到区内学校实地调研"))
		}
	}
	fieldwork, err := archive.New(rec, lvzhi.FirstHalf(2022), archive.Options{})
	require.NoError(t, err)
	assert.Equal(t, []string{"参加“推进中小学集团化办学”课题调研。"}, sectionOf(t, fieldwork, "m038", "参加调研"))
}

// The note on the row 参加其他会议和活动 nests no colon in the 注：; a row
// that holds one part only is named after it and needs no note.
func TestOthersNoteNoNestedColon(t *testing.T) {
	b := halfyearBook(t)
	p, err := b.Profile("m001")
	require.NoError(t, err)
	assert.Equal(t, []string{"参加其他会议和活动10次，其中出席主席会议、联席会议3次，参加文史工作2次，参加其他履职活动5次。"}, p.PointsTable().Notes)
	p, err = b.Profile("m053")
	require.NoError(t, err)
	pt := p.PointsTable()
	assert.Empty(t, pt.Notes)
	assert.Equal(t, "参加文史工作", pt.Rows[len(pt.Rows)-1][0].Text)
	assert.Equal(t, "2", pt.Rows[len(pt.Rows)-1][2].Text)
}
