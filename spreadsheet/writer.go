package spreadsheet

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"io"
	"math"
	"strconv"

	"golang.org/x/text/width"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/member"
	"github.com/lvzhi-go/lvzhi/proposal"
	"github.com/lvzhi-go/lvzhi/zh"
)

// kind is the type of a written cell.
type kind int

const (
	kText kind = iota
	kInt
	kDate
	kPercent // a fraction, written 12.3%
	kDecimal // a number with one decimal: 12.5
	kHeading // a group heading spanning the row
	kTitle   // the sheet's title, above the header
	kNote    // a note under the data
)

// cell is one written cell.
type cell struct {
	kind kind
	s    string
	n    float64
	d    lvzhi.Date
}

func text(s string) cell     { return cell{kind: kText, s: s} }
func integer(n int) cell     { return cell{kind: kInt, n: float64(n)} }
func percent(f float64) cell { return cell{kind: kPercent, n: f} }
func heading(s string) cell  { return cell{kind: kHeading, s: s} }
func dateCell(d lvzhi.Date) cell {
	if d.IsZero() {
		return text("")
	}
	return cell{kind: kDate, d: d}
}

// String returns the cell as CSV writes it.
func (c cell) String() string {
	switch c.kind {
	case kInt:
		return strconv.FormatFloat(c.n, 'f', -1, 64)
	case kDecimal:
		return strconv.FormatFloat(c.n, 'f', 1, 64)
	case kDate:
		return c.d.String()
	case kPercent:
		if wholePercent(c.n) {
			return strconv.FormatFloat(c.n*100, 'f', 0, 64) + "%"
		}
		return strconv.FormatFloat(c.n*100, 'f', 1, 64) + "%"
	}
	return c.s
}

// wholePercent reports whether the fraction f is a whole percentage.
func wholePercent(f float64) bool { return math.Abs(f*100-math.Round(f*100)) < 1e-9 }

// span is a merged range of header cells, 0-based, inclusive.
type span struct{ row, col, rows, cols int }

// sheet is one worksheet to write: an optional title row, header rows
// (usually one), data rows and notes, with merged cells in the header
// (hmerges, rows counted from the first header row) and the body
// (bmerges, rows counted from the first data row).
type sheet struct {
	name    string
	title   string
	header  [][]string
	hmerges []span
	rows    [][]cell
	bmerges []span
	notes   []string
	plain   bool // a data sheet: no cell borders, empty cells left out
}

// ExportOptions changes how sheets are written.
type ExportOptions struct {
	// Format is XLSX (the default) or CSV.
	Format Format
	// Encoding is the encoding of CSV output: UTF-8 (the default) or
	// GB18030 for older systems.
	Encoding Encoding
	// BOM starts UTF-8 CSV output with a byte order mark, which some
	// spreadsheet programs need to recognise UTF-8.
	BOM bool
	// BySector groups a roster by 界别, each group under a heading row.
	BySector bool
	// Roster gives members' names: registers and duty tables name a member
	// whose name is unique in it by that name, others by ID (as
	// Options.Roster reads them back).
	Roster *member.Roster
	// Rules and Office are those a register will be read back under (see
	// Options); WriteRegister reports the proposals whose history the
	// sheet cannot carry under them.
	Rules  proposal.Rules
	Office string
}

// write writes s in the format of opts.
func write(w io.Writer, s sheet, opts ExportOptions) error {
	if opts.Format == CSV {
		return writeCSV(w, s, opts)
	}
	return writeXLSX(w, s)
}

// writeCSV writes s as CSV; heading rows become one-cell rows.
func writeCSV(w io.Writer, s sheet, opts ExportOptions) error {
	var buf bytes.Buffer
	if opts.BOM && opts.Encoding != GB18030 {
		buf.WriteString("\uFEFF")
	}
	cw := csv.NewWriter(&buf)
	cw.UseCRLF = true
	if s.title != "" {
		if err := cw.Write([]string{s.title}); err != nil {
			return err
		}
	}
	for _, h := range s.header {
		if err := cw.Write(h); err != nil {
			return err
		}
	}
	rec := make([]string, 0, 32)
	for _, r := range s.rows {
		rec = rec[:0]
		for _, c := range r {
			rec = append(rec, c.String())
		}
		if err := cw.Write(rec); err != nil {
			return err
		}
	}
	for _, n := range s.notes {
		if err := cw.Write([]string{n}); err != nil {
			return err
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return err
	}
	out := buf.Bytes()
	if opts.Encoding == GB18030 {
		b, err := zh.EncodeGB18030(buf.String())
		if err != nil {
			return fmt.Errorf("无法以 GB18030 写出：%w", err)
		}
		out = b
	}
	_, err := w.Write(out)
	return err
}

// displayWidth is the width of s in spreadsheet character units: 2 for
// wide (Chinese) characters, 1 for the others.
func displayWidth(s string) int {
	n := 0
	for _, r := range s {
		switch width.LookupRune(r).Kind() {
		case width.EastAsianWide, width.EastAsianFullwidth:
			n += 2
		default:
			n++
		}
	}
	return n
}

// colWidths returns a width for every column that fits its longest
// header or cell (headings left out), between 6 and 60 units.
func colWidths(s sheet) []float64 {
	n := 0
	for _, h := range s.header {
		n = max(n, len(h))
	}
	ws := make([]int, n)
	wide := map[[2]int]bool{} // header cells merged across columns
	for _, m := range s.hmerges {
		if m.cols > 1 {
			wide[[2]int{m.row, m.col}] = true
		}
	}
	for r, h := range s.header {
		for i, t := range h {
			if !wide[[2]int{r, i}] {
				ws[i] = max(ws[i], displayWidth(t)+2) // bold headers are wider
			}
		}
	}
	for _, r := range s.rows {
		for i, c := range r {
			if i >= n || c.kind == kHeading || c.kind == kTitle || c.kind == kNote {
				continue
			}
			w := 10 // yyyy-mm-dd
			if c.kind != kDate {
				w = displayWidth(c.String())
			}
			ws[i] = max(ws[i], w)
		}
	}
	out := make([]float64, n)
	for i, w := range ws {
		out[i] = float64(min(max(w+2, 6), 60))
	}
	return out
}
