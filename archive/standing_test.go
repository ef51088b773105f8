package archive_test

import (
	"bytes"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/archive"
	"github.com/lvzhi-go/lvzhi/report"
)

// pointsLine returns the first paragraph of the section 履职积分 of the
// archive of member id.
func pointsLine(t *testing.T, b *archive.Book, id lvzhi.MemberID) string {
	t.Helper()
	d, err := b.Document(id)
	require.NoError(t, err)
	paras, ok := section(d, "履职积分")
	require.True(t, ok, text(d))
	return paras[0]
}

// A rank shared with other members is written 并列; the total is 计分
// once, not 履职积分 again under the heading 履职积分.
func TestStandingTied(t *testing.T) {
	b := halfyearBook(t)
	assert.Equal(t, "按本会履职积分办法计分，合计70分，在49名委员中并列第13位。", pointsLine(t, b, "m038"))
	assert.Equal(t, "按本会履职积分办法计分，合计30分，在49名委员中并列第47位。", pointsLine(t, b, "m048"))
	assert.Equal(t, "按本会履职积分办法计分，合计34分，在49名委员中列第46位。", pointsLine(t, b, "m053"))
	assert.Equal(t, "按本会履职积分办法计分，合计65分（主席、副主席不参加排名）。", pointsLine(t, b, "m001"))
	tied := map[lvzhi.MemberID]bool{}
	for _, r := range b.Ranking() {
		tied[r.Member] = r.Tied
	}
	assert.True(t, tied["m038"])
	assert.False(t, tied["m053"])
}

// A member on leave from one plenary and with no other record is said to
// have missed that session, not to have been on leave for the period;
// the reason is written only when the options ask for it.
func TestLeaveAsRecorded(t *testing.T) {
	b := halfyearBook(t)
	d, err := b.Document("m051")
	require.NoError(t, err)
	paras, _ := section(d, "参加会议")
	assert.Equal(t, []string{"请假未出席九届三次会议。"}, paras)
	assert.Equal(t, "2022年上半年无其他履职记录，不参加积分排名。", idleLine(d))
	assert.NotContains(t, text(d), "因病")

	withReasons, err := archive.New(halfyearRecords(t), lvzhi.FirstHalf(2022), archive.Options{LeaveReasons: true})
	require.NoError(t, err)
	for id, want := range map[lvzhi.MemberID]string{
		"m051": "因病住院请假，未出席九届三次会议。",
		"m048": "因事请假，未出席九届三次会议。",
	} {
		d, err := withReasons.Document(id)
		require.NoError(t, err)
		paras, _ := section(d, "参加会议")
		assert.Equal(t, []string{want}, paras, id)
	}

	notes := b.RankingTable().Notes
	assert.Contains(t, notes, "许慧敏、陶文清请假未出席九届三次会议，本期无其他履职记录，不参加排名。")
}

// The leaders who take no rank are listed in the order of their posts
// (the records' order among the 副主席), not by points.
func TestLeadersInPostOrder(t *testing.T) {
	assert.Contains(t, halfyearBook(t).RankingTable().Notes,
		"主席覃建华和副主席韦秀兰、黄德明、莫丽娟不参加排名，其积分见本人履职档案。")
}

// Averages leave out the members on leave with no other record, who
// take no rank: one member's sick leave does not halve a sector's
// average. The ranking document says once that the period is not graded.
func TestAveragesOfMembersRanked(t *testing.T) {
	b := halfyearBook(t)
	for _, s := range b.SectorScores() {
		switch s.Name {
		case "特别邀请人士":
			assert.Equal(t, archive.Score{Name: s.Name, Members: 1, Points: 30}, s)
		case "中国农工民主党":
			assert.Equal(t, archive.Score{Name: s.Name, Members: 1, Points: 35}, s)
		}
	}
	assert.Contains(t, b.SectorTable().Notes, "请假且本期无其他履职记录的委员2人不在本表。")
	assert.Equal(t, []string{"委员在统计期间先后参加多个小组的，分别计入各小组；未编入小组的委员5人、请假且本期无其他履职记录的委员2人不在本表。"}, b.GroupTable().Notes)

	d := b.RankingDocument()
	assert.Equal(t, []string{"2022年上半年，按本会履职积分办法计分，除请假且本期无其他履职记录的2名委员外，53名委员平均积分59.3分。"}, d.Opening)
	var buf bytes.Buffer
	require.NoError(t, report.Text(&buf, d))
	assert.Equal(t, 1, bytes.Count(buf.Bytes(), []byte("等次按年度评定")), buf.String())
}
