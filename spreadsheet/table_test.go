package spreadsheet

import (
	"bytes"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/xuri/excelize/v2"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/member"
	"github.com/lvzhi-go/lvzhi/proposal"
	"github.com/lvzhi-go/lvzhi/table"
)

// openBook opens written XLSX bytes for inspection.
func openBook(t *testing.T, b []byte) *excelize.File {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(b))
	require.NoError(t, err)
	t.Cleanup(func() { f.Close() })
	return f
}

// The 承办单位办理情况表 of package proposal is written with its title, its
// two-row header merged as in the table, numbers as numbers, the header
// bold and frozen, and the same bytes every time.
func TestWriteHandlingTable(t *testing.T) {
	rec := districtRecords(t)
	year := lvzhi.Year(2022).Range()
	tab := proposal.HandlingOf(rec.Proposals, rec.ProposalRules.Grades, year.To).Table()
	var a, b bytes.Buffer
	require.NoError(t, WriteTable(&a, tab, ExportOptions{}))
	require.NoError(t, WriteTable(&b, tab, ExportOptions{}))
	assert.True(t, bytes.Equal(a.Bytes(), b.Bytes()), "two exports differ")

	f := openBook(t, a.Bytes())
	sheet := f.GetSheetList()[0]
	assert.Equal(t, sheetName(tab.Title), sheet)
	title, _ := f.GetCellValue(sheet, "A1")
	assert.Equal(t, tab.Title, title)
	a2, _ := f.GetCellValue(sheet, "A2")
	assert.Equal(t, tab.Header[0][0].Text, a2)
	merges, err := f.GetMergeCells(sheet)
	require.NoError(t, err)
	var refs []string
	for _, m := range merges {
		refs = append(refs, m.GetStartAxis()+":"+m.GetEndAxis())
	}
	assert.Contains(t, refs, "A2:A3", "承办单位 spans the two header rows")

	// Body: the first unit's 交办件数 is a number.
	typ, err := f.GetCellType(sheet, "B4")
	require.NoError(t, err)
	assert.NotEqual(t, excelize.CellTypeSharedString, typ)
	assert.NotEqual(t, excelize.CellTypeInlineString, typ)
	v, _ := f.GetCellValue(sheet, "B4")
	assert.Equal(t, tab.Rows[0][1].Text, v)

	// Bold header and frozen panes.
	sid, err := f.GetCellStyle(sheet, "A2")
	require.NoError(t, err)
	st, err := f.GetStyle(sid)
	require.NoError(t, err)
	require.NotNil(t, st.Font)
	assert.True(t, st.Font.Bold)
	panes, err := f.GetPanes(sheet)
	require.NoError(t, err)
	assert.True(t, panes.Freeze)
	assert.Equal(t, 3, panes.YSplit)

	// The unit column is as wide as its longest name (2 units a character).
	w, err := f.GetColWidth(sheet, "A")
	require.NoError(t, err)
	longest := 0
	for _, r := range tab.Rows {
		longest = max(longest, displayWidth(r[0].Text))
	}
	assert.Equal(t, float64(min(longest+2, 60)), w)

	// The notes follow the total row.
	last := 3 + len(tab.Rows) + 1 + len(tab.Notes)
	n, _ := f.GetCellValue(sheet, cellName(1, last))
	assert.True(t, strings.HasPrefix(n, "注"), n)
}

// Duty records written and read back are the same, and the duty tables
// give points and grades.
func TestDutiesRoundTripAndTables(t *testing.T) {
	rec := districtRecords(t)
	ro := rosterOf(t, rec)
	require.NotEmpty(t, rec.Duties)
	var buf bytes.Buffer
	require.NoError(t, WriteDuties(&buf, rec.Duties, ExportOptions{Roster: ro}))
	got, err := ReadDuties(bytes.NewReader(buf.Bytes()), "履职记录.xlsx", Options{Roster: ro})
	require.NoError(t, err)
	assert.Equal(t, rec.Duties, got.Duties)

	scheme := member.DefaultScheme()
	tallies, err := scheme.Tally(ro, rec.Duties, lvzhi.Year(2022).Range())
	require.NoError(t, err)
	dt := DutyTable(ro, tallies)
	require.NoError(t, dt.Validate())
	require.Len(t, dt.Rows, len(tallies))
	first := dt.Rows[0]
	assert.Equal(t, tallies[0].Name, first[2].Text)
	assert.Equal(t, tallies[0].Grade, first[len(first)-1].Text)

	groups, err := scheme.GroupTallies(ro, rec.Duties, lvzhi.Year(2022).Range())
	require.NoError(t, err)
	gt := GroupTable(groups)
	require.NoError(t, gt.Validate())
	st := SectorTable(ro, tallies)
	require.NoError(t, st.Validate())
	total := 0
	for _, r := range st.Rows {
		total += atoi(t, r[1].Text)
	}
	assert.Equal(t, ro.Len(), total, "every member counted once")
	for _, tb := range []table.Table{dt, gt, st} {
		var out bytes.Buffer
		require.NoError(t, WriteTable(&out, tb, ExportOptions{}), tb.Title)
	}
}

// A duty sheet from an office: short kind names, names for members, and
// problems named by cell.
func TestReadDutiesProblems(t *testing.T) {
	rec := districtRecords(t)
	ro := rosterOf(t, rec)
	m := ro.Members()[0]
	csv := "姓名,会议日期,类型,半天数,请假原因\n" +
		m.Name + ",2022-01-08,出席,2,\n" +
		m.Name + ",2022-01-08,请假,,\n" +
		"无名氏,2022-13-01,出勤,,\n"
	_, err := ReadDuties(strings.NewReader(csv), "签到表.csv", Options{Roster: ro})
	var ps Problems
	require.ErrorAs(t, err, &ps)
	var cells []string
	for _, p := range ps {
		cells = append(cells, p.Cell())
	}
	assert.Equal(t, []string{"签到表!E3", "签到表!A4", "签到表!B4", "签到表!C4"}, cells, ps.Error())
}

func atoi(t *testing.T, s string) int {
	t.Helper()
	n := 0
	for _, r := range s {
		require.True(t, r >= '0' && r <= '9', s)
		n = n*10 + int(r-'0')
	}
	return n
}

// A long sheet reports its progress every 1,000 rows.
func TestProgress(t *testing.T) {
	var b strings.Builder
	b.WriteString("委员,日期,履职类型\n")
	for range 2100 {
		b.WriteString("m1,2022-01-08,出席全体会议\n")
	}
	var seen []int
	got, err := ReadDuties(strings.NewReader(b.String()), "履职记录.csv", Options{Progress: func(row int) { seen = append(seen, row) }})
	require.NoError(t, err)
	assert.Len(t, got.Duties, 2100)
	assert.Equal(t, []int{1000, 2000}, seen)
}
