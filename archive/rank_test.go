package archive_test

import (
	"bytes"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/archive"
	"github.com/lvzhi-go/lvzhi/member"
	"github.com/lvzhi-go/lvzhi/report"
	"github.com/lvzhi-go/lvzhi/report/reporttest"
)

// The group scores agree with the group tallies of package member, and
// the sector scores add up to the whole committee.
func TestScores(t *testing.T) {
	rec := halfyearRecords(t)
	b := halfyearBook(t)
	roster := rosterOf(t, rec)
	span := lvzhi.FirstHalf(2022).Range()
	groups, err := member.DefaultScheme().GroupTallies(roster, archive.Duties(rec), span)
	require.NoError(t, err)
	scores := b.GroupScores()
	require.Len(t, scores, len(groups))
	// 许慧敏 (社会组) and 陶文清 (文史组), on leave with no other record,
	// are not counted.
	onLeave := map[string]int{"社会组": 1, "文史组": 1}
	for i, g := range groups {
		assert.Equal(t, g.Group, scores[i].Name)
		assert.Equal(t, g.Members-onLeave[g.Group], scores[i].Members, g.Group)
		assert.Equal(t, g.Points, scores[i].Points, g.Group)
	}

	ranking := b.Ranking()
	unranked := b.Unranked()
	require.Len(t, unranked, 6, "the 主席, the 3 副主席 and the 2 members on leave take no rank by default")
	require.Len(t, ranking, len(rec.Members)-len(unranked))
	total, below := 0, 0
	for _, r := range unranked {
		total += r.Points
		assert.Zero(t, r.Rank)
		assert.Empty(t, r.Grade)
	}
	for i, r := range ranking {
		total += r.Points
		assert.Empty(t, r.Grade, "half a year is not graded")
		if i > 0 {
			assert.GreaterOrEqual(t, ranking[i-1].Points, r.Points)
			if ranking[i-1].Points == r.Points {
				assert.Equal(t, ranking[i-1].Rank, r.Rank, "equal points share a rank")
			} else {
				assert.Equal(t, i+1, r.Rank)
			}
		}
	}
	var sum archive.Score
	for _, s := range b.SectorScores() {
		sum.Members += s.Members
		sum.Points += s.Points
		sum.Below += s.Below
	}
	assert.Equal(t, archive.Score{Members: len(rec.Members) - 2, Points: total, Below: below}, sum,
		"the 2 members on leave with no other record are not counted")

	// The group table's total counts members in groups (48 of 55, the 2
	// on leave left out); its note says how many are in none.
	gt := b.GroupTable()
	assert.Equal(t, "48", gt.Total[1].Text)
	assert.Contains(t, gt.Notes[0], "未编入小组的委员5人、请假且本期无其他履职记录的委员2人不在本表")

	for _, tb := range []interface{ Validate() error }{b.RankingTable(), b.GroupTable(), b.SectorTable()} {
		assert.NoError(t, tb.Validate())
	}
}

func TestAverageText(t *testing.T) {
	for _, c := range []struct {
		s    archive.Score
		want string
	}{
		{archive.Score{}, "—"},
		{archive.Score{Members: 3, Points: 100}, "33.3"},
		{archive.Score{Members: 8, Points: 5}, "0.6"}, // 0.625
		{archive.Score{Members: 2, Points: -5}, "-2.5"},
		{archive.Score{Members: 7, Points: 420}, "60.0"},
	} {
		assert.Equal(t, c.want, c.s.AverageText(), "%+v", c.s)
	}
}

func TestPassGrade(t *testing.T) {
	rec := halfyearRecords(t)
	b, err := archive.New(rec, lvzhi.Year(2022), archive.Options{Pass: "良好"})
	require.NoError(t, err)
	below := 0
	for _, r := range b.Ranking() {
		if r.Points < 80 && r.Grade != "" {
			below++
		}
	}
	assert.Positive(t, below)
	sum := 0
	for _, s := range b.SectorScores() {
		sum += s.Below
	}
	assert.Equal(t, below, sum)
	assert.Equal(t, "未达良好人数", b.SectorTable().Header[0][4].Text)

	_, err = archive.New(rec, lvzhi.FirstHalf(2022), archive.Options{Pass: "合格"})
	require.Error(t, err)
	assert.Contains(t, err.Error(), "履职积分办法中没有等次“合格”")
}

func TestRankingGolden(t *testing.T) {
	d := halfyearBook(t).RankingDocument()
	require.NoError(t, d.Validate())
	var buf bytes.Buffer
	require.NoError(t, report.Markdown(&buf, d))
	reporttest.Golden(t, "ranking.md", buf.Bytes())
}

// Half a year is not graded against the annual thresholds of the default
// scheme: nobody, the chair least of all, is written 不称职; a year is
// graded, and the options grade a short period and rank the leaders.
func TestGrading(t *testing.T) {
	rec := halfyearRecords(t)
	half := halfyearBook(t)
	assert.False(t, half.Graded())
	var buf bytes.Buffer
	require.NoError(t, report.Markdown(&buf, half.RankingDocument()))
	assert.NotContains(t, buf.String(), "称职")
	assert.Contains(t, buf.String(), "等次按年度评定")
	chair, err := half.Document("m001")
	require.NoError(t, err)
	assert.NotContains(t, text(chair), "等次")
	assert.Contains(t, text(chair), "主席、副主席不参加排名")

	year, err := archive.New(rec, lvzhi.Year(2022), archive.Options{})
	require.NoError(t, err)
	assert.True(t, year.Graded())
	graded := 0
	for _, r := range year.Ranking() {
		if r.Grade != "" {
			graded++
		}
	}
	assert.Equal(t, len(year.Ranking()), graded, "every member ranked is graded")
	assert.Len(t, year.Unranked(), 6, "the 主席, 3 副主席 and 2 members on leave")
	idle, err := year.Document("m051")
	require.NoError(t, err)
	assert.Equal(t, "2022年度无其他履职记录，不参加积分排名和等次评定。", idleLine(idle))

	opts, err := archive.New(rec, lvzhi.FirstHalf(2022), archive.Options{GradeShortPeriods: true, RankLeaders: true})
	require.NoError(t, err)
	assert.True(t, opts.Graded())
	assert.Len(t, opts.Unranked(), 2, "members on leave take no rank either way")
	tally, ok := opts.Tally("m001")
	require.True(t, ok)
	assert.Positive(t, tally.Rank)
	assert.NotEmpty(t, tally.Grade)
}

// A scheme without a title is cited without 书名号; a scheme's title is
// cited in them.
func TestSchemeTitle(t *testing.T) {
	d, err := halfyearBook(t).Document("m006")
	require.NoError(t, err)
	assert.Contains(t, text(d), "按本会履职积分办法计分，")
	assert.NotContains(t, text(d), "《默认")

	s := member.DefaultScheme()
	s.Name = "柳州市某区政协委员履职量化积分办法（试行）"
	b, err := archive.New(halfyearRecords(t), lvzhi.FirstHalf(2022), archive.Options{Scheme: s})
	require.NoError(t, err)
	d, err = b.Document("m006")
	require.NoError(t, err)
	assert.Contains(t, text(d), "按《柳州市某区政协委员履职量化积分办法（试行）》计分，")
}
