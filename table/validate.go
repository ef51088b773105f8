package table

import (
	"fmt"
	"strings"

	"github.com/lvzhi-go/lvzhi"
)

// Validate checks that t can be laid out exactly and returns every problem
// as [lvzhi.ValidationErrors] with Chinese messages naming the row and
// cell: a table without columns, rows that do not fill the width (ragged
// rows), spans that are negative or reach past the right or bottom edge of
// their part, cells that overlap, alignments out of range and empty notes.
// Header rows, body rows and the total row are separate parts: a span
// never reaches from one into the next.
func (t Table) Validate() error {
	var errs lvzhi.ValidationErrors
	add := func(field, label, rule, msg string) {
		errs = append(errs, lvzhi.FieldError{Field: field, Label: label, Rule: rule, Message: msg})
	}
	w := t.Width()
	if w == 0 {
		add("Columns", "列", "required", "表格至少要有一列")
	}
	for i, c := range t.Columns {
		if c.Align < AlignAuto || c.Align > AlignRight {
			add(fmt.Sprintf("Columns[%d].Align", i), fmt.Sprintf("第%d列.对齐", i+1), "oneof", fmt.Sprintf("对齐方式%d无效", int(c.Align)))
		}
	}
	if w > 0 {
		checkPart(add, t.Header, w, "Header", "表头")
		checkPart(add, t.Rows, w, "Rows", "数据")
		if len(t.Total) > 0 {
			checkPart(add, [][]Cell{t.Total}, w, "Total", "合计")
		}
	}
	for i, n := range t.Notes {
		if strings.TrimSpace(n) == "" {
			add(fmt.Sprintf("Notes[%d]", i), fmt.Sprintf("注[%d]", i+1), "required", "注不能为空")
		}
	}
	if len(errs) == 0 {
		return nil
	}
	if t.Title != "" {
		errs = errs.Prefix("", "表格《"+t.Title+"》")
	}
	return errs
}

// checkPart checks one part of a table (the header rows, the body rows or
// the total row) against width w.
func checkPart(add func(field, label, rule, msg string), rows [][]Cell, w int, field, label string) {
	taken := make([][]bool, len(rows))
	for r := range taken {
		taken[r] = make([]bool, w)
	}
	rowLabel := func(r int) string {
		if field == "Total" {
			return label + "行"
		}
		return fmt.Sprintf("%s第%d行", label, r+1)
	}
	for r, row := range rows {
		c := 0
		for i, cell := range row {
			f := fmt.Sprintf("%s[%d][%d]", field, r, i)
			if field == "Total" {
				f = fmt.Sprintf("%s[%d]", field, i)
			}
			l := fmt.Sprintf("%s第%d格", rowLabel(r), i+1)
			for c < w && taken[r][c] {
				c++
			}
			if cell.ColSpan < 0 || cell.RowSpan < 0 {
				add(f, l, "min", "合并的列数和行数不能为负数")
			}
			if cell.Align < AlignAuto || cell.Align > AlignRight {
				add(f+".Align", l+".对齐", "oneof", fmt.Sprintf("对齐方式%d无效", int(cell.Align)))
			}
			if c >= w {
				add(f, l, "width", fmt.Sprintf("本行已满%d列，这一格超出表格右边", w))
				break
			}
			if c+cell.Cols() > w {
				add(f+".ColSpan", l+".跨列", "width", fmt.Sprintf("从第%d列跨%d列，超出表格的%d列", c+1, cell.Cols(), w))
			}
			if r+cell.RowsSpanned() > len(rows) {
				add(f+".RowSpan", l+".跨行", "height", fmt.Sprintf("跨%d行，超出%s的%d行", cell.RowsSpanned(), label, len(rows)))
			}
			overlap := false
			for dr := 0; dr < cell.RowsSpanned() && r+dr < len(rows); dr++ {
				for dc := 0; dc < cell.Cols() && c+dc < w; dc++ {
					if taken[r+dr][c+dc] {
						overlap = true
					}
					taken[r+dr][c+dc] = true
				}
			}
			if overlap {
				add(f, l, "overlap", "与上方跨行的单元格重叠")
			}
			c += cell.Cols()
		}
		// Later rows cannot reach up into row r: it is complete now.
		n := 0
		for _, t := range taken[r] {
			if t {
				n++
			}
		}
		if n < w {
			f := fmt.Sprintf("%s[%d]", field, r)
			if field == "Total" {
				f = field
			}
			add(f, rowLabel(r), "width", fmt.Sprintf("只有%d列，表格有%d列（每行的单元格连同合并的格须正好占满各列）", n, w))
		}
	}
}
