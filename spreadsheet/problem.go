package spreadsheet

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"
)

// ErrProblems is wrapped by every [Problems] value, for [errors.Is].
var ErrProblems = errors.New("表格有误")

// Problem is one thing wrong with an imported sheet, at one cell (or one
// row, or the whole header when Col is 0).
type Problem struct {
	Sheet  string // the sheet's name: 委员名单
	Row    int    // 1-based row number as the spreadsheet shows it; 0 for the sheet as a whole
	Col    int    // 1-based column number; 0 for the whole row
	Header string // the column's header as found in the sheet, if any
	// Message says in Chinese what is wrong and what was expected.
	Message string
	// Err is the underlying error, if any, for errors.Is and errors.As.
	Err error
}

// Cell returns the problem's place as a spreadsheet writes it: 委员名单!D7,
// 委员名单!7 for a whole row, 委员名单 for the sheet.
func (p Problem) Cell() string {
	switch {
	case p.Row == 0:
		return p.Sheet
	case p.Col == 0:
		return p.Sheet + "!" + strconv.Itoa(p.Row)
	}
	name, err := excelize.CoordinatesToCellName(p.Col, p.Row)
	if err != nil {
		return p.Sheet + "!" + strconv.Itoa(p.Row)
	}
	return p.Sheet + "!" + name
}

// Error returns "委员名单!D7（手机）：message".
func (p Problem) Error() string {
	s := p.Cell()
	if p.Header != "" {
		s += "（" + p.Header + "）"
	}
	return s + "：" + p.Message
}

// Unwrap returns the underlying error.
func (p Problem) Unwrap() error { return p.Err }

// Problems is every problem found in one import, in sheet order (row by
// row, left to right). It is the error type of the importers.
type Problems []Problem

// Error lists the problems, one a line.
func (ps Problems) Error() string {
	var b strings.Builder
	for i, p := range ps {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(p.Error())
	}
	return b.String()
}

// Unwrap returns ErrProblems and the problems' own errors.
func (ps Problems) Unwrap() []error {
	out := []error{ErrProblems}
	for _, p := range ps {
		if p.Err != nil {
			out = append(out, p.Err)
		}
	}
	return out
}

// errStop is raised inside an import when Options.StopAtFirst is set and
// a problem has been found.
var errStop = errors.New("stop")

// problems collects the problems of one import.
type problems struct {
	sheet string
	list  Problems
	stop  bool
}

// add records a problem at row and col; with StopAtFirst it returns
// errStop.
func (ps *problems) add(row, col int, header string, err error, format string, a ...any) error {
	ps.list = append(ps.list, Problem{Sheet: ps.sheet, Row: row, Col: col, Header: header, Message: fmt.Sprintf(format, a...), Err: err})
	if ps.stop {
		return errStop
	}
	return nil
}

// err returns the problems as an error, or nil.
func (ps *problems) err() error {
	if len(ps.list) == 0 {
		return nil
	}
	return ps.list
}
