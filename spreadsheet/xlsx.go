package spreadsheet

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"slices"
	"time"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"
)

// The fixed document properties of every workbook, so that the same data
// gives the same bytes.
var docProps = excelize.DocProperties{
	Creator:        "lvzhi",
	LastModifiedBy: "lvzhi",
	Created:        "2000-01-01T00:00:00Z",
	Modified:       "2000-01-01T00:00:00Z",
	Language:       "zh-CN",
}

// writeXLSX writes s as a one-sheet workbook with excelize's streaming
// writer: bold header rows frozen at the top, widths fitting the text,
// dates as yyyy-mm-dd and whole numbers as numbers.
func writeXLSX(w io.Writer, s sheet) error {
	f := excelize.NewFile()
	defer f.Close()
	if err := f.SetSheetName("Sheet1", s.name); err != nil {
		return err
	}
	props := docProps
	props.Title = s.name
	if err := f.SetDocProps(&props); err != nil {
		return err
	}
	border := []excelize.Border{{Type: "left", Color: "999999", Style: 1}, {Type: "right", Color: "999999", Style: 1},
		{Type: "top", Color: "999999", Style: 1}, {Type: "bottom", Color: "999999", Style: 1}}
	// A table has ruled cells; a data sheet (roster, register) is a plain
	// list whose empty cells are not written at all.
	cells := border
	if s.plain {
		cells = nil
	}
	hdr, err := f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true}, Border: border,
		Fill:      excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"E7E6E6"}},
		Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "center", WrapText: true}})
	if err != nil {
		return err
	}
	dateFmt, intFmt, pctFmt, wholeFmt, decFmt := "yyyy-mm-dd", "0", "0.0%", "0%", "0.0"
	styles := map[kind]*excelize.Style{
		kText:    {Border: cells, Alignment: &excelize.Alignment{Vertical: "center"}},
		kInt:     {Border: cells, CustomNumFmt: &intFmt},
		kDate:    {Border: cells, CustomNumFmt: &dateFmt, Alignment: &excelize.Alignment{Horizontal: "center"}},
		kPercent: {Border: cells, CustomNumFmt: &pctFmt},
		kDecimal: {Border: cells, CustomNumFmt: &decFmt},
		kHeading: {Font: &excelize.Font{Bold: true}, Border: cells},
		kTitle:   {Font: &excelize.Font{Bold: true, Size: 16}, Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "center"}},
		kNote:    {Alignment: &excelize.Alignment{Horizontal: "left", WrapText: false}},
	}
	wholePct, err := f.NewStyle(&excelize.Style{Border: cells, CustomNumFmt: &wholeFmt})
	if err != nil {
		return err
	}
	ids := map[kind]int{}
	for _, k := range []kind{kText, kInt, kDate, kPercent, kDecimal, kHeading, kTitle, kNote} {
		if ids[k], err = f.NewStyle(styles[k]); err != nil {
			return err
		}
	}
	if err := pageSetup(f, s); err != nil {
		return err
	}
	sw, err := f.NewStreamWriter(s.name)
	if err != nil {
		return err
	}
	for i, wd := range colWidths(s) {
		if err := sw.SetColWidth(i+1, i+1, wd); err != nil {
			return err
		}
	}
	ncol := 0
	for _, h := range s.header {
		ncol = max(ncol, len(h))
	}
	hdrTop := 1 // the sheet row of the first header row
	if s.title != "" {
		hdrTop = 2
	}
	bodyTop := hdrTop + len(s.header)
	top := cellName(1, bodyTop)
	if err := sw.SetPanes(&excelize.Panes{Freeze: true, YSplit: bodyTop - 1, TopLeftCell: top, ActivePane: "bottomLeft",
		Selection: []excelize.Selection{{SQRef: top, ActiveCell: top, Pane: "bottomLeft"}}}); err != nil {
		return err
	}
	merge := func(row, col, rows, cols int) error {
		if rows <= 1 && cols <= 1 {
			return nil
		}
		return sw.MergeCell(cellName(col, row), cellName(col+cols-1, row+rows-1))
	}
	if s.title != "" {
		vals := []any{excelize.Cell{StyleID: ids[kTitle], Value: s.title}}
		if err := sw.SetRow("A1", vals, excelize.RowOpts{Height: 28}); err != nil {
			return err
		}
		if err := merge(1, 1, 1, ncol); err != nil {
			return err
		}
	}
	for r, h := range s.header {
		vals := make([]any, len(h))
		for i, t := range h {
			vals[i] = excelize.Cell{StyleID: hdr, Value: t}
		}
		if err := sw.SetRow(cellName(1, hdrTop+r), vals, excelize.RowOpts{Height: 20}); err != nil {
			return err
		}
	}
	for _, m := range s.hmerges {
		if err := merge(hdrTop+m.row, m.col+1, m.rows, m.cols); err != nil {
			return err
		}
	}
	for _, m := range s.bmerges {
		if err := merge(bodyTop+m.row, m.col+1, m.rows, m.cols); err != nil {
			return err
		}
	}
	vals := make([]any, 0, ncol)
	for i, r := range s.rows {
		row := bodyTop + i
		vals = vals[:0]
		for _, c := range r {
			var v any
			switch c.kind {
			case kInt, kPercent, kDecimal:
				v = c.n
			case kDate:
				v = c.d.Time(time.UTC)
			default:
				v = c.s
			}
			if c.kind == kText && c.s == "" && s.plain {
				vals = append(vals, nil) // an empty cell is not written
				continue
			}
			style := ids[c.kind]
			if c.kind == kPercent && wholePercent(c.n) {
				style = wholePct
			}
			vals = append(vals, excelize.Cell{StyleID: style, Value: v})
		}
		if len(r) == 1 && r[0].kind == kHeading && ncol > 1 {
			for len(vals) < ncol {
				vals = append(vals, excelize.Cell{StyleID: ids[kHeading]})
			}
			if err := merge(row, 1, 1, ncol); err != nil {
				return err
			}
		}
		if err := sw.SetRow(cellName(1, row), vals); err != nil {
			return err
		}
	}
	for i, n := range s.notes {
		row := bodyTop + len(s.rows) + i
		if err := sw.SetRow(cellName(1, row), []any{excelize.Cell{StyleID: ids[kNote], Value: n}}); err != nil {
			return err
		}
		if err := merge(row, 1, 1, ncol); err != nil {
			return err
		}
	}
	if err := sw.Flush(); err != nil {
		return err
	}
	var buf bytes.Buffer
	if _, err := f.WriteTo(&buf); err != nil {
		return err
	}
	return canonicalZip(w, buf.Bytes())
}

