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
	for i, g := range groups {
		assert.Equal(t, g.Group, scores[i].Name)
		assert.Equal(t, g.Members, scores[i].Members, g.Group)
		assert.Equal(t, g.Points, scores[i].Points, g.Group)
	}

	ranking := b.Ranking()
	require.Len(t, ranking, len(rec.Members))
	total, below := 0, 0
	for i, r := range ranking {
		total += r.Points
		if r.Points < 60 {
			below++
		}
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
	assert.Equal(t, archive.Score{Members: len(rec.Members), Points: total, Below: below}, sum)

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
	b, err := archive.New(rec, lvzhi.FirstHalf(2022), archive.Options{Pass: "良好"})
	require.NoError(t, err)
	below := 0
	for _, r := range b.Ranking() {
		if r.Points < 80 {
			below++
		}
	}
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
