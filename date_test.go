package lvzhi_test

import (
	"encoding/json"
	"errors"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/lvzhi-go/lvzhi"
)

func TestParseDate(t *testing.T) {
	ok := []struct {
		in   string
		want lvzhi.Date
	}{
		{"2022-01-08", lvzhi.Date{Year: 2022, Month: time.January, Day: 8}},
		{"2024-02-29", lvzhi.Date{Year: 2024, Month: time.February, Day: 29}},
		{"2000-02-29", lvzhi.Date{Year: 2000, Month: time.February, Day: 29}},
		{"0001-01-01", lvzhi.Date{Year: 1, Month: time.January, Day: 1}},
		{"9999-12-31", lvzhi.Date{Year: 9999, Month: time.December, Day: 31}},
	}
	for _, tc := range ok {
		got, err := lvzhi.ParseDate(tc.in)
		require.NoError(t, err, tc.in)
		assert.Equal(t, tc.want, got, tc.in)
		assert.Equal(t, tc.in, got.String())
	}
	bad := []struct {
		in   string
		kind error
	}{
		{"", lvzhi.ErrSyntax},
		{"2022-1-8", lvzhi.ErrSyntax},
		{"2022/01/08", lvzhi.ErrSyntax},
		{"22-01-08xx", lvzhi.ErrSyntax},
		{"２０２２-01-08", lvzhi.ErrSyntax},
		{"+022-01-08", lvzhi.ErrSyntax},
		{"2022-13-01", lvzhi.ErrOutOfRange},
		{"2022-00-10", lvzhi.ErrOutOfRange},
		{"2022-02-29", lvzhi.ErrOutOfRange},
		{"1900-02-29", lvzhi.ErrOutOfRange},
		{"2022-04-31", lvzhi.ErrOutOfRange},
		{"0000-01-01", lvzhi.ErrOutOfRange},
	}
	for _, tc := range bad {
		_, err := lvzhi.ParseDate(tc.in)
		require.Error(t, err, tc.in)
		assert.ErrorIs(t, err, tc.kind, tc.in)
		var pe *lvzhi.ParseError
		require.True(t, errors.As(err, &pe), tc.in)
		assert.Equal(t, tc.in, pe.Input)
		assert.Contains(t, err.Error(), "日期")
	}
}

func TestDateArithmetic(t *testing.T) {
	d := lvzhi.MustDate(2022, time.January, 8)
	assert.Equal(t, lvzhi.MustDate(2022, time.January, 10), d.AddDays(2))
	assert.Equal(t, lvzhi.MustDate(2021, time.December, 31), d.AddDays(-8))
	assert.Equal(t, lvzhi.MustDate(2024, time.March, 1), lvzhi.MustDate(2024, time.February, 28).AddDays(2))
	assert.Equal(t, 365, lvzhi.MustDate(2022, 1, 1).DaysUntil(lvzhi.MustDate(2023, 1, 1)))
	assert.Equal(t, 366, lvzhi.MustDate(2024, 1, 1).DaysUntil(lvzhi.MustDate(2025, 1, 1)))
	assert.Equal(t, -2, lvzhi.MustDate(2022, 1, 10).DaysUntil(d))
	assert.Equal(t, lvzhi.Date{}, lvzhi.Date{Year: 2022, Month: 2, Day: 30}.AddDays(1))
	assert.Equal(t, lvzhi.Date{}, lvzhi.MustDate(9999, 12, 31).AddDays(1))

	// Three months from 交办, clamped at month end.
	assert.Equal(t, lvzhi.MustDate(2022, time.August, 3), lvzhi.MustDate(2022, time.May, 3).AddMonths(3))
	assert.Equal(t, lvzhi.MustDate(2023, time.February, 28), lvzhi.MustDate(2022, time.November, 30).AddMonths(3))
	assert.Equal(t, lvzhi.MustDate(2024, time.February, 29), lvzhi.MustDate(2023, time.November, 30).AddMonths(3))
	assert.Equal(t, lvzhi.MustDate(2021, time.December, 31), lvzhi.MustDate(2022, time.March, 31).AddMonths(-3))
}

