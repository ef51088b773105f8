package archive_test

import (
	"os"
	"sync"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/archive"
	"github.com/lvzhi-go/lvzhi/member"
	"github.com/lvzhi-go/lvzhi/summary"
)

var halfyear = sync.OnceValues(func() (*summary.Records, error) {
	f, err := os.Open("../examples/halfyear/data/records.json")
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return summary.Load(f)
})

// halfyearRecords loads the records of the main example.
func halfyearRecords(tb testing.TB) *summary.Records {
	tb.Helper()
	rec, err := halfyear()
	require.NoError(tb, err)
	return rec
}

// halfyearBook returns the book of the main example's half year.
func halfyearBook(tb testing.TB) *archive.Book {
	tb.Helper()
	b, err := archive.New(halfyearRecords(tb), lvzhi.FirstHalf(2022), archive.Options{})
	require.NoError(tb, err)
	return b
}

// lvID converts a string to a member ID.
func lvID(s string) lvzhi.MemberID { return lvzhi.MemberID(s) }

// rosterOf returns the roster of the records' members.
func rosterOf(tb testing.TB, rec *summary.Records) *member.Roster {
	tb.Helper()
	sectors, err := member.NewSectors(rec.LocalSectors...)
	require.NoError(tb, err)
	roster, err := member.NewRosterOf(sectors, rec.Members...)
	require.NoError(tb, err)
	return roster
}
