package proposal

import (
	"fmt"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/lvzhi-go/lvzhi"
)

// The three 重点提案 of the 2022 half-year summary.
var keyTitles = []string{
	"关于加快螺蛳粉产业与“互联网+”产业融合的建议",
	"关于深化对“亲”“清”内涵的理解，构建新型政商关系的建议",
	"关于某区在我市五城区中率先创建全域旅游区的建议",
}

var seedUnits = []string{"区发展和改革局", "区商务局", "区文化广电体育和旅游局", "区教育局", "区住房和城乡建设局", "区卫生健康局"}

// seedRegister builds the 44 proposals received since 九届三次会议
// (2022-01-08 to 10): 38 registered at 九届九次主席会议, of which 32
// assigned at the 5月3日 联席会议 and 6 forwarded to 市政协, and 6 not
// registered (2 merged, 2 turned into 意见建议, 1 into 社情民意, 1
// rejected).
func seedRegister(tb testing.TB) *Register {
	tb.Helper()
	reg := NewRegister(Rules{})
	review := lvzhi.MustDate(2022, time.February, 18)  // 提案委员会审议
	meeting := lvzhi.MustDate(2022, time.February, 25) // 九届九次主席会议
	joint := lvzhi.MustDate(2022, time.May, 3)         // 联席会议
	cats := DefaultCategories()
	sectors := []string{"经济界", "教育界", "中国民主同盟", "医药卫生界"}
	for n := 1; n <= 44; n++ {
		r := Record{
			Number: n, Term: 9, Sitting: 3,
			Title:     fmt.Sprintf("关于第%d项工作的建议", n),
			Category:  cats[n%len(cats)],
			Submitter: Submitter{Kind: Individual, Members: []lvzhi.MemberID{lvzhi.MemberID(fmt.Sprintf("m%03d", n))}},
			Sector:    sectors[n%len(sectors)],
		}
		sub := lvzhi.MustDate(2022, time.January, 8+n%3)
		if n <= 30 {
			r.Kind, r.Session = Plenary, "九届三次会议"
		} else {
			r.Kind = Regular
			sub = lvzhi.MustDate(2022, time.January, 11+n-30)
		}
		if n <= 3 {
			r.Title = keyTitles[n-1]
		}
		p, err := New(r, At(sub, ""))
		require.NoError(tb, err)
		mustDo(tb, p.Review(At(review, "提案委员会")))
		decide := At(meeting, "九届九次主席会议")
		switch {
		case n == 39 || n == 40:
			mustDo(tb, p.Merge(decide, n-30))
		case n == 41 || n == 42:
			mustDo(tb, p.Convert(decide, ToSuggestion))
		case n == 43:
			mustDo(tb, p.Convert(decide, ToOpinion))
		case n == 44:
			mustDo(tb, p.Reject(decide, "属于个人事务，不属于提案受理范围"))
		default:
			mustDo(tb, p.Register(decide))
		}
		switch {
		case n >= 33 && n <= 38:
			mustDo(tb, p.Forward(At(lvzhi.MustDate(2022, time.March, 10), "提案委员会"), "市政协"))
		case n <= 32:
			mustDo(tb, p.Assign(At(joint, "区政府、区人大、区政协联席会议"), Unit{Name: seedUnits[n%len(seedUnits)], Role: Lead}))
		}
		if n <= 3 {
			mustDo(tb, p.MarkKey(At(joint, "区政府、区人大、区政协联席会议")))
		}
		require.NoError(tb, reg.Add(p))
	}
	return reg
}

