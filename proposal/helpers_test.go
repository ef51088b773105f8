package proposal

import (
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/lvzhi-go/lvzhi"
)

// day returns 2022-m-d.
func day(m time.Month, d int) lvzhi.Date { return lvzhi.MustDate(2022, m, d) }

// record returns a valid individual 平时提案 numbered n.
func record(n int) Record {
	return Record{
		Number:      n,
		Term:        9,
		Sitting:     3,
		Kind:        Regular,
		Title:       "关于在小学和社区创办“四点钟学校”的建议",
		Grounds:     "放学时间早于家长下班时间，学生课后无人照看。",
		Suggestions: "依托社区活动场所开办“四点钟学校”。",
		Category:    Society,
		Submitter:   Submitter{Kind: Individual, Members: []lvzhi.MemberID{"m001"}},
		Sector:      "教育界",
	}
}

// submitted returns proposal n submitted on 2022-01-09.
func submitted(tb testing.TB, n int) *Proposal {
	tb.Helper()
	p, err := New(record(n), At(day(1, 9), ""))
	require.NoError(tb, err)
	return p
}

// mustDo fails the test if err is not nil.
func mustDo(tb testing.TB, err error) {
	tb.Helper()
	require.NoError(tb, err)
}