// pageSetup prints s on A4 pages one page wide, landscape when its
// columns are wider than a portrait page holds, repeating the title and
// header rows on every page.
func pageSetup(f *excelize.File, s sheet) error {
	total := 0.0
	for _, w := range colWidths(s) {
		total += w
	}
	orient, a4, wide, tall, fit := "portrait", 9, 1, 0, true
	if total > 95 {
		orient = "landscape"
	}
	if err := f.SetPageLayout(s.name, &excelize.PageLayoutOptions{Size: &a4, Orientation: &orient, FitToWidth: &wide, FitToHeight: &tall}); err != nil {
		return err
	}
	if err := f.SetSheetProps(s.name, &excelize.SheetPropsOptions{FitToPage: &fit}); err != nil {
		return err
	}
	rows := len(s.header)
	if s.title != "" {
		rows++
	}
	return f.SetDefinedName(&excelize.DefinedName{Name: "_xlnm.Print_Titles", Scope: s.name,
		RefersTo: fmt.Sprintf("'%s'!$1:$%d", s.name, rows)})
}

func cellName(col, row int) string {
	s, _ := excelize.CoordinatesToCellName(col, row)
	return s
}

// canonicalZip rewrites a workbook's zip with its parts in a fixed order
// ([Content_Types].xml first, then by name) and no timestamps, so that the
// bytes depend only on the content.
func canonicalZip(w io.Writer, b []byte) error {
	zr, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		return err
	}
	files := slices.Clone(zr.File)
	slices.SortFunc(files, func(a, b *zip.File) int {
		ka, kb := a.Name != "[Content_Types].xml", b.Name != "[Content_Types].xml"
		if ka != kb {
			if !ka {
				return -1
			}
			return 1
		}
		switch {
		case a.Name < b.Name:
			return -1
		case a.Name > b.Name:
			return 1
		}
		return 0
	})
	zw := zip.NewWriter(w)
	for _, f := range files {
		if !utf8.ValidString(f.Name) {
			return fmt.Errorf("bad part name %q", f.Name)
		}
		// The compressed data is copied as it is: only the order of the
		// parts and their headers change.
		hdr := &zip.FileHeader{Name: f.Name, Method: f.Method, CRC32: f.CRC32,
			CompressedSize64: f.CompressedSize64, UncompressedSize64: f.UncompressedSize64}
		out, err := zw.CreateRaw(hdr)
		if err != nil {
			return err
		}
		rc, err := f.OpenRaw()
		if err != nil {
			return err
		}
		if _, err := io.Copy(out, rc); err != nil {
			return err
		}
	}
	return zw.Close()
}
