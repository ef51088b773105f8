package session_test

import (
	"errors"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/session"
)

func d(m time.Month, day int) lvzhi.Date { return lvzhi.MustDate(2022, m, day) }

func days(m1 time.Month, d1 int, m2 time.Month, d2 int) lvzhi.DateRange {
	return lvzhi.DateRange{From: d(m1, d1), To: d(m2, d2)}
}

// committee is the district committee of the seed summary.
func committee() lvzhi.Committee {
	return lvzhi.Committee{
		Name:      "中国人民政治协商会议柳州市某区委员会",
		ShortName: "区政协",
		Level:     lvzhi.LevelCounty,
		Term:      9,
		TermDates: lvzhi.DateRange{From: lvzhi.MustDate(2021, time.December, 28), To: lvzhi.MustDate(2026, time.December, 31)},
		Superior:  "市政协",
	}
}

func numbered(id string, k session.Kind, term, sitting int, r lvzhi.DateRange) session.Session {
	return session.Session{ID: lvzhi.SessionID(id), Kind: k, Term: term, Sitting: sitting, Dates: r}
}

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
