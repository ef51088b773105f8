package lvzhi_test

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/lvzhi-go/lvzhi"
)

func TestPeriodRange(t *testing.T) {
	d := lvzhi.MustDate
	cases := []struct {
		p        lvzhi.Period
		text     string
		from, to lvzhi.Date
	}{
		{lvzhi.Year(2022), "2022", d(2022, 1, 1), d(2022, 12, 31)},
		{lvzhi.FirstHalf(2022), "2022-H1", d(2022, 1, 1), d(2022, 6, 30)},
		{lvzhi.SecondHalf(2022), "2022-H2", d(2022, 7, 1), d(2022, 12, 31)},
		{lvzhi.Quarter(2022, 1), "2022-Q1", d(2022, 1, 1), d(2022, 3, 31)},
		{lvzhi.Quarter(2024, 4), "2024-Q4", d(2024, 10, 1), d(2024, 12, 31)},
		{lvzhi.Month(2024, time.February), "2024-02", d(2024, 2, 1), d(2024, 2, 29)},
		{lvzhi.Month(2023, time.February), "2023-02", d(2023, 2, 1), d(2023, 2, 28)},
		{lvzhi.Custom(lvzhi.DateRange{From: d(2022, 1, 10), To: d(2022, 6, 15)}), "2022-01-10/2022-06-15", d(2022, 1, 10), d(2022, 6, 15)},
	}
	for _, tc := range cases {
		require.NoError(t, tc.p.Validate(), tc.text)
		assert.Equal(t, lvzhi.DateRange{From: tc.from, To: tc.to}, tc.p.Range(), tc.text)
		assert.Equal(t, tc.text, tc.p.String())
		back, err := lvzhi.ParsePeriod(tc.text)
		require.NoError(t, err, tc.text)
		assert.Equal(t, tc.p, back)
		assert.True(t, tc.p.Contains(tc.from) && tc.p.Contains(tc.to) && !tc.p.Contains(tc.to.AddDays(1)))
	}
	assert.Equal(t, "上半年", lvzhi.PeriodFirstHalf.String())
	assert.Equal(t, "PeriodKind(99)", lvzhi.PeriodKind(99).String())
}

func TestPeriodInvalid(t *testing.T) {
	for _, p := range []lvzhi.Period{
		lvzhi.Quarter(2022, 0), lvzhi.Quarter(2022, 5), lvzhi.Month(2022, 13), lvzhi.Year(0),
		{Kind: 42, Year: 2022}, lvzhi.Custom(lvzhi.DateRange{From: lvzhi.MustDate(2022, 2, 1), To: lvzhi.MustDate(2022, 1, 1)}),
	} {
		assert.Error(t, p.Validate(), "%#v", p)
		assert.True(t, p.Range().IsZero())
		_, err := p.MarshalText()
		assert.Error(t, err)
	}
	for _, s := range []string{"22", "2022-H3", "2022-Q0", "2022-Q5", "2022-13", "2022-1", "202A", "2022-QX", "2022-X1-"} {
		_, err := lvzhi.ParsePeriod(s)
		assert.Error(t, err, s)
	}
}

func TestPeriodJSON(t *testing.T) {
	type rep struct {
		Period lvzhi.Period `json:"period"`
	}
	b, err := json.Marshal(rep{lvzhi.FirstHalf(2022)})
	require.NoError(t, err)
	assert.JSONEq(t, `{"period":"2022-H1"}`, string(b))
	var r rep
	require.NoError(t, json.Unmarshal([]byte(`{"period":"2022-Q2"}`), &r))
	assert.Equal(t, lvzhi.Quarter(2022, 2), r.Period)
	assert.Error(t, json.Unmarshal([]byte(`{"period":"2022-Q9"}`), &r))
}

func FuzzParsePeriod(f *testing.F) {
	for _, s := range []string{"2022", "2022-H1", "2022-H2", "2022-Q3", "2022-07", "2022-01-08/2022-06-30", "2022-", "x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		p, err := lvzhi.ParsePeriod(s)
		if err != nil {
			return
		}
		if p.Validate() != nil {
			t.Fatalf("ParsePeriod(%q) returned invalid %#v", s, p)
		}
		back, err := lvzhi.ParsePeriod(p.String())
		if err != nil || back != p {
			t.Fatalf("round trip %q → %q: %v", s, p.String(), err)
		}
	})
}
