package spreadsheet

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/lvzhi-go/lvzhi/table"
)

// WriteTable writes any table.Table as a sheet: its title in a merged row
// above the header, the header rows (merged cells as merged cells, bold,
// frozen), the body and total rows with numbers as numbers (44) and rates
// as percentages (86.4%), and the notes below. The sheet is named after
// the title (at most 31 characters, as spreadsheets allow).
func WriteTable(w io.Writer, t table.Table, opts ExportOptions) error {
	s, err := tableSheet(t)
	if err != nil {
		return err
	}
	return write(w, s, opts)
}

// tableSheet lays t out as a sheet.
func tableSheet(t table.Table) (sheet, error) {
	if err := t.Validate(); err != nil {
		return sheet{}, fmt.Errorf("表格无法导出：%w", err)
	}
	name := sheetName(t.Title)
	s := sheet{name: name, title: t.Title}
	width := t.Width()
	for r, row := range table.Grid(t.Header, width) {
		h := make([]string, width)
		for c, slot := range row {
			if slot.Lead {
				h[c] = slot.Cell.Text
				s.hmerges = append(s.hmerges, span{row: r, col: c, rows: slot.Cell.RowsSpanned(), cols: slot.Cell.Cols()})
			}
		}
		s.header = append(s.header, h)
	}
	for r, row := range table.Grid(t.Rows, width) {
		s.rows = append(s.rows, gridRow(row, t, r, &s.bmerges))
	}
	if len(t.Total) > 0 {
		for _, row := range table.Grid([][]table.Cell{t.Total}, width) {
			s.rows = append(s.rows, gridRow(row, t, len(t.Rows), &s.bmerges))
		}
	}
	for _, n := range t.Notes {
		if !strings.HasPrefix(n, "注") {
			n = "注：" + n
		}
		s.notes = append(s.notes, n)
	}
	return s, nil
}

// gridRow converts one grid row; r is its index among the body rows.
func gridRow(row []table.Slot, t table.Table, r int, merges *[]span) []cell {
	out := make([]cell, len(row))
	for c, slot := range row {
		if !slot.Lead {
			out[c] = text("")
			continue
		}
		if slot.Cell.Cols() > 1 || slot.Cell.RowsSpanned() > 1 {
			*merges = append(*merges, span{row: r, col: c, rows: slot.Cell.RowsSpanned(), cols: slot.Cell.Cols()})
		}
		out[c] = numberCell(slot.Cell.Text, c < len(t.Columns) && t.Columns[c].Numeric)
	}
	return out
}

// numberCell turns the text of a table cell into a number when it reads
// as one: a whole number (1,200 → 1200) or a percentage (86.4%); other
// text stays text.
func numberCell(s string, numeric bool) cell {
	plain := strings.ReplaceAll(s, ",", "")
	if p, ok := strings.CutSuffix(plain, "%"); ok {
		if f, err := strconv.ParseFloat(p, 64); err == nil {
			return percent(f / 100)
		}
	}
	if n, err := strconv.Atoi(plain); err == nil && (numeric || table.IsNumber(s)) {
		return integer(n)
	}
	if f, err := strconv.ParseFloat(plain, 64); err == nil && numeric && strconv.FormatFloat(f, 'f', 1, 64) == plain {
		return cell{kind: kDecimal, n: f}
	}
	return text(s)
}

// sheetName returns a valid sheet name for a title: characters a sheet
// name may not hold replaced by “_”, at most 31 characters, 表 when empty.
func sheetName(title string) string {
	title = strings.Map(func(r rune) rune {
		if strings.ContainsRune(`:\/?*[]`, r) {
			return '_'
		}
		return r
	}, title)
	if r := []rune(title); len(r) > 31 {
		title = string(r[:31])
	}
	if title == "" {
		return "表"
	}
	return title
}
