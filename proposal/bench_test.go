package proposal

import (
	"fmt"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/lvzhi-go/lvzhi"
)

// benchRegister returns n proposals with ten steps each: 提交, 审查, 立案,
// 交办, 答复, 反馈 (不满意), 二次办理, 答复, 反馈, 办结.
func benchRegister(tb testing.TB, n int) *Register {
	tb.Helper()
	reg := NewRegister(Rules{})
	units := make([]string, 40)
	for i := range units {
		units[i] = fmt.Sprintf("第%d承办单位", i+1)
	}
	sectors := []string{"经济界", "教育界", "农业界", "医药卫生界", "中国民主同盟", "九三学社"}
	for i := 1; i <= n; i++ {
		r := record(i)
		r.Category = DefaultCategories()[i%6]
		r.Sector = sectors[i%len(sectors)]
		start := lvzhi.MustDate(2022, time.January, 1).AddDays(i % 180)
		p, err := New(r, At(start, ""))
		require.NoError(tb, err)
		u := units[i%len(units)]
		at := func(days int) Act { return At(start.AddDays(days), "经办人") }
		mustDo(tb, p.Review(at(5)))
		mustDo(tb, p.Register(at(20)))
		mustDo(tb, p.Assign(at(30), Unit{Name: u, Role: Lead}))
		mustDo(tb, p.Reply(at(60), u, GradeB))
		mustDo(tb, p.Feedback(at(70), Unsatisfied))
		mustDo(tb, p.Reopen(at(75)))
		mustDo(tb, p.Reply(at(100), u, GradeA))
		mustDo(tb, p.Feedback(at(110), Satisfied))
		mustDo(tb, p.Close(at(120)))
		require.NoError(tb, reg.Add(p))
	}
	return reg
}

// BenchmarkStatistics counts 6,000 proposals of ten steps each: as of the
// end of the year (every history complete, read from the derived status),
// and as of 1 May and 30 September (histories cut short, replayed step by
// step up to that day).
func BenchmarkStatistics(b *testing.B) {
	reg := benchRegister(b, 6000)
	year := lvzhi.Year(2022).Range()
	for _, asOf := range []lvzhi.Date{
		lvzhi.MustDate(2022, time.December, 31),
		lvzhi.MustDate(2022, time.September, 30),
		lvzhi.MustDate(2022, time.May, 1),
	} {
		b.Run("as of "+asOf.String(), func(b *testing.B) {
			s := reg.Statistics(year, asOf)
			require.Positive(b, s.Received)
			b.ReportAllocs()
			for b.Loop() {
				s = reg.Statistics(year, asOf)
			}
			_ = s
		})
	}
}
