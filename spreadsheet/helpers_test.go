package spreadsheet

import (
	"sync"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/lvzhi-go/lvzhi/internal/synth"
	"github.com/lvzhi-go/lvzhi/member"
	"github.com/lvzhi-go/lvzhi/summary"
)

var (
	districtOnce sync.Once
	district     *summary.Records
	districtErr  error
)

// districtRecords returns synthetic records of a district committee,
// generated once.
func districtRecords(tb testing.TB) *summary.Records {
	tb.Helper()
	districtOnce.Do(func() {
		cfg := synth.District()
		cfg.Duties, cfg.IDNumbers = true, true
		district, districtErr = synth.Generate(cfg)
	})
	require.NoError(tb, districtErr)
	return district
}

// rosterOf builds the roster of rec.
func rosterOf(tb testing.TB, rec *summary.Records) *member.Roster {
	tb.Helper()
	sectors, err := member.NewSectors(rec.LocalSectors...)
	require.NoError(tb, err)
	ro, err := member.NewRosterOf(sectors, rec.Members...)
	require.NoError(tb, err)
	return ro
}
