package lvzhi_test

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/lvzhi-go/lvzhi"
)

func TestDateRange(t *testing.T) {
	r, err := lvzhi.NewDateRange(lvzhi.MustDate(2022, 1, 8), lvzhi.MustDate(2022, 1, 10))
	require.NoError(t, err)
	assert.Equal(t, 3, r.Days(), "both ends are included")
	assert.True(t, r.Contains(lvzhi.MustDate(2022, 1, 8)))
	assert.True(t, r.Contains(lvzhi.MustDate(2022, 1, 10)))
	assert.False(t, r.Contains(lvzhi.MustDate(2022, 1, 11)))
	assert.False(t, r.Contains(lvzhi.MustDate(2022, 1, 7)))
	assert.Equal(t, "2022-01-08/2022-01-10", r.String())
	assert.Equal(t, 1, lvzhi.OneDay(lvzhi.MustDate(2022, 5, 3)).Days())

	h1 := lvzhi.FirstHalf(2022).Range()
	assert.True(t, h1.ContainsRange(r))
	assert.False(t, r.ContainsRange(h1))
	assert.True(t, h1.Overlaps(r))
	assert.False(t, lvzhi.SecondHalf(2022).Range().Overlaps(r))
	assert.True(t, lvzhi.OneDay(lvzhi.MustDate(2022, 6, 30)).Overlaps(h1), "touching at one day overlaps")

	_, err = lvzhi.NewDateRange(lvzhi.MustDate(2022, 1, 10), lvzhi.MustDate(2022, 1, 8))
	assert.ErrorIs(t, err, lvzhi.ErrOrder)
	assert.Contains(t, err.Error(), "开始日期晚于结束日期")
	_, err = lvzhi.NewDateRange(lvzhi.Date{}, lvzhi.MustDate(2022, 1, 8))
	assert.ErrorIs(t, err, lvzhi.ErrOutOfRange)
	assert.Equal(t, 0, lvzhi.DateRange{From: lvzhi.MustDate(2022, 1, 10), To: lvzhi.MustDate(2022, 1, 8)}.Days())
}

func TestParseDateRange(t *testing.T) {
	r, err := lvzhi.ParseDateRange("2022-04-28/2022-05-02")
	require.NoError(t, err)
	assert.Equal(t, 5, r.Days())
	r, err = lvzhi.ParseDateRange("2022-05-03")
	require.NoError(t, err)
	assert.Equal(t, lvzhi.OneDay(lvzhi.MustDate(2022, 5, 3)), r)
	for _, s := range []string{"", "/", "2022-05-03/", "2022-05-04/2022-05-03", "2022-05-03/2022-02-30"} {
		_, err := lvzhi.ParseDateRange(s)
		assert.Error(t, err, s)
	}
}

func TestDateRangeJSON(t *testing.T) {
	r := lvzhi.DateRange{From: lvzhi.MustDate(2022, 1, 8), To: lvzhi.MustDate(2022, 1, 10)}
	b, err := json.Marshal(r)
	require.NoError(t, err)
	assert.JSONEq(t, `{"from":"2022-01-08","to":"2022-01-10"}`, string(b))
	var back lvzhi.DateRange
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, r, back)
}

func FuzzParseDateRange(f *testing.F) {
	for _, s := range []string{"2022-01-08/2022-01-10", "2022-05-03", "2022-05-03/2022-05-02", "x/y"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		r, err := lvzhi.ParseDateRange(s)
		if err != nil {
			return
		}
		if !r.IsValid() || r.Days() < 1 {
			t.Fatalf("ParseDateRange(%q) = %v, invalid", s, r)
		}
		back, err := lvzhi.ParseDateRange(r.String())
		if err != nil || back != r {
			t.Fatalf("round trip %q: %v, %v", s, back, err)
		}
	})
}
