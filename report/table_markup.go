package report

import (
	"strconv"
	"strings"

	"github.com/lvzhi-go/lvzhi/table"
)

// columnAlign returns the alignment of column c of t as a whole, for
// formats that align columns rather than cells (Markdown): the column's
// own alignment, right for a numeric column or one whose body cells all
// read as numbers, left otherwise.
func columnAlign(t *table.Table, c int) table.Align {
	if c < len(t.Columns) {
		if a := t.Columns[c].Align; a != table.AlignAuto {
			return a
		}
		if t.Columns[c].Numeric {
			return table.AlignRight
		}
	}
	seen := false
	for _, r := range table.Grid(t.Rows, t.Width()) {
		s := r[c]
		if !s.Lead || s.Col != c {
			continue
		}
		if !table.IsNumber(s.Cell.Text) {
			return table.AlignLeft
		}
		seen = true
	}
	if seen {
		return table.AlignRight
	}
	return table.AlignLeft
}

// headerNames returns one name per column for formats with a single
// header row (Markdown): the texts of the header cells covering the
// column from top to bottom, joined with "·" (答复情况·已答复); a cell
// spanning several rows counts once. A column whose header cells all start
// in a column to its left (项目 spanning two columns with nothing below)
// gets no name: the merged header is named once.
func headerNames(t *table.Table) []string {
	names := make([]string, t.Width())
	grid := table.Grid(t.Header, t.Width())
	for c := range names {
		var parts []string
		own := false
		for r, row := range grid {
			s := row[c]
			if s.Row < 0 || r > 0 && grid[r-1][c].Row == s.Row && grid[r-1][c].Col == s.Col {
				continue
			}
			if txt := cellText(s.Cell.Text); txt != "" {
				parts = append(parts, txt)
				own = own || s.Col == c
			}
		}
		if own {
			names[c] = strings.Join(parts, "·")
		}
	}
	return names
}

// mdTable writes t as a GitHub Flavored Markdown pipe table: the caption
// as a bold paragraph, one header row (merged header cells flattened by
// [headerNames]), the alignment row, the body and total rows with each
// merged cell written once in its first position and the positions it
// covers left empty, and the notes as paragraphs.
func mdTable(b *strings.Builder, t *table.Table) {
	if t.Title != "" {
		b.WriteString("**" + mdEscape(cellText(t.Title), false) + "**\n\n")
	}
	row := func(cells []string) {
		b.WriteByte('|')
		for _, c := range cells {
			b.WriteString(" " + mdEscape(c, false) + " |")
		}
		b.WriteByte('\n')
	}
	row(headerNames(t))
	b.WriteByte('|')
	for c := range t.Width() {
		switch columnAlign(t, c) {
		case table.AlignRight:
			b.WriteString(" ---: |")
		case table.AlignCenter:
			b.WriteString(" :---: |")
		default:
			b.WriteString(" --- |")
		}
	}
	b.WriteByte('\n')
	for _, r := range tableRows(t) {
		if r.header {
			continue
		}
		cells := make([]string, t.Width())
		for c, s := range r.slots {
			if s.Lead {
				cells[c] = cellText(s.Cell.Text)
			}
		}
		row(cells)
	}
	if len(t.Notes) > 0 {
		b.WriteString("\n")
		mdParagraph(b, strings.Join(t.NoteLines(), "\n"))
		b.WriteString("\n")
	}
}

// shortHeader is the widest header text, in half-width columns, that an
// HTML table keeps on one line: four Chinese characters (已答复, 基本满意).
// Longer ones (逾期未答复) may wrap where the browser needs room.
const shortHeader = 8

// htmlTable writes t as a semantic HTML table (class data-table, with
// small or smaller when it needs a smaller type to fit): caption, thead with th
// cells (scope="col", colspan and rowspan for merged ones), tbody, a
// tfoot of class total for the total row, each cell with a class naming
// its alignment (align-left, align-center, align-right), then the notes
// as p elements of class table-note.
func htmlTable(b *strings.Builder, t *table.Table) {
	b.WriteString(`<table class="data-table` + tableSizeClass(t) + `">` + "\n")
	if t.Title != "" {
		b.WriteString("<caption>")
		htmlText(b, t.Title)
		b.WriteString("</caption>\n")
	}
	part := func(tag string, rows [][]table.Cell, header bool, class string) {
		if len(rows) == 0 {
			return
		}
		b.WriteString("<" + tag + ">\n")
		for _, r := range table.Grid(rows, t.Width()) {
			if class != "" {
				b.WriteString(`<tr class="` + class + `">`)
			} else {
				b.WriteString("<tr>")
			}
			for c, s := range r {
				if !s.Lead {
					continue
				}
				cell := "td"
				if header {
					cell = "th"
				}
				b.WriteString("<" + cell)
				if header {
					b.WriteString(` scope="col"`)
				}
				if n := s.Cell.Cols(); n > 1 {
					b.WriteString(` colspan="` + strconv.Itoa(n) + `"`)
				}
				if n := s.Cell.RowsSpanned(); n > 1 {
					b.WriteString(` rowspan="` + strconv.Itoa(n) + `"`)
				}
				class := alignClass(t.CellAlign(s.Cell, c, header))
				if header && textWidth(s.Cell.Text) <= shortHeader && !strings.ContainsAny(s.Cell.Text, "\r\n") {
					class += " nowrap" // 主办, A类, 已答复: never 主/办
				}
				b.WriteString(` class="` + class + `">`)
				htmlText(b, s.Cell.Text)
				b.WriteString("</" + cell + ">")
			}
			b.WriteString("</tr>\n")
		}
		b.WriteString("</" + tag + ">\n")
	}
	part("thead", t.Header, true, "")
	part("tbody", t.Rows, false, "")
	if len(t.Total) > 0 {
		part("tfoot", [][]table.Cell{t.Total}, false, "total")
	}
	b.WriteString("</table>\n")
	for i, n := range t.NoteLines() {
		if i > 0 {
			b.WriteString(`<p class="table-note more">`)
		} else {
			b.WriteString(`<p class="table-note">`)
		}
		htmlText(b, n)
		b.WriteString("</p>\n")
	}
}

func alignClass(a table.Align) string {
	switch a {
	case table.AlignRight:
		return "align-right"
	case table.AlignCenter:
		return "align-center"
	}
	return "align-left"
}

// tableSizeClass returns " small" (小四, 12 pt) or " smaller" (五号,
// 10.5 pt) for a table whose columns would not fit the 156 mm line in 4号
// (14 pt, 31.6 characters with a character of padding per column), as the
// DOCX writer shrinks it, or "".
func tableSizeClass(t *table.Table) string {
	chars := float64(t.Width()) // padding
	for _, w := range t.Widths(func(s string) float64 { return float64(textWidth(cellText(s))) / 2 }, 0) {
		chars += max(w, 2)
	}
	const line = 442.25 // the 156 mm line in points
	switch {
	case chars*14 <= line:
		return ""
	case chars*12 <= line:
		return " small"
	}
	return " smaller"
}
