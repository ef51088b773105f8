package research_test

import (
	"errors"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/lvzhi-go/lvzhi"
)

func d(m time.Month, day int) lvzhi.Date { return lvzhi.MustDate(2022, m, day) }

func days(m1 time.Month, d1 int, m2 time.Month, d2 int) lvzhi.DateRange {
	return lvzhi.DateRange{From: d(m1, d1), To: d(m2, d2)}
}

// month is the whole of month m of 2022, for events known only by month.
func month(m time.Month) lvzhi.DateRange {
	return lvzhi.DateRange{From: d(m, 1), To: d(m, lvzhi.DaysIn(2022, m))}
}

// half is the first half of 2022, for events the summary dates only so.
var half = lvzhi.FirstHalf(2022).Range()

// fields returns the field paths of err, which must be ValidationErrors.
func fields(tb testing.TB, err error) []string {
	tb.Helper()
	var verrs lvzhi.ValidationErrors
	require.True(tb, errors.As(err, &verrs), "want ValidationErrors, got %v", err)
	out := make([]string, len(verrs))
	for i, fe := range verrs {
		require.NotEmpty(tb, fe.Message)
		require.NotEmpty(tb, fe.Label)
		out[i] = fe.Field
	}
	return out
}