func TestDateWeekdayMatchesTime(t *testing.T) {
	assert.Equal(t, time.Saturday, lvzhi.MustDate(2022, time.January, 8).Weekday())
	// Walk ten years day by day and compare with package time.
	d := lvzhi.MustDate(2018, time.January, 1)
	tm := time.Date(2018, time.January, 1, 0, 0, 0, 0, time.UTC)
	for range 3653 {
		require.Equal(t, tm.Weekday(), d.Weekday(), d.String())
		require.Equal(t, lvzhi.DateOf(tm), d)
		d, tm = d.AddDays(1), tm.AddDate(0, 0, 1)
	}
}

func TestDateCompare(t *testing.T) {
	a, b := lvzhi.MustDate(2022, 1, 8), lvzhi.MustDate(2022, 1, 10)
	assert.Equal(t, -1, a.Compare(b))
	assert.Equal(t, 1, b.Compare(a))
	assert.Equal(t, 0, a.Compare(a))
	assert.True(t, a.Before(b))
	assert.True(t, b.After(a))
	assert.False(t, a.After(a))
	assert.True(t, lvzhi.Date{}.Before(a), "the zero Date sorts first")
	assert.Equal(t, -1, lvzhi.MustDate(2021, 12, 31).Compare(lvzhi.MustDate(2022, 1, 1)))
	assert.Equal(t, -1, lvzhi.MustDate(2022, 1, 31).Compare(lvzhi.MustDate(2022, 2, 1)))
}

func TestDateJSON(t *testing.T) {
	type rec struct {
		When lvzhi.Date `json:"when"`
		Opt  lvzhi.Date `json:"opt,omitzero"`
	}
	b, err := json.Marshal(rec{When: lvzhi.MustDate(2022, 5, 3)})
	require.NoError(t, err)
	assert.JSONEq(t, `{"when":"2022-05-03"}`, string(b))
	var r rec
	require.NoError(t, json.Unmarshal(b, &r))
	assert.Equal(t, lvzhi.MustDate(2022, 5, 3), r.When)
	assert.True(t, r.Opt.IsZero())

	require.NoError(t, json.Unmarshal([]byte(`{"when":""}`), &r))
	assert.True(t, r.When.IsZero())
	err = json.Unmarshal([]byte(`{"when":"2022-02-30"}`), &r)
	assert.ErrorIs(t, err, lvzhi.ErrOutOfRange)

	_, err = json.Marshal(rec{When: lvzhi.Date{Year: 2022, Month: 2, Day: 30}})
	assert.ErrorIs(t, err, lvzhi.ErrOutOfRange, "an invalid Date must not be written")
}

func TestNewDate(t *testing.T) {
	_, err := lvzhi.NewDate(2022, 2, 29)
	var ve *lvzhi.ValueError
	require.ErrorAs(t, err, &ve)
	assert.Equal(t, "2022-02-29", ve.Value)
	assert.Panics(t, func() { lvzhi.MustDate(2022, 13, 1) })
	assert.False(t, lvzhi.Date{}.IsValid())
	assert.Equal(t, "", lvzhi.Date{}.String())
}

func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"2022-01-08", "2024-02-29", "0000-00-00", "9999-12-31", "2022-1-08", "", "abcd-ef-gh"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := lvzhi.ParseDate(s)
		if err != nil {
			var pe *lvzhi.ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("error of type %T", err)
			}
			return
		}
		if !d.IsValid() {
			t.Fatalf("ParseDate(%q) returned invalid %v", s, d)
		}
		if d.String() != s {
			t.Fatalf("round trip: %q → %q", s, d.String())
		}
		b, err := d.MarshalText()
		if err != nil || string(b) != s {
			t.Fatalf("MarshalText(%q) = %q, %v", s, b, err)
		}
	})
}