func TestSeedStatistics(t *testing.T) {
	reg := seedRegister(t)
	since := lvzhi.MustDate(2022, time.January, 8)
	s := reg.StatisticsSince(since, lvzhi.MustDate(2022, time.June, 15))

	// 九届三次会议以来，共收到委员提案材料44件……立案38件，其中本级办理32件，
	// 转交市政协办理6件……截至6月中旬，已有38件提案交办完毕。
	assert.Equal(t, 44, s.Received)
	assert.Equal(t, 38, s.Registered)
	assert.Equal(t, 32, s.Local)
	assert.Equal(t, 6, s.Forwarded)
	assert.Equal(t, 32, s.Assigned)
	assert.Equal(t, 38, s.HandedOver)
	assert.True(t, s.AllHandedOver())
	assert.Equal(t, 3, s.Key)
	assert.Equal(t, [6]int{2, 2, 1, 1, 0, 0}, [6]int{s.Merged, s.Suggestions, s.Opinions, s.Rejected, s.Withdrawn, s.Pending})
	assert.Equal(t, Rate{38, 44}, s.RegistrationRate())
	assert.Equal(t, "86.4%", s.RegistrationRate().Percent())
	assert.Equal(t, Rate{0, 32}, s.ClosingRate())
	assert.Equal(t, 0, s.Replied)
	assert.Equal(t, 0, s.Overdue, "replies are due on 8月3日")
	assert.False(t, s.SatisfactionRate().OK())

	// Counted independently from the inputs of seedRegister.
	wantCat := map[Category][2]int{}
	wantSector := map[string][2]int{}
	cats := DefaultCategories()
	sectors := []string{"经济界", "教育界", "中国民主同盟", "医药卫生界"}
	for n := 1; n <= 44; n++ {
		reg := 0
		if n <= 38 {
			reg = 1
		}
		c, sec := wantCat[cats[n%6]], wantSector[sectors[n%4]]
		wantCat[cats[n%6]] = [2]int{c[0] + 1, c[1] + reg}
		wantSector[sectors[n%4]] = [2]int{sec[0] + 1, sec[1] + reg}
	}
	require.Len(t, s.ByCategory, 6)
	for i, c := range s.ByCategory {
		assert.Equal(t, cats[i], c.Category, "categories in the rules' order")
		assert.Equal(t, wantCat[c.Category], [2]int{c.Received, c.Registered}, c.Category)
	}
	require.Len(t, s.BySector, 4)
	for i, c := range s.BySector {
		assert.Equal(t, wantSector[c.Sector], [2]int{c.Received, c.Registered}, c.Sector)
		if i > 0 {
			prev := s.BySector[i-1]
			assert.True(t, prev.Received > c.Received || prev.Received == c.Received && prev.Sector < c.Sector)
		}
	}
	require.Len(t, s.ByUnit, 6)
	total := 0
	for _, u := range s.ByUnit {
		total += u.Assigned
		assert.Equal(t, u.Assigned, u.Lead)
	}
	assert.Equal(t, 32, total)

	// Before the 联席会议 only the forwarded ones had been handed over.
	early := reg.StatisticsSince(since, lvzhi.MustDate(2022, time.April, 30))
	assert.Equal(t, 38, early.Registered)
	assert.Equal(t, 6, early.HandedOver)
	assert.Equal(t, 0, early.Assigned)
	assert.False(t, early.AllHandedOver())
	assert.Equal(t, 0, early.Key)

	// Before the 主席会议 nothing had been decided.
	before := reg.StatisticsSince(since, lvzhi.MustDate(2022, time.February, 24))
	assert.Equal(t, 44, before.Received)
	assert.Equal(t, 0, before.Registered)
	assert.Equal(t, 44, before.Pending)

	// The key proposals are found by filter.
	keys := reg.Find(Filter{Key: true})
	require.Len(t, keys, 3)
	for i, p := range keys {
		assert.Equal(t, keyTitles[i], p.Title)
	}
	// In the autumn the units are late.
	late := reg.StatisticsSince(since, lvzhi.MustDate(2022, time.August, 4))
	assert.Equal(t, 32, late.Overdue)
	assert.Len(t, reg.Find(Filter{OverdueOn: lvzhi.MustDate(2022, time.August, 4)}), 32)
	assert.Empty(t, reg.Find(Filter{OverdueOn: lvzhi.MustDate(2022, time.August, 3)}))
}
